package org.bellwether.core.breadth;

/**
 * One member's breadth signals at a session; null where its history is too short to say.
 *
 * @param aboveSma50 whether the close is above the simple average of the last 50 closes (the session's included)
 * @param change +1 advanced, -1 declined, 0 unchanged against the previous session
 * @param newHigh whether the close is above the highest close of the previous 252 sessions
 * @param newLow whether the close is below the lowest close of the previous 252 sessions
 */
public record MemberState(Boolean aboveSma50, Integer change, Boolean newHigh, Boolean newLow) {

    /** Sessions in the moving average. */
    public static final int SMA_SESSIONS = 50;
    /** Prior sessions of the 52-week high and low. */
    public static final int HIGH_LOW_SESSIONS = 252;

    /** The signals of {@code closes} at index {@code end}. */
    public static MemberState of(double[] closes, int end) {
        Boolean above = null;
        if (end + 1 >= SMA_SESSIONS) {
            double sum = 0;
            for (int i = end - SMA_SESSIONS + 1; i <= end; i++) {
                sum += closes[i];
            }
            above = closes[end] > sum / SMA_SESSIONS;
        }
        Integer change = end >= 1 ? Integer.valueOf((int) Math.signum(closes[end] - closes[end - 1])) : null;
        Boolean high = null;
        Boolean low = null;
        if (end >= HIGH_LOW_SESSIONS) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = end - HIGH_LOW_SESSIONS; i < end; i++) {
                max = Math.max(max, closes[i]);
                min = Math.min(min, closes[i]);
            }
            high = closes[end] > max;
            low = closes[end] < min;
        }
        return new MemberState(above, change, high, low);
    }
}
