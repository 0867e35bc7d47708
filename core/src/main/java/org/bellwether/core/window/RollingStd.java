package org.bellwether.core.window;

/**
 * Sample standard deviations over a sliding window, O(n). Adding and removing values uses Welford's updates; a
 * window holding a NaN has no standard deviation (NaN), and when the last NaN leaves, the window's moments are
 * recomputed from its values so that no error carried from before survives. Rounding left by removals is also
 * cleared by a recomputation every {@code window} steps (amortised O(1)), and a window of identical values is
 * exactly 0 (a property test found 2e-10 there before).
 *
 * <p>The batch form {@link #ofPrevious} runs the streaming form {@link Window} over the array, so bar-by-bar and
 * whole-series results are the same doubles.
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
        Window stream = new Window(window);
        double[] result = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            result[t] = stream.next(values[t]);
        }
        return result;
    }

    /** The streaming form: values arrive one at a time. */
    public static final class Window {
        private final int size;
        private final double[] ring;
        private long pushed;
        private int equalRun;
        private long count;
        private double mean;
        private double m2;
        private int nans;

        /** A window of {@code size} values, at least 2. */
        public Window(int size) {
            if (size < 2) {
                throw new IllegalArgumentException("window must be at least 2, but was " + size);
            }
            this.size = size;
            this.ring = new double[size];
        }

        /** The standard deviation of the {@code size} values before {@code value} (NaN in warm-up), then takes it. */
        public double next(double value) {
            double result = pushed < size ? Double.NaN : equalRun >= size ? 0.0 : std();
            equalRun = pushed > 0 && value == ring[(int) ((pushed - 1) % size)] ? equalRun + 1 : 1;
            if (pushed >= size) {
                double leaving = ring[(int) (pushed % size)];
                ring[(int) (pushed % size)] = value;
                pushed++;
                add(value);
                remove(leaving);
                if ((pushed - size) % size == 0) {
                    recompute();
                }
            } else {
                ring[(int) (pushed % size)] = value;
                pushed++;
                add(value);
            }
            return result;
        }

        private void add(double value) {
            if (Double.isNaN(value)) {
                nans++;
                return;
            }
            count++;
            double delta = value - mean;
            mean += delta / count;
            m2 += delta * (value - mean);
        }

        private void remove(double value) {
            if (Double.isNaN(value)) {
                nans--;
                if (nans == 0) {
                    recompute();
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

        /** Recomputes the moments from the window's values, oldest first. */
        private void recompute() {
            count = 0;
            mean = 0;
            m2 = 0;
            nans = 0;
            for (long i = pushed - size; i < pushed; i++) {
                add(ring[(int) (i % size)]);
            }
        }

        private double std() {
            return nans > 0 || count < size ? Double.NaN : Math.sqrt(m2 / (count - 1));
        }
    }
}
