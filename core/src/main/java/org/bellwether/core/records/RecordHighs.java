package org.bellwether.core.records;

import java.time.LocalDate;
import org.bellwether.core.stream.RecordTracker;
import org.bellwether.core.definitions.Definitions;

/** Record closes (DESIGN: "Record high"), O(n) over primitive arrays. */
public final class RecordHighs {

    private RecordHighs() {
    }

    /**
     * Whether each close is strictly above every earlier close. The first close has nothing before it and is not a
     * record; NaN closes are never records and do not raise the bar.
     */
    public static boolean[] recordCloses(double[] closes) {
        boolean[] records = new boolean[closes.length];
        RecordTracker tracker = new RecordTracker();
        for (int i = 0; i < closes.length; i++) {
            records[i] = tracker.next(closes[i]);
        }
        return records;
    }


    /**
     * Whether each value is above the maximum of the previous {@code window} values (the value itself excluded), as
     * a 52-week high is with {@link Definitions#WEEKS_52_SESSIONS}; false during warm-up. O(n) with a monotonic deque
     * of window maxima.
     */
    public static boolean[] aboveWindowMax(double[] values, int window) {
        boolean[] above = new boolean[values.length];
        int[] deque = new int[values.length];
        int head = 0;
        int tail = 0;
        for (int t = 0; t < values.length; t++) {
            while (head < tail && deque[head] < t - window) {
                head++;
            }
            if (t >= window && head < tail) {
                above[t] = values[t] > values[deque[head]];
            }
            while (head < tail && !(values[deque[tail - 1]] > values[t])) {
                tail--;
            }
            deque[tail++] = t;
        }
        return above;
    }

    /**
     * Whether a record on {@code recordDate} can be called all-time: the stored history starts at the instrument's
     * inception, or at least {@value Definitions#RECORD_HISTORY_YEARS} years before the record. Otherwise it is a "high since
     * {@code historyStart}".
     *
     * @param inception the instrument's inception date, or null when unknown
     */
    public static boolean isAllTime(LocalDate historyStart, LocalDate inception, LocalDate recordDate) {
        boolean fromInception = inception != null && !historyStart.isAfter(inception);
        return fromInception || !historyStart.isAfter(recordDate.minusYears(Definitions.RECORD_HISTORY_YEARS));
    }
}
