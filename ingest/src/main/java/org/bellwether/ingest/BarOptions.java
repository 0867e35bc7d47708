package org.bellwether.ingest;

import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.calendar.NyseCalendar;

/**
 * How to read a bar file.
 *
 * @param format the format, or {@link BarFormat#AUTO}
 * @param symbol the symbol for files without a symbol column (default: from the file name), or null
 * @param intervalSeconds the bar length: 0 forces daily bars, empty means daily for dates and
 *     {@value #DEFAULT_INTRADAY_SECONDS} s for timestamps (Stooq's PER column overrides it)
 * @param zone the zone naive timestamps are read in (the exchange's: America/New_York by default)
 */
public record BarOptions(BarFormat format, String symbol, OptionalInt intervalSeconds, ZoneId zone) {

    /** The bar length of timestamped bars when nothing says otherwise: one minute. */
    public static final int DEFAULT_INTRADAY_SECONDS = 60;

    private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*(s|m|min|h|d)?");

    /** Auto-detected format, no symbol, default interval, New York time. */
    public static BarOptions defaults() {
        return new BarOptions(BarFormat.AUTO, null, OptionalInt.empty(), NyseCalendar.INSTANCE.zone());
    }

    /**
     * Parses a bar length such as {@code 1d}, {@code 1m}, {@code 5min}, {@code 1h} or {@code 30s} into seconds
     * (0 for daily).
     */
    public static int parseInterval(String text) {
        Matcher matcher = INTERVAL.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("interval must look like 1d, 1m, 5m, 1h or 30s, but was " + text);
        }
        int amount = Integer.parseInt(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        if (amount <= 0) {
            throw new IllegalArgumentException("interval must be positive, but was " + text);
        }
        return switch (unit) {
            case "d" -> {
                if (amount != 1) {
                    throw new IllegalArgumentException("the only daily interval is 1d, but was " + text);
                }
                yield 0;
            }
            case "h" -> amount * 3600;
            case "m", "min" -> amount * 60;
            default -> amount;
        };
    }
}
