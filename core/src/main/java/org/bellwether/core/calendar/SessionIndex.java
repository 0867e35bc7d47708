package org.bellwether.core.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A calendar's sessions over its supported range as ascending epoch days, for the questions kernels ask per bar
 * (is this a session, how many sessions lie between two dates) in O(log n) without a {@link LocalDate} per bar.
 * One per calendar, built on first use.
 */
public final class SessionIndex {

    private static final Map<String, SessionIndex> BY_CODE = new ConcurrentHashMap<>();

    private final TradingCalendar calendar;
    private final int[] sessions;
    private final int first;
    private final int last;

    private SessionIndex(TradingCalendar calendar) {
        this.calendar = calendar;
        this.sessions = calendar.sessions(calendar.firstSupportedDate(), calendar.lastSupportedDate()).stream()
                .mapToInt(date -> (int) date.toEpochDay()).toArray();
        this.first = (int) calendar.firstSupportedDate().toEpochDay();
        this.last = (int) calendar.lastSupportedDate().toEpochDay();
    }

    /** The index of {@code calendar}'s sessions. */
    public static SessionIndex of(TradingCalendar calendar) {
        return BY_CODE.computeIfAbsent(calendar.code(), code -> new SessionIndex(calendar));
    }

    /** The calendar indexed. */
    public TradingCalendar calendar() {
        return calendar;
    }

    /** Whether the calendar knows its sessions on epoch day {@code day}. */
    public boolean covers(int day) {
        return day >= first && day <= last;
    }

    /** Whether epoch day {@code day}, which the calendar {@link #covers covers}, is a session. */
    public boolean isSession(int day) {
        return Arrays.binarySearch(sessions, day) >= 0;
    }

    /** The number of sessions strictly between epoch days {@code a} and {@code b}, both {@link #covers covered}. */
    public int sessionsBetween(int a, int b) {
        return Math.max(0, firstAtOrAfter(b) - firstAtOrAfter(a + 1));
    }

    /** The first session strictly after epoch day {@code day}, or -1 beyond the range. */
    public int sessionAfter(int day) {
        int at = firstAtOrAfter(day + 1);
        return at < sessions.length ? sessions[at] : -1;
    }

    /** The last session strictly before epoch day {@code day}, or -1 before the range. */
    public int sessionBefore(int day) {
        int at = firstAtOrAfter(day) - 1;
        return at >= 0 ? sessions[at] : -1;
    }

    /**
     * The sessions strictly after {@code after} up to and including {@code upTo} (both covered): how old a value of
     * {@code after} is on {@code upTo}, in sessions.
     */
    public int sessionsSince(int after, int upTo) {
        return Math.max(0, firstAtOrAfter(upTo + 1) - firstAtOrAfter(after + 1));
    }

    private int firstAtOrAfter(int day) {
        int found = Arrays.binarySearch(sessions, day);
        return found >= 0 ? found : -found - 1;
    }
}
