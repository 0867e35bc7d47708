package org.bellwether.core.series;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.definitions.Definitions;

/**
 * Whether a daily series' level on a date is known (DESIGN: "Continuity", "Freshness"): not when the date lies in a
 * hole of the series, nor when its last close on or before the date is more than
 * {@value Definitions#STALE_DAILY_SESSIONS} sessions older than the date (the series is stale then).
 */
public final class Freshness {

    private Freshness() {
    }

    /**
     * Why {@code series} has no level on {@code date}, e.g. "^RUT has no data after 2024-08-02 (stale on
     * 2026-01-22)"; empty when it has one (the close of its last session on or before the date) or when it starts
     * after the date (a different question: no history).
     */
    public static Optional<String> unknownLevel(DailySeries series, LocalDate date, SessionIndex sessions) {
        int at = series.indexOnOrBefore(date);
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Hole> hole = series.holeAt(date);
        if (hole.isPresent()) {
            return Optional.of(series.symbol() + " has no close on " + date + ": its data have a hole "
                    + hole.get().describe() + " (bellwether gaps " + series.symbol() + " lists them)");
        }
        if (isStale(series.day(at), date, sessions)) {
            return Optional.of(series.symbol() + " has no data after " + series.date(at) + " (stale on " + date
                    + ": more than " + Definitions.STALE_DAILY_SESSIONS + " sessions old)");
        }
        return Optional.empty();
    }

    /** The last session of {@code series} on or before {@code date} when the series is stale on it. */
    public static Optional<LocalDate> staleSince(DailySeries series, LocalDate date, SessionIndex sessions) {
        int at = series.indexOnOrBefore(date);
        return at >= 0 && isStale(series.day(at), date, sessions) ? Optional.of(series.date(at)) : Optional.empty();
    }

    /** Whether a value observed on epoch day {@code last} is stale on {@code date}. */
    static boolean isStale(int last, LocalDate date, SessionIndex sessions) {
        int day = (int) date.toEpochDay();
        int age = sessions.covers(last) && sessions.covers(day) ? sessions.sessionsSince(last, day)
                : Continuity.weekdaysBetween(last, day + 1);
        return age > Definitions.STALE_DAILY_SESSIONS;
    }
}
