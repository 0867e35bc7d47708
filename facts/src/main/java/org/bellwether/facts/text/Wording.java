package org.bellwether.facts.text;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.model.SeriesIds;

/**
 * How facts are worded in text, by the note and the alerts alike: verbs that follow direction and size, numbers as
 * words, and number formats.
 */
public final class Wording {

    private static final ZoneId NEW_YORK = NyseCalendar.INSTANCE.zone();
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.SPELLOUT));
    private static final PluralRules PLURALS = PluralRules.forLocale(ULocale.ENGLISH);
    private static final ThreadLocal<RuleBasedNumberFormat> ORDINAL = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.ORDINAL));

    private Wording() {
    }

    /** A month's move: "surged" from 5%, "rose" from 1%, "edged up" below (and the falls alike). */
    public static String monthVerb(double returnPct) {
        double size = Math.abs(returnPct);
        if (returnPct >= 0) {
            return size >= 5 ? "surged" : size >= 1 ? "rose" : "edged up";
        }
        return size >= 5 ? "slumped" : size >= 1 ? "fell" : "edged down";
    }

    /**
     * How a series moves by {@code changeBp}: a yield "rose/fell", a credit spread "widened/tightened", a curve spread
     * "steepened/flattened"; "was unchanged at" when unchanged.
     */
    public static String rateVerb(double changeBp, String seriesId) {
        if (changeBp == 0) {
            return "was unchanged at";
        }
        boolean up = changeBp > 0;
        if (SeriesIds.isCreditSpread(seriesId)) {
            return up ? "widened" : "tightened";
        }
        return SeriesIds.isCurveSpread(seriesId) ? (up ? "steepened" : "flattened") : up ? "rose" : "fell";
    }

    /**
     * {@code one} or {@code other} as English agrees with the number {@code printed} (ICU's plural rules): "1 basis
     * point", "1.0 basis points", "26 basis points".
     */
    public static String agreeing(String printed, String one, String other) {
        String digits = printed.replaceAll("[^0-9.]", "");
        if (digits.isEmpty()) {
            return other;
        }
        BigDecimal value = new BigDecimal(digits); // its scale is the decimals printed: "1.0" is plural
        return PLURALS.select(NumberFormatter.withLocale(ULocale.ENGLISH)
                .precision(Precision.fixedFraction(Math.max(0, value.scale()))).format(value)).equals("one") ? one
                        : other;
    }

    /** {@code count} with the noun agreeing with it: "1 basis point", "1,050 basis points". */
    public static String counted(long count, String[] noun) {
        String printed = number(count, 0);
        return printed + " " + agreeing(printed, noun[0], noun[1]);
    }

    /** {@code n} spelled out: "seven". */
    public static String words(long n) {
        return SPELLOUT.get().format(n);
    }

    /** {@code n} as an ordinal the way the wires print it: words up to ninth ("seventh"), figures above ("39th"). */
    public static String ordinal(long n) {
        return n >= 0 && n <= 9 ? SPELLOUT.get().format(n, "%spellout-ordinal") : ORDINAL.get().format(n);
    }

    /** The time of {@code instant} on the New York clock, "12:30". */
    public static String clock(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(NEW_YORK));
    }

    /** A span of minutes in words: "three hours", "one hour", else "137 minutes". */
    public static String duration(double minutes) {
        return minutes % 60 == 0 && minutes > 0 ? words((long) (minutes / 60)) + (minutes == 60 ? " hour" : " hours")
                : number(minutes, 0) + (minutes == 1 ? " minute" : " minutes");
    }

    /** {@code text} with its first letter in upper case; a brand spelled with a small first letter ("iShares") kept. */
    public static String capitalise(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code value} with thousands separators and {@code decimals} decimals, rounded half-even. */
    public static String number(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(BigDecimal.valueOf(value));
    }

    /** A price level: two decimals. */
    public static String level(double value) {
        return number(value, 2);
    }

    /** A percentage with two decimals: "8.73%". */
    public static String percent(double value) {
        return number(value, 2) + "%";
    }

    /** A share with one decimal: "20.4%". */
    public static String percent1(double value) {
        return number(value, 1) + "%";
    }

    /** A signed percentage: "+8.73%", "-1.20%". */
    public static String signedPercent(double value) {
        return (value >= 0 ? "+" : "-") + percent(Math.abs(value));
    }
}
