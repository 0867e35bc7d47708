package org.bellwether.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bellwether.core.model.InvalidRequestException;

/**
 * The New York Stock Exchange calendar (XNYS) from 2000 to 2030: sessions 09:30–16:00 America/New_York,
 * early closes at 13:00 (the day after Thanksgiving, Christmas Eve and July 3 when they are weekday sessions),
 * the ten regular holidays with their observance rules and the one-off closures.
 *
 * <p>Observance: a holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday after;
 * New Year's Day on a Saturday is not observed (the previous Friday ends the prior year and stays open).
 */
public final class NyseCalendar implements TradingCalendar {

    /** The exchange's time zone, in which its sessions and naive timestamps are read. */
    public static final String ZONE_ID = "America/New_York";
    private static final ZoneId NEW_YORK = ZoneId.of(ZONE_ID);
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2030;

    /** Closures outside the holiday rules: national days of mourning, 9/11, Hurricane Sandy. */
    private static final Map<LocalDate, String> ONE_OFF_CLOSURES = Map.of(
            LocalDate.of(2001, 9, 11), "September 11 attacks",
            LocalDate.of(2001, 9, 12), "September 11 attacks",
            LocalDate.of(2001, 9, 13), "September 11 attacks",
            LocalDate.of(2001, 9, 14), "September 11 attacks",
            LocalDate.of(2004, 6, 11), "National Day of Mourning for Ronald Reagan",
            LocalDate.of(2007, 1, 2), "National Day of Mourning for Gerald Ford",
            LocalDate.of(2012, 10, 29), "Hurricane Sandy",
            LocalDate.of(2012, 10, 30), "Hurricane Sandy",
            LocalDate.of(2018, 12, 5), "National Day of Mourning for George H. W. Bush",
            LocalDate.of(2025, 1, 9), "National Day of Mourning for Jimmy Carter");

    /** The shared instance (declared after the constants its constructor reads). */
    public static final NyseCalendar INSTANCE = new NyseCalendar();

    private final Map<LocalDate, String> closures;
    private final Set<LocalDate> earlyCloses;

    private NyseCalendar() {
        Map<LocalDate, String> closed = new HashMap<>(ONE_OFF_CLOSURES);
        for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
            addHolidays(year, closed);
        }
        Set<LocalDate> early = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate thanksgiving = nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
            for (LocalDate candidate : List.of(thanksgiving.plusDays(1), LocalDate.of(year, 12, 24), LocalDate.of(year, 7, 3))) {
                if (!isWeekend(candidate) && !closed.containsKey(candidate)) {
                    early.add(candidate);
                }
            }
        }
        this.closures = Collections.unmodifiableMap(closed);
        this.earlyCloses = Collections.unmodifiableSet(early);
    }

    private static void addHolidays(int year, Map<LocalDate, String> closed) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            closed.put(newYear.plusDays(1), "New Year's Day (observed)");
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closed.put(newYear, "New Year's Day");
        }
        closed.put(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        closed.put(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        closed.put(easterSunday(year).minusDays(2), "Good Friday");
        closed.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
        if (year >= 2022) {
            putObserved(LocalDate.of(year, 6, 19), "Juneteenth", closed);
        }
        putObserved(LocalDate.of(year, 7, 4), "Independence Day", closed);
        closed.put(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        closed.put(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        putObserved(LocalDate.of(year, 12, 25), "Christmas Day", closed);
    }

    private static void putObserved(LocalDate holiday, String name, Map<LocalDate, String> closed) {
        switch (holiday.getDayOfWeek()) {
            case SATURDAY -> closed.put(holiday.minusDays(1), name + " (observed)");
            case SUNDAY -> closed.put(holiday.plusDays(1), name + " (observed)");
            default -> closed.put(holiday, name);
        }
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private void checkSupported(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidRequestException("date must be within the XNYS calendar's supported range "
                    + firstSupportedDate() + ".." + lastSupportedDate() + ", but was " + date);
        }
    }

    @Override
    public String code() {
        return "XNYS";
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public LocalDate firstSupportedDate() {
        return LocalDate.of(FIRST_YEAR, 1, 1);
    }

    @Override
    public LocalDate lastSupportedDate() {
        return LocalDate.of(LAST_YEAR, 12, 31);
    }

    @Override
    public boolean isSession(LocalDate date) {
        checkSupported(date);
        return !isWeekend(date) && !closures.containsKey(date);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        checkSupported(date);
        return isWeekend(date) ? Optional.empty() : Optional.ofNullable(closures.get(date));
    }

    @Override
    public boolean isEarlyClose(LocalDate date) {
        checkSupported(date);
        return earlyCloses.contains(date);
    }

    @Override
    public LocalDate nextSession(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        while (!isSession(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    @Override
    public LocalDate previousSession(LocalDate date) {
        LocalDate candidate = date.minusDays(1);
        while (!isSession(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    @Override
    public Instant sessionOpen(LocalDate date) {
        requireSession(date);
        return date.atTime(OPEN).atZone(NEW_YORK).toInstant();
    }

    @Override
    public Instant sessionClose(LocalDate date) {
        requireSession(date);
        return date.atTime(earlyCloses.contains(date) ? EARLY_CLOSE : CLOSE).atZone(NEW_YORK).toInstant();
    }

    private void requireSession(LocalDate date) {
        if (!isSession(date)) {
            throw new InvalidRequestException("date must be an XNYS session, but " + date + " is "
                    + holidayName(date).map(name -> "closed for " + name).orElse("a weekend"));
        }
    }

    @Override
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to must not be before from, but " + to + " is before " + from);
        }
        List<LocalDate> sessions = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (isSession(date)) {
                sessions.add(date);
            }
        }
        return sessions;
    }
}
