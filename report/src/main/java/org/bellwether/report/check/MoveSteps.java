package org.bellwether.report.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.series.DailySeries;

/**
 * A series' moves step by step, as "its biggest N-day drop" and "its worst week since January" compare them: over N
 * sessions to each session, from the last close of one calendar week (month, quarter, year) to the last close of the
 * next (DESIGN: a period's change is from the previous period's last close), or of the first session of each one.
 *
 * @param series the closes
 * @param ends the index of the session each step ends on, in time order
 * @param starts the index of the session each step's move starts from (negative: the step has no move)
 * @param unit the calendar unit ("week", "month", "quarter", "year"), or null for sessions
 * @param firstSession whether each step is the first session of its unit ("the first trading day of the year")
 */
record MoveSteps(DailySeries series, int[] ends, int[] starts, String unit, boolean firstSession) {

    /** The calendar units a claim can compare moves over. */
    static final String UNITS = "week|month|quarter|year";

    /** Moves over {@code n} sessions, to each session. */
    static MoveSteps sessions(DailySeries series, int n) {
        return new MoveSteps(series, IntStream.range(0, series.size()).toArray(), IntStream.range(0, series.size())
                .map(i -> i - n).toArray(), null, false);
    }

    /** Moves from one calendar {@code unit} to the next ("week", "month", "quarter", "year"). */
    static MoveSteps calendar(DailySeries series, String unit) {
        int[] ends = unitEnds(series, unit);
        return new MoveSteps(series, ends, IntStream.range(0, ends.length).map(k -> k == 0 ? -1 : ends[k - 1])
                .toArray(), unit.toLowerCase(Locale.ROOT), false);
    }

    /** The moves of the first session of each calendar {@code unit}, against the session before it. */
    static MoveSteps firstSessions(DailySeries series, String unit) {
        ToLongFunction<LocalDate> key = key(unit);
        int[] firsts = IntStream.range(1, series.size()).filter(i -> key.applyAsLong(series.date(i))
                != key.applyAsLong(series.date(i - 1))).toArray();
        return new MoveSteps(series, firsts, IntStream.of(firsts).map(i -> i - 1).toArray(),
                unit.toLowerCase(Locale.ROOT), true);
    }

    private static int[] unitEnds(DailySeries series, String unit) {
        ToLongFunction<LocalDate> key = key(unit);
        return IntStream.range(0, series.size()).filter(i -> i == series.size() - 1
                || key.applyAsLong(series.date(i)) != key.applyAsLong(series.date(i + 1))).toArray();
    }

    private static ToLongFunction<LocalDate> key(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> date -> date.with(DayOfWeek.MONDAY).toEpochDay();
            case "month" -> date -> date.getYear() * 12L + date.getMonthValue();
            case "quarter" -> date -> date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
            case "year" -> date -> date.getYear();
            default -> throw new IllegalArgumentException("no calendar unit " + unit + "; expected one of " + UNITS);
        };
    }

    /** The first step that has a move. */
    int first() {
        int k = 0;
        while (k < starts.length && starts[k] < 0) {
            k++;
        }
        return k;
    }

    /** The step a claim as of {@code date} is about: the session on or before it, or the unit holding it. */
    int stepOn(LocalDate date) {
        int i = series.indexOnOrBefore(date);
        if (i < 0) {
            throw new NoDataException(series.symbol() + " has no close on or before " + date);
        }
        int k = 0;
        while (k + 1 < ends.length && (firstSession ? ends[k + 1] <= i : ends[k] < i)) {
            k++;
        }
        return k;
    }

    /**
     * The step a claim without a period is about as of {@code asOf}: the session, or the last complete unit (on a
     * Monday, "its worst week" is the week before; on a Friday, the week just ended).
     */
    int latestStep(LocalDate asOf) {
        int k = stepOn(asOf);
        if (unit == null || firstSession) {
            return k;
        }
        LocalDate last = series.date(series.indexOnOrBefore(asOf));
        ToLongFunction<LocalDate> key = key(unit);
        boolean complete = key.applyAsLong(NyseCalendar.INSTANCE.nextSession(last)) != key.applyAsLong(last);
        return complete ? k : k - 1;
    }

    /** The move of step {@code k} (at least {@link #first}): in points, else in percent. */
    double move(int k, boolean points) {
        double close = series.close(ends[k]);
        double before = series.close(starts[k]);
        return points ? close - before : (close / before - 1) * 100;
    }

    /** The last session of step {@code k}. */
    LocalDate date(int k) {
        return series.date(ends[k]);
    }

    /** The step in words: "week to 2022-06-10", "2-session move to 2020-03-16". */
    String describe(int k) {
        if (firstSession) {
            return "first session of the " + unit + " (" + date(k) + ")";
        }
        int lag = ends[k] - starts[k];
        return (unit != null ? unit : lag == 1 ? "session" : lag + "-session move") + " to " + date(k);
    }
}
