package org.bellwether.core.series;

import java.util.Arrays;
import java.util.Objects;

/**
 * The intraday bars of one instrument at one bar length: strictly ascending start instants (epoch seconds) and
 * OHLCV in parallel arrays (NaN where the source has no open, high, low or volume). Immutable; arrays are copied in
 * and out.
 */
public final class IntradaySeries {

    private final String symbol;
    private final int intervalSeconds;
    private final long[] starts;
    private final double[] opens;
    private final double[] highs;
    private final double[] lows;
    private final double[] closes;
    private final double[] volumes;

    private IntradaySeries(String symbol, int intervalSeconds, long[] starts, double[] opens, double[] highs,
            double[] lows, double[] closes, double[] volumes) {
        this.symbol = symbol;
        this.intervalSeconds = intervalSeconds;
        this.starts = starts;
        this.opens = opens;
        this.highs = highs;
        this.lows = lows;
        this.closes = closes;
        this.volumes = volumes;
    }

    /**
     * A series of bars.
     *
     * @throws IllegalArgumentException when lengths differ, starts are not strictly ascending or the interval is not
     *     positive
     */
    public static IntradaySeries of(String symbol, int intervalSeconds, long[] starts, double[] opens, double[] highs,
            double[] lows, double[] closes, double[] volumes) {
        Objects.requireNonNull(symbol, "symbol");
        if (intervalSeconds <= 0) {
            throw new IllegalArgumentException("intervalSeconds must be positive, but was " + intervalSeconds);
        }
        int n = starts.length;
        if (opens.length != n || highs.length != n || lows.length != n || closes.length != n || volumes.length != n) {
            throw new IllegalArgumentException("starts and OHLCV must have the same length");
        }
        for (int i = 1; i < n; i++) {
            if (starts[i] <= starts[i - 1]) {
                throw new IllegalArgumentException("starts must be strictly ascending, but " + starts[i] + " follows "
                        + starts[i - 1] + " (index " + i + ")");
            }
        }
        return new IntradaySeries(symbol, intervalSeconds, starts.clone(), opens.clone(), highs.clone(), lows.clone(),
                closes.clone(), volumes.clone());
    }

    /** The instrument. */
    public String symbol() {
        return symbol;
    }

    /** The bar length in seconds. */
    public int intervalSeconds() {
        return intervalSeconds;
    }

    /** Number of bars. */
    public int size() {
        return starts.length;
    }

    /** Bar {@code index}'s start, epoch seconds. */
    public long start(int index) {
        return starts[index];
    }

    /** The index of the bar starting at {@code start} (epoch seconds), or a negative number when there is none. */
    public int indexOf(long start) {
        return Arrays.binarySearch(starts, start);
    }

    /** Bar {@code index}'s open. */
    public double open(int index) {
        return opens[index];
    }

    /** Bar {@code index}'s high. */
    public double high(int index) {
        return highs[index];
    }

    /** Bar {@code index}'s low. */
    public double low(int index) {
        return lows[index];
    }

    /** Bar {@code index}'s close. */
    public double close(int index) {
        return closes[index];
    }

    /** Bar {@code index}'s volume (NaN when unknown). */
    public double volume(int index) {
        return volumes[index];
    }

    /** Copies of the arrays (for kernels over whole arrays; in a loop, the indexed accessors). */
    public long[] starts() {
        return starts.clone();
    }

    /** @see #starts() */
    public double[] opens() {
        return opens.clone();
    }

    /** @see #starts() */
    public double[] highs() {
        return highs.clone();
    }

    /** @see #starts() */
    public double[] lows() {
        return lows.clone();
    }

    /** @see #starts() */
    public double[] closes() {
        return closes.clone();
    }

    /** @see #starts() */
    public double[] volumes() {
        return volumes.clone();
    }

    /** The bars at the given indexes, in that order (which must keep starts ascending). */
    public IntradaySeries select(int[] indexes) {
        return new IntradaySeries(symbol, intervalSeconds, pick(starts, indexes), pick(opens, indexes),
                pick(highs, indexes), pick(lows, indexes), pick(closes, indexes), pick(volumes, indexes));
    }

    private static long[] pick(long[] values, int[] indexes) {
        return Arrays.stream(indexes).mapToLong(i -> values[i]).toArray();
    }

    private static double[] pick(double[] values, int[] indexes) {
        return Arrays.stream(indexes).mapToDouble(i -> values[i]).toArray();
    }
}
