package org.bellwether.core.window;

/**
 * Beta and correlation of one return series on another over a sliding window of aligned returns, O(n) with running
 * sums. A window holding a NaN in either series has neither (NaN); the sums are recomputed from the window's values
 * every {@code window} steps and when the last NaN leaves (amortised O(1)), so rounding from removals never
 * accumulates. Beta is sample covariance over the sample variance of {@code m}; correlation is Pearson, clamped to
 * [−1, 1] (DESIGN: beta, correlation).
 */
public final class RollingBeta {

    private RollingBeta() {
    }

    /**
     * For each index {@code t} from {@code window − 1} on, the beta of {@code a} on {@code m} and their correlation over
     * {@code [t − window + 1, t]}: {@code [beta[], correlation[]]}, NaN in warm-up, where the window holds a NaN, and
     * where a variance is zero.
     *
     * @param window at least 2
     */
    public static double[][] of(double[] a, double[] m, int window) {
        if (a.length != m.length) {
            throw new IllegalArgumentException("a and m must be aligned, but have " + a.length + " and " + m.length
                    + " returns");
        }
        Window rolling = new Window(window);
        double[] beta = new double[a.length];
        double[] correlation = new double[a.length];
        for (int t = 0; t < a.length; t++) {
            rolling.next(a[t], m[t]);
            beta[t] = rolling.beta();
            correlation[t] = rolling.correlation();
        }
        return new double[][] {beta, correlation};
    }

    /** The streaming form, one pair of returns at a time; {@link #of} runs it, so both give the same doubles. */
    public static final class Window {
        private final int size;
        private final double[] ringA;
        private final double[] ringM;
        private long pushed;
        private double sa;
        private double sm;
        private double saa;
        private double smm;
        private double sam;
        private int nans;
        private int sinceRecompute;
        private double beta = Double.NaN;
        private double correlation = Double.NaN;

        /** A window of {@code size} pairs, at least 2. */
        public Window(int size) {
            if (size < 2) {
                throw new IllegalArgumentException("window must be at least 2, but was " + size);
            }
            this.size = size;
            this.ringA = new double[size];
            this.ringM = new double[size];
        }

        /** Takes the next pair of returns and updates {@link #beta()} and {@link #correlation()}. */
        public void next(double a, double m) {
            int slot = (int) (pushed % size);
            boolean nanLeft = false;
            if (pushed >= size) {
                double leavingA = ringA[slot];
                double leavingM = ringM[slot];
                if (Double.isFinite(leavingA) && Double.isFinite(leavingM)) {
                    remove(leavingA, leavingM);
                } else {
                    nans--;
                    nanLeft = nans == 0;
                }
            }
            ringA[slot] = a;
            ringM[slot] = m;
            pushed++;
            if (Double.isFinite(a) && Double.isFinite(m)) {
                add(a, m);
            } else {
                nans++;
            }
            if (pushed < size || nans > 0) {
                beta = Double.NaN;
                correlation = Double.NaN;
                return;
            }
            if (++sinceRecompute >= size || nanLeft) {
                recompute();
            }
            double covariance = (sam - sa * sm / size) / (size - 1);
            double varianceA = (saa - sa * sa / size) / (size - 1);
            double varianceM = (smm - sm * sm / size) / (size - 1);
            beta = varianceM > 0 ? covariance / varianceM : Double.NaN;
            correlation = varianceA > 0 && varianceM > 0
                    ? Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceA * varianceM))) : Double.NaN;
        }

        /** Beta of a on m over the last {@code size} pairs; NaN in warm-up, with a NaN inside, or flat m. */
        public double beta() {
            return beta;
        }

        /** Correlation over the last {@code size} pairs; NaN as {@link #beta()} or when a is flat. */
        public double correlation() {
            return correlation;
        }

        private void add(double a, double m) {
            sa += a;
            sm += m;
            saa += a * a;
            smm += m * m;
            sam += a * m;
        }

        private void remove(double a, double m) {
            sa -= a;
            sm -= m;
            saa -= a * a;
            smm -= m * m;
            sam -= a * m;
        }

        private void recompute() {
            sa = 0;
            sm = 0;
            saa = 0;
            smm = 0;
            sam = 0;
            for (long i = pushed - size; i < pushed; i++) { // oldest first
                add(ringA[(int) (i % size)], ringM[(int) (i % size)]);
            }
            sinceRecompute = 0;
        }
    }
}
