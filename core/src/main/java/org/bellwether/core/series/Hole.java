package org.bellwether.core.series;

import java.time.LocalDate;

/**
 * Expected sessions of a series with no bar (DESIGN: "Continuity"): no session move spans it, and a window holding
 * it is undefined.
 *
 * @param from the first missing session
 * @param to the last missing session
 * @param sessions how many sessions are missing (weekdays when judged from the data's own sessions)
 * @param byCalendar whether the calendar's sessions judged it, or (before the calendar's range, or for a series
 *     that follows another calendar) the data's own sessions
 */
public record Hole(LocalDate from, LocalDate to, int sessions, boolean byCalendar) {

    /** Whether {@code date} lies in the hole. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the hole overlaps {@code [start, end]}. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !to.isBefore(start) && !from.isAfter(end);
    }

    /** "2022-11-21..2025-02-18 (565 sessions)", or one date for a hole of one session. */
    public String describe() {
        String unit = byCalendar ? (sessions == 1 ? "session" : "sessions") : (sessions == 1 ? "weekday" : "weekdays");
        return (from.equals(to) ? from.toString() : from + ".." + to) + " (" + sessions + " " + unit + ")";
    }
}
