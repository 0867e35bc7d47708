package org.bellwether.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.series.IntradaySeries;

/**
 * Finds the holes of intraday bars (DESIGN: "Continuity"; intraday, a series' expected bars are its sessions' bars):
 * the bar starts {@code open + k * interval} before each session's close, from the first bar in a session to the
 * last, that have no bar. Bars outside sessions (pre- and post-market) neither make nor fill a hole.
 */
public final class IntradayContinuity {

    private IntradayContinuity() {
    }

    /**
     * Expected bars with no bar.
     *
     * @param from the start of the first missing bar, epoch seconds
     * @param to the start of the last missing bar, epoch seconds
     * @param bars how many bars are missing
     * @param wholeSessions how many of the sessions it spans have no bar at all
     */
    public record MinuteHole(long from, long to, int bars, int wholeSessions) {
    }

    /** The holes of {@code series} on {@code calendar}'s sessions, in time order. */
    public static List<MinuteHole> holes(IntradaySeries series, TradingCalendar calendar) {
        SessionBars sessions = SessionBars.of(series, calendar);
        int[] sessionOf = sessions.sessionOf();
        long interval = series.intervalSeconds();
        List<MinuteHole> holes = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < series.size(); i++) {
            if (sessionOf[i] < 0) {
                continue;
            }
            if (previous >= 0) {
                MinuteHole hole = sessionOf[i] == sessionOf[previous]
                        ? within(series.start(previous), series.start(i), interval)
                        : across(sessions, sessionOf[previous], series.start(previous), sessionOf[i], series.start(i),
                                interval, calendar);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            previous = i;
        }
        return holes;
    }

    /** The bars missing between two bars of one session. */
    private static MinuteHole within(long before, long after, long interval) {
        int missing = (int) ((after - before) / interval) - 1;
        return missing <= 0 ? null : new MinuteHole(before + interval, after - interval, missing, 0);
    }

    /**
     * The bars missing from the bar at {@code before} (session {@code a}) to the bar at {@code after} (a later
     * session {@code b}): the rest of session a, the sessions between, and session b before its first bar.
     */
    private static MinuteHole across(SessionBars sessions, int a, long before, int b, long after, long interval,
            TradingCalendar calendar) {
        LocalDate dateA = sessions.sessionDates()[a];
        LocalDate dateB = sessions.sessionDates()[b];
        long openA = sessions.sessionOpens()[a];
        long lastOfA = lastStart(openA, calendar.sessionClose(dateA).getEpochSecond(), interval);
        long openB = sessions.sessionOpens()[b];
        int afterA = (int) ((lastOfA - before) / interval);
        int beforeB = (int) ((after - openB) / interval);
        int missing = afterA + beforeB;
        long from = afterA > 0 ? before + interval : -1;
        long to = beforeB > 0 ? after - interval : lastOfA;
        List<LocalDate> between = dateB.minusDays(1).isBefore(dateA.plusDays(1)) ? List.of()
                : calendar.sessions(dateA.plusDays(1), dateB.minusDays(1));
        for (LocalDate date : between) {
            long open = calendar.sessionOpen(date).getEpochSecond();
            long last = lastStart(open, calendar.sessionClose(date).getEpochSecond(), interval);
            missing += (int) ((last - open) / interval) + 1;
            if (from < 0) {
                from = open;
            }
            if (beforeB == 0) {
                to = last;
            }
        }
        return missing == 0 ? null : new MinuteHole(from < 0 ? openB : from, to, missing, between.size());
    }

    /** The start of a session's last bar: the last {@code open + k * interval} before {@code close}. */
    private static long lastStart(long open, long close, long interval) {
        return open + (close - 1 - open) / interval * interval;
    }
}
