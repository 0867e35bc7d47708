package org.bellwether.core.window;

/**
 * Sample standard deviations over a sliding window, O(n). Adding and removing values uses Welford's updates; a
 * window holding a NaN has no standard deviation (NaN), and when the last NaN leaves, the window's moments are
 * recomputed from its values so that no error carried from before survives. Rounding left by removals is also
 * cleared by a recomputation every {@code window} steps (amortised O(1)), and a window of identical values is
 * exactly 0 (a property test found 2e-10 there before).
 */
public final class RollingStd {

    private RollingStd() {
    }

    /**
     * For each index {@code t}, the sample standard deviation (n − 1) of the {@code window} values before it,
     * {@code values[t − window .. t − 1]} (the value at {@code t} excluded); NaN for the first {@code window} indexes
     * (warm-up) and wherever that window holds a NaN.
     *
     * @param window at least 2
     */
    public static double[] ofPrevious(double[] values, int window) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2, but was " + window);
        }
        double[] result = new double[values.length];
        State state = new State();
        int equalRun = 0;
        for (int t = 0; t < values.length; t++) {
            result[t] = t < window ? Double.NaN : equalRun >= window ? 0.0 : state.std(window);
            equalRun = t > 0 && values[t] == values[t - 1] ? equalRun + 1 : 1;
            state.add(values[t]);
            if (t >= window) {
                state.remove(values[t - window], values, t - window + 1, t + 1);
                if ((t - window) % window == window - 1) {
                    state.recompute(values, t - window + 1, t + 1);
                }
            }
        }
        return result;
    }

    /** Running count, mean and sum of squared deviations of the finite values, and the number of NaNs. */
    private static final class State {
        private long count;
        private double mean;
        private double m2;
        private int nans;

        void add(double value) {
            if (Double.isNaN(value)) {
                nans++;
                return;
            }
            count++;
            double delta = value - mean;
            mean += delta / count;
            m2 += delta * (value - mean);
        }

        /** Removes {@code value}; {@code [from, to)} is the window after the removal, for a recomputation. */
        void remove(double value, double[] values, int from, int to) {
            if (Double.isNaN(value)) {
                nans--;
                if (nans == 0) {
                    recompute(values, from, to);
                }
                return;
            }
            if (count == 1) {
                count = 0;
                mean = 0;
                m2 = 0;
                return;
            }
            double delta = value - mean;
            mean -= delta / (count - 1);
            m2 -= delta * (value - mean);
            count--;
            if (m2 < 0) {
                m2 = 0; // rounding; the true value is never negative
            }
        }

        void recompute(double[] values, int from, int to) {
            count = 0;
            mean = 0;
            m2 = 0;
            nans = 0;
            for (int i = from; i < to; i++) {
                add(values[i]);
            }
        }

        double std(int window) {
            return nans > 0 || count < window ? Double.NaN : Math.sqrt(m2 / (count - 1));
        }
    }
}
