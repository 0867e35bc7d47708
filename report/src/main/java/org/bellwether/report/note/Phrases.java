package org.bellwether.report.note;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.series.DailySeries;

/**
 * The wording of notes and alerts: verbs that follow direction and size, numbers as words, and number formats.
 */
public final class Phrases {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.SPELLOUT));

    private Phrases() {
    }

    /** A month's move: "surged" from 5%, "rose" from 1%, "edged up" below (and the falls alike). */
    static String monthVerb(double returnPct) {
        double size = Math.abs(returnPct);
        if (returnPct >= 0) {
            return size >= 5 ? "surged" : size >= 1 ? "rose" : "edged up";
        }
        return size >= 5 ? "slumped" : size >= 1 ? "fell" : "edged down";
    }

    /** A yield "rose/fell", a spread "widened/tightened"; "held steady" when unchanged. */
    static String rateVerb(double changeBp, boolean spread) {
        if (changeBp == 0) {
            return "was unchanged at";
        }
        return spread ? (changeBp > 0 ? "widened" : "tightened") : (changeBp > 0 ? "rose" : "fell");
    }

    /** {@code n} spelled out: "seven". */
    public static String words(long n) {
        return SPELLOUT.get().format(n);
    }

    /** {@code n} as an ordinal word: "seventh". */
    public static String ordinal(long n) {
        return SPELLOUT.get().format(n, "%spellout-ordinal");
    }

    /**
     * A factor in words with the hedge DESIGN defines: "seven" within 0.05 of a whole number, otherwise "more than
     * seven" above it and "nearly eight" below it (nearly X allows [0.9X, X]).
     */
    public static String factor(double factor) {
        long nearest = Math.round(factor);
        if (Math.abs(factor - nearest) < 0.05) {
            return words(nearest);
        }
        return factor > nearest ? "more than " + words(nearest) : "nearly " + words(nearest);
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

    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String number(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(BigDecimal.valueOf(value));
    }

    public static String level(double value) {
        return number(value, 2);
    }

    public static String percent(double value) {
        return number(value, 2) + "%";
    }

    static String percent1(double value) {
        return number(value, 1) + "%";
    }

    public static String signedPercent(double value) {
        return (value >= 0 ? "+" : "-") + percent(Math.abs(value));
    }

    /** The last session before {@code date} whose return was at least as large in the same direction. */
    static Optional<LocalDate> lastLargerMoveBefore(DailySeries series, LocalDate date, double returnPct) {
        int at = series.indexOnOrBefore(date);
        for (int i = at - 1; i >= 1; i--) {
            double r = (series.close(i) / series.close(i - 1) - 1) * 100;
            if (returnPct >= 0 ? r >= returnPct : r <= returnPct) {
                return Optional.of(series.date(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code currentBp} stands among the absolute month-to-date relative performances of {@code a} over
     * {@code b} at the same day of every earlier month of the stored history: 0 to 1 (1: larger than all).
     */
    static double percentileOfMonthlyRelative(DailySeries a, DailySeries b, LocalDate session, double currentBp) {
        List<Double> history = new ArrayList<>();
        LocalDate first = a.firstDate().isAfter(b.firstDate()) ? a.firstDate() : b.firstDate();
        for (LocalDate day = session.minusMonths(1); !day.minusMonths(1).isBefore(first); day = day.minusMonths(1)) {
            LocalDate start = day.withDayOfMonth(1).minusDays(1);
            double ra = ratio(a, start, day);
            double rb = ratio(b, start, day);
            if (!Double.isNaN(ra) && !Double.isNaN(rb)) {
                history.add(Math.abs(ra - rb) * 10_000);
            }
        }
        if (history.isEmpty()) {
            return 0.5;
        }
        return history.stream().filter(h -> h < currentBp).count() / (double) history.size();
    }

    private static double ratio(DailySeries series, LocalDate from, LocalDate to) {
        int i = series.indexOnOrBefore(from);
        int j = series.indexOnOrBefore(to);
        return i < 0 || j < 0 ? Double.NaN : series.close(j) / series.close(i) - 1;
    }
}
