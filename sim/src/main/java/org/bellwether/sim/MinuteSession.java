package org.bellwether.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * The 1-minute bars of one session: a path from the session's open to its close (fat-tailed increments, bent through
 * pinned prices), an optional cap that the path stays under (reflected, so it keeps its texture) with wicks that
 * touch a level at given minutes, and a U-shaped volume profile (heavier at the open and the close).
 */
final class MinuteSession {

    /** Bars of one session, in cents-rounded prices and whole volumes; low ≤ open, close ≤ high on every bar. */
    record Bars(double[] open, double[] high, double[] low, double[] close, long[] volume) {

        int size() {
            return close.length;
        }

        double dailyHigh() {
            double high = Double.NEGATIVE_INFINITY;
            for (double h : this.high) {
                high = Math.max(high, h);
            }
            return high;
        }

        double dailyLow() {
            double low = Double.POSITIVE_INFINITY;
            for (double l : this.low) {
                low = Math.min(low, l);
            }
            return low;
        }

        long dailyVolume() {
            long sum = 0;
            for (long v : volume) {
                sum += v;
            }
            return sum;
        }
    }

    /**
     * What shapes a session's path.
     *
     * @param increments the log increments before bending, one per bar
     * @param fixed increments that keep their value (jumps)
     * @param pins closes that bars must have (bar index to price)
     * @param caps the price each bar stays at or under (NaN: none)
     * @param touchLevel the level whose wicks {@code touches} reach (bar indexes)
     * @param volumeMultiple the session's volume against the usual
     */
    record Shape(double[] increments, boolean[] fixed, TreeMap<Integer, Double> pins, double[] caps,
            double touchLevel, int[] touches, double volumeMultiple) {
    }

    private MinuteSession() {
    }

    /** The bars from {@code open} to {@code close} shaped by {@code shape}, with {@code dailyVolume} usual. */
    static Bars generate(Draws draws, double open, double close, Shape shape, double dailyVolume) {
        int m = shape.increments().length;
        double[] returns = new double[m + 1]; // index 0 is the open, index i + 1 the close of bar i
        boolean[] fixed = new boolean[m + 1];
        System.arraycopy(shape.increments(), 0, returns, 1, m);
        System.arraycopy(shape.fixed(), 0, fixed, 1, m);
        TreeMap<Integer, Double> targets = new TreeMap<>();
        for (Map.Entry<Integer, Double> pin : shape.pins().entrySet()) {
            targets.put(pin.getKey() + 1, pin.getValue());
        }
        targets.put(m, close);
        double[] path = LevelPath.through(open, returns, fixed, targets);
        double wick = Math.sqrt(variance(shape.increments())) * 0.6;
        double[] o = new double[m];
        double[] h = new double[m];
        double[] l = new double[m];
        double[] c = new double[m];
        long[] v = new long[m];
        double[] smile = volumeSmile(m);
        for (int i = 0; i < m; i++) {
            double cap = shape.caps()[i];
            boolean capped = !Double.isNaN(cap);
            double price = path[i + 1];
            if (capped && price > cap) {
                price = cap * cap / price;
            }
            c[i] = LevelPath.cents(price);
            o[i] = i == 0 ? LevelPath.cents(open) : c[i - 1];
            double top = Math.max(o[i], c[i]);
            double bottom = Math.min(o[i], c[i]);
            double high = top * StrictMath.exp(Math.abs(draws.normal()) * wick);
            h[i] = Math.max(top, capped ? Math.min(LevelPath.cents(high), LevelPath.cents(cap)) : LevelPath.cents(high));
            l[i] = Math.min(bottom, LevelPath.cents(bottom * StrictMath.exp(-Math.abs(draws.normal()) * wick)));
            v[i] = Math.round(dailyVolume / m * smile[i] * StrictMath.exp(0.3 * draws.normal() - 0.045)
                    * shape.volumeMultiple());
        }
        for (int touch : shape.touches()) {
            h[touch] = Math.max(h[touch], LevelPath.cents(shape.touchLevel() * (1 + draws.uniform(-0.0004, 0.0004))));
        }
        c[m - 1] = LevelPath.cents(close);
        h[m - 1] = Math.max(h[m - 1], c[m - 1]);
        l[m - 1] = Math.min(l[m - 1], c[m - 1]);
        return new Bars(o, h, l, c, v);
    }

    /** Fat-tailed increments of {@code m} bars adding up to {@code dailyVolatility} over the session. */
    static double[] increments(Draws draws, int m, double dailyVolatility, int tailDf) {
        double[] increments = new double[m];
        double perBar = dailyVolatility / Math.sqrt(m);
        for (int i = 0; i < m; i++) {
            increments[i] = perBar * draws.studentT(tailDf);
        }
        return increments;
    }

    /** Relative volume of each of {@code m} bars: heavier at the open and the close, averaging 1. */
    static double[] volumeSmile(int m) {
        double[] smile = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            smile[i] = 1 + 2.0 * StrictMath.exp(-i / 25.0) + 1.2 * StrictMath.exp(-(m - 1 - i) / 25.0);
            sum += smile[i];
        }
        for (int i = 0; i < m; i++) {
            smile[i] *= m / sum;
        }
        return smile;
    }

    static double variance(double[] values) {
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        double mean = sum / values.length;
        return Math.max(0, squares / values.length - mean * mean);
    }
}
