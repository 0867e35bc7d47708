package org.bellwether.core.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.definitions.Definitions;

/**
 * Finds a daily series' holes (DESIGN: "Continuity"): the calendar's sessions between two consecutive bars that have
 * no bar. Where the calendar does not know its sessions (before its range), and for a series that trades on
 * {@value Definitions#OTHER_CALENDAR_BARS} or more days the calendar is closed (it follows another exchange or
 * trades every day), continuity is judged from the data's own sessions: a gap of more than
 * {@value Definitions#HOLE_WEEKDAYS_OWN_SESSIONS} weekdays is a hole.
 */
public final class Continuity {

    private Continuity() {
    }

    /** {@code series} with its holes on {@code sessions}' calendar marked. */
    public static DailySeries mark(DailySeries series, SessionIndex sessions) {
        int size = series.size();
        if (size < 2) {
            return series;
        }
        boolean followsCalendar = followsCalendar(series, sessions);
        int[] breaks = new int[8];
        List<Hole> holes = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            int a = series.day(i - 1);
            int b = series.day(i);
            if (b - a == 1) {
                continue; // the common case: consecutive days hold nothing between them
            }
            Hole hole = followsCalendar && sessions.covers(a) && sessions.covers(b) ? byCalendar(a, b, sessions)
                    : byOwnSessions(a, b);
            if (hole != null) {
                if (holes.size() == breaks.length) {
                    breaks = Arrays.copyOf(breaks, breaks.length * 2);
                }
                breaks[holes.size()] = i;
                holes.add(hole);
            }
        }
        return holes.isEmpty() ? series : series.withHoles(Arrays.copyOf(breaks, holes.size()), holes);
    }

    /** Whether fewer than {@value Definitions#OTHER_CALENDAR_BARS} of the series' bars fall on days the calendar is closed. */
    static boolean followsCalendar(DailySeries series, SessionIndex sessions) {
        int offCalendar = 0;
        for (int i = 0; i < series.size() && offCalendar < Definitions.OTHER_CALENDAR_BARS; i++) {
            int day = series.day(i);
            if (sessions.covers(day) && !sessions.isSession(day)) {
                offCalendar++;
            }
        }
        return offCalendar < Definitions.OTHER_CALENDAR_BARS;
    }

    private static Hole byCalendar(int a, int b, SessionIndex sessions) {
        int missing = sessions.sessionsBetween(a, b);
        return missing == 0 ? null : new Hole(LocalDate.ofEpochDay(sessions.sessionAfter(a)),
                LocalDate.ofEpochDay(sessions.sessionBefore(b)), missing, true);
    }

    private static Hole byOwnSessions(int a, int b) {
        int weekdays = weekdaysBetween(a, b);
        if (weekdays <= Definitions.HOLE_WEEKDAYS_OWN_SESSIONS) {
            return null;
        }
        return new Hole(nextWeekday(LocalDate.ofEpochDay(a)), previousWeekday(LocalDate.ofEpochDay(b)), weekdays, false);
    }

    /** Weekdays strictly between epoch days {@code a} and {@code b}. */
    static int weekdaysBetween(int a, int b) {
        return Math.max(0, weekdaysBefore(b) - weekdaysBefore(a + 1));
    }

    /** Weekdays before epoch day {@code day} since 1970-01-05 (a Monday), negative before it. */
    private static int weekdaysBefore(int day) {
        int sinceMonday = day - 4;
        int weeks = Math.floorDiv(sinceMonday, 7);
        return weeks * 5 + Math.min(5, Math.floorMod(sinceMonday, 7));
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalDate previousWeekday(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (isWeekend(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
