package org.bellwether.core.window;

/**
 * Sample standard deviations over a sliding window, O(n). Adding and removing values uses Welford's updates; a
 * window holding a NaN has no standard deviation (NaN), and when the last NaN leaves, the window's moments are
 * recomputed from its values so that no error carried from before survives.
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
        for (int t = 0; t < values.length; t++) {
            result[t] = t >= window ? state.std(window) : Double.NaN;
            state.add(values[t]);
            if (t >= window) {
                state.remove(values[t - window], values, t - window + 1, t + 1);
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

        private void recompute(double[] values, int from, int to) {
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
