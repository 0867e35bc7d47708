package org.bellwether.core.breadth;

import org.bellwether.core.definitions.Definitions;

/**
 * One member's breadth signals at a session; null where its history is too short to say.
 *
 * @param aboveSma50 whether the close is above the simple average of the last 50 closes (the session's included)
 * @param change +1 advanced, -1 declined, 0 unchanged against the previous session
 * @param newHigh whether the close is above the highest close of the previous 252 sessions
 * @param newLow whether the close is below the lowest close of the previous 252 sessions
 */
public record MemberState(Boolean aboveSma50, Integer change, Boolean newHigh, Boolean newLow) {

    /** The signals of {@code closes} at index {@code end}. */
    public static MemberState of(double[] closes, int end) {
        Boolean above = null;
        if (end + 1 >= Definitions.BREADTH_SMA_SESSIONS) {
            double sum = 0;
            for (int i = end - Definitions.BREADTH_SMA_SESSIONS + 1; i <= end; i++) {
                sum += closes[i];
            }
            above = closes[end] > sum / Definitions.BREADTH_SMA_SESSIONS;
        }
        Integer change = end >= 1 ? Integer.valueOf((int) Math.signum(closes[end] - closes[end - 1])) : null;
        Boolean high = null;
        Boolean low = null;
        if (end >= Definitions.WEEKS_52_SESSIONS) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = end - Definitions.WEEKS_52_SESSIONS; i < end; i++) {
                max = Math.max(max, closes[i]);
                min = Math.min(min, closes[i]);
            }
            high = closes[end] > max;
            low = closes[end] < min;
        }
        return new MemberState(above, change, high, low);
    }
}
