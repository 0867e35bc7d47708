package org.bellwether.core.stream;

import java.util.Arrays;

/**
 * Bar-by-bar volume against the same time of day (DESIGN: "Breakout", volume confirmation): for each intraday bar,
 * the session's volume up to and including it over the average, across the previous {@code lookback} sessions, of
 * each one's volume from its open to the same offset. The same sums in the same order as
 * {@link org.bellwether.core.levels.IntradayBreakouts}, so the same doubles.
 */
public final class SessionVolume {

    private final int lookback;
    private final long[][] offsets; // per previous session (ring): bar offsets from the open, seconds
    private final double[][] cumulative; // per previous session (ring): volume up to and including each bar
    private final int[] counts;
    private long sessions; // sessions started so far
    private long currentOpen = Long.MIN_VALUE;
    private long[] todayOffsets = new long[400];
    private double[] todayCumulative = new double[400];
    private int todayCount;
    private double lastVolume;
    private double lastRatio = Double.NaN;

    /** A tracker comparing with {@code lookback} previous sessions (20 in DESIGN). */
    public SessionVolume(int lookback) {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be at least 1, but was " + lookback);
        }
        this.lookback = lookback;
        this.offsets = new long[lookback][];
        this.cumulative = new double[lookback][];
        this.counts = new int[lookback];
    }

    /**
     * Takes the next bar (sessions in order, bars in order within a session); returns the ratio, NaN while fewer than
     * {@code lookback} sessions precede this one.
     *
     * @param sessionOpen the open of the bar's session, epoch seconds
     * @param start the bar's start, epoch seconds
     */
    public double next(long sessionOpen, long start, double volume) {
        if (sessionOpen != currentOpen) {
            closeSession();
            currentOpen = sessionOpen;
        }
        if (todayCount == todayOffsets.length) {
            todayOffsets = Arrays.copyOf(todayOffsets, todayCount * 2);
            todayCumulative = Arrays.copyOf(todayCumulative, todayCount * 2);
        }
        long offset = start - sessionOpen;
        lastVolume = (todayCount == 0 ? 0 : todayCumulative[todayCount - 1]) + volume;
        todayOffsets[todayCount] = offset;
        todayCumulative[todayCount++] = lastVolume;
        if (sessions - 1 < lookback) {
            lastRatio = Double.NaN;
            return lastRatio;
        }
        double sum = 0;
        for (long previous = sessions - 1 - lookback; previous < sessions - 1; previous++) {
            int slot = (int) (previous % lookback);
            sum += upTo(offsets[slot], cumulative[slot], counts[slot], offset);
        }
        lastRatio = lastVolume / (sum / lookback);
        return lastRatio;
    }

    /** The session's volume up to and including the last bar. */
    public double sessionVolume() {
        return lastVolume;
    }

    /** The last ratio returned. */
    public double lastRatio() {
        return lastRatio;
    }

    /** Files the session in progress among the previous ones and starts counting a new one. */
    private void closeSession() {
        if (currentOpen != Long.MIN_VALUE) {
            int slot = (int) ((sessions - 1) % lookback);
            long[] freedOffsets = offsets[slot]; // the session leaving the look-back lends its arrays to the next
            double[] freedCumulative = cumulative[slot];
            offsets[slot] = todayOffsets;
            cumulative[slot] = todayCumulative;
            counts[slot] = todayCount;
            todayOffsets = freedOffsets != null ? freedOffsets : new long[todayOffsets.length];
            todayCumulative = freedCumulative != null ? freedCumulative : new double[todayCumulative.length];
        }
        sessions++;
        todayCount = 0;
    }

    /** The volume of a session's bars starting no later than {@code offset} after its open (0 if none). */
    private static double upTo(long[] offsets, double[] cumulative, int count, long offset) {
        int found = Arrays.binarySearch(offsets, 0, count, offset);
        int last = found >= 0 ? found : -found - 2;
        return last < 0 ? 0 : cumulative[last];
    }
}
