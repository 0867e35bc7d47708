package org.bellwether.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A trading calendar: sessions, their open and close instants, holidays and early closes.
 * Implementations are immutable and thread-safe.
 */
public interface TradingCalendar {

    /** The calendar's code, e.g. {@code XNYS}. */
    String code();

    /** The exchange's zone, in which session dates and naive timestamps are read. */
    ZoneId zone();

    /** The first and last dates this calendar knows its holidays for. */
    LocalDate firstSupportedDate();

    /** @see #firstSupportedDate() */
    LocalDate lastSupportedDate();

    /** Whether {@code date} lies in the range this calendar knows its holidays for. */
    default boolean supports(LocalDate date) {
        return !date.isBefore(firstSupportedDate()) && !date.isAfter(lastSupportedDate());
    }

    /** Whether the exchange holds a session on this date. */
    boolean isSession(LocalDate date);

    /** Why the exchange is closed on a weekday, e.g. "Good Friday"; empty on sessions and weekends. */
    Optional<String> holidayName(LocalDate date);

    /** Whether this session closes early (e.g. 13:00 on the day after Thanksgiving). */
    boolean isEarlyClose(LocalDate date);

    /** The first session strictly after {@code date}. */
    LocalDate nextSession(LocalDate date);

    /** The last session strictly before {@code date}. */
    LocalDate previousSession(LocalDate date);

    /** The open of the session on {@code date}; the date must be a session. */
    Instant sessionOpen(LocalDate date);

    /** The close of the session on {@code date} (early close included); the date must be a session. */
    Instant sessionClose(LocalDate date);

    /** The sessions in {@code [from, to]}, ascending. */
    List<LocalDate> sessions(LocalDate from, LocalDate to);
}
