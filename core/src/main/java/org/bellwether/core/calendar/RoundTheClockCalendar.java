package org.bellwether.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of a market that never closes (code {@code 24/7}), as crypto exchanges trade: every day is a session
 * from 00:00 to 24:00 UTC, the day a crypto daily bar is dated by. No holidays, no early closes.
 */
public final class RoundTheClockCalendar implements TradingCalendar {

    /** The shared instance. */
    public static final RoundTheClockCalendar INSTANCE = new RoundTheClockCalendar();

    private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private RoundTheClockCalendar() {
    }

    @Override
    public String code() {
        return "24/7";
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public LocalDate firstSupportedDate() {
        return FIRST;
    }

    @Override
    public LocalDate lastSupportedDate() {
        return LAST;
    }

    @Override
    public boolean isSession(LocalDate date) {
        return true;
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return Optional.empty();
    }

    @Override
    public boolean isEarlyClose(LocalDate date) {
        return false;
    }

    @Override
    public LocalDate nextSession(LocalDate date) {
        return date.plusDays(1);
    }

    @Override
    public LocalDate previousSession(LocalDate date) {
        return date.minusDays(1);
    }

    @Override
    public Instant sessionOpen(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public Instant sessionClose(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? List.of() : from.datesUntil(to.plusDays(1)).toList();
    }
}
