package org.bellwether.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.bellwether.store.TableSpec;
import org.bellwether.store.Tables;

/**
 * Reads the date or timestamp of each bar of one file and keeps the file consistent: dates make daily bars,
 * timestamps intraday bars, and a file may not mix them.
 */
final class BarTimes {

    private final ZoneId zone;
    private final OptionalInt forcedInterval;
    private final boolean labelledByEnd;
    private Boolean intraday;

    /**
     * @param labelledByEnd whether timestamps are bar ends ({@code 18:04:59.999} or {@code 18:05:00} ends the bar of
     *     18:00 with a 5-minute interval), which then needs {@code forcedInterval}
     */
    BarTimes(ZoneId zone, OptionalInt forcedInterval, boolean labelledByEnd) {
        this.zone = zone;
        this.forcedInterval = forcedInterval;
        this.labelledByEnd = labelledByEnd;
    }

    /** Whether the file holds intraday bars (known after the first bar). */
    boolean intraday() {
        return Boolean.TRUE.equals(intraday);
    }

    /** The table the file's bars go to (known after the first bar). */
    TableSpec table() {
        return intraday() ? Tables.INTRADAY_BARS : Tables.DAILY_BARS;
    }

    /** Whether the bars can be daily: no bar length other than a day was given, and no bar is labelled by its end. */
    boolean mayBeDaily() {
        return !labelledByEnd && (forcedInterval.isEmpty() || forcedInterval.getAsInt() == 0);
    }

    /** The bar length in seconds for an intraday bar. */
    int intervalSeconds() {
        return forcedInterval.orElse(BarOptions.DEFAULT_INTRADAY_SECONDS);
    }

    /**
     * The staging text of one bar's time: an ISO date for daily bars, an ISO instant for intraday bars.
     *
     * @param field the field name, for messages
     * @param dateRaw the date or timestamp field
     * @param timeRaw a separate time-of-day field (Stooq), or null
     * @param daily whether the source says the bar is daily (Stooq's PER = D), or null when it does not say
     */
    String normalize(String field, String dateRaw, String timeRaw, Boolean daily) throws FieldException {
        if (Fields.isMissing(dateRaw)) {
            throw new FieldException(field, dateRaw == null ? "" : dateRaw, "a date or timestamp");
        }
        String value = dateRaw.strip();
        if (timeRaw != null && !Fields.isMissing(timeRaw)) {
            value = isoDate(field, value) + "T" + Fields.time("time", timeRaw);
        }
        boolean hasTime = Fields.hasTime(value);
        boolean isDaily = daily != null ? daily : forcedInterval.isPresent() ? forcedInterval.getAsInt() == 0 : !hasTime;
        if (isDaily && hasTime) {
            String time = value.substring(11);
            if (!time.matches("00:00(:00(\\.0+)?)?")) {
                throw new FieldException(field, dateRaw, "a date without a time of day (the bars are daily)");
            }
            value = value.substring(0, 10);
        }
        if (!isDaily && !hasTime) {
            throw new FieldException(field, dateRaw, "a timestamp with a time of day (the bars are intraday)");
        }
        if (intraday == null) {
            intraday = !isDaily;
        } else if (intraday == isDaily) {
            throw new FieldException(field, dateRaw, intraday
                    ? "a timestamp with a time of day, like the rows before (one file holds daily or intraday bars)"
                    : "a date without a time of day, like the rows before (one file holds daily or intraday bars)");
        }
        return isDaily ? isoDate(field, value) : start(Fields.instant(field, value, zone)).toString();
    }

    /** The start of the bar stamped {@code time}: its end (its last millisecond, or the next bar's start) less one bar. */
    private Instant start(Instant time) {
        if (!labelledByEnd) {
            return time;
        }
        Instant end = time.getNano() == 0 ? time : time.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return end.minusSeconds(intervalSeconds());
    }

    private static String isoDate(String field, String value) throws FieldException {
        LocalDate date = Fields.date(field, value);
        return value.length() == 10 && value.charAt(4) == '-' ? value : date.toString();
    }
}
