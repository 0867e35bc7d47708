package org.bellwether.report.check;

import java.time.LocalDate;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.ToDate;

/**
 * A period a claim is about, resolved to dates.
 *
 * @param type what kind of period
 * @param start for a range, the date whose level the period starts from (the last session on or before it)
 * @param end the last date of the period (for a single session or a date, that date)
 * @param label the period in words, as the explanation names it
 * @param sinceFirst when the text said "since" a date or a month: the first date it names, which a claim may be
 *     about ("its biggest drop since Sept. 17", "its worst week since January"); else null
 * @param sinceLast with {@code sinceFirst}: the last date it names (the same day, or the month's end)
 */
record Period(Type type, LocalDate start, LocalDate end, String label, LocalDate sinceFirst, LocalDate sinceLast) {

    Period(Type type, LocalDate start, LocalDate end, String label) {
        this(type, start, end, label, null, null);
    }

    /** Whether the text said "since" a date or a month ({@link #sinceFirst} to {@link #sinceLast}). */
    boolean since() {
        return sinceFirst != null;
    }

    /** The kinds of period. */
    enum Type {
        /** From the level on {@code start} to the level on {@code end}. */
        RANGE,
        /** The session on {@code end}, against the one before. */
        SESSION,
        /** Any one of the last sessions up to {@code end} ("in a single session"). */
        ANY_RECENT_SESSION,
        /** A date, not a period ("the January 29 release"). */
        DATE
    }

    static Period range(LocalDate start, LocalDate end, String label) {
        return new Period(Type.RANGE, start, end, label);
    }

    /**
     * The last {@code n} sessions up to {@code asOf} (DESIGN: an N-session change is against the close N sessions
     * back), on the exchange's calendar.
     */
    static Period lastSessions(int n, LocalDate asOf) {
        LocalDate end = NyseCalendar.INSTANCE.isSession(asOf) ? asOf : NyseCalendar.INSTANCE.previousSession(asOf);
        LocalDate start = end;
        for (int i = 0; i < n; i++) {
            start = NyseCalendar.INSTANCE.previousSession(start);
        }
        return range(start, end, "the last " + n + " sessions (" + start + " to " + end + ")");
    }

    /** From the level on {@code from} to the level on {@code asOf}, as "since {@code from}" says. */
    static Period since(LocalDate from, LocalDate asOf) {
        return new Period(Type.RANGE, from, asOf, "since " + from + " (" + from + " to " + asOf + ")", from, from);
    }

    /** From the level before {@code first} to the level on {@code asOf}, as "since January" says. */
    static Period since(LocalDate first, LocalDate last, String named, LocalDate asOf) {
        return new Period(Type.RANGE, first.minusDays(1), asOf, "since " + named + " (" + first.minusDays(1) + " to "
                + asOf + ")", first, last);
    }

    /** {@code period} as of {@code asOf}: from the previous period's last close. */
    static Period toDate(ToDate period, LocalDate asOf) {
        return range(period.base(asOf), asOf, period.label() + " (" + period.base(asOf) + " to " + asOf + ")");
    }

    /** Month to date as of {@code asOf}. */
    static Period monthToDate(LocalDate asOf) {
        return toDate(ToDate.MONTH, asOf);
    }
}
