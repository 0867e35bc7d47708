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
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2, but was " + window);
        }
        if (a.length != m.length) {
            throw new IllegalArgumentException("a and m must be aligned, but have " + a.length + " and " + m.length
                    + " returns");
        }
        int n = a.length;
        double[] beta = new double[n];
        double[] correlation = new double[n];
        double sa = 0;
        double sm = 0;
        double saa = 0;
        double smm = 0;
        double sam = 0;
        int nans = 0;
        int sinceRecompute = 0;
        for (int t = 0; t < n; t++) {
            boolean finite = Double.isFinite(a[t]) && Double.isFinite(m[t]);
            if (finite) {
                sa += a[t];
                sm += m[t];
                saa += a[t] * a[t];
                smm += m[t] * m[t];
                sam += a[t] * m[t];
            } else {
                nans++;
            }
            int leaving = t - window;
            boolean nanLeft = false;
            if (leaving >= 0) {
                if (Double.isFinite(a[leaving]) && Double.isFinite(m[leaving])) {
                    sa -= a[leaving];
                    sm -= m[leaving];
                    saa -= a[leaving] * a[leaving];
                    smm -= m[leaving] * m[leaving];
                    sam -= a[leaving] * m[leaving];
                } else {
                    nans--;
                    nanLeft = nans == 0;
                }
            }
            if (t < window - 1 || nans > 0) {
                beta[t] = Double.NaN;
                correlation[t] = Double.NaN;
                continue;
            }
            if (++sinceRecompute >= window || nanLeft) {
                sa = 0;
                sm = 0;
                saa = 0;
                smm = 0;
                sam = 0;
                for (int i = t - window + 1; i <= t; i++) {
                    sa += a[i];
                    sm += m[i];
                    saa += a[i] * a[i];
                    smm += m[i] * m[i];
                    sam += a[i] * m[i];
                }
                sinceRecompute = 0;
            }
            double covariance = (sam - sa * sm / window) / (window - 1);
            double varianceA = (saa - sa * sa / window) / (window - 1);
            double varianceM = (smm - sm * sm / window) / (window - 1);
            beta[t] = varianceM > 0 ? covariance / varianceM : Double.NaN;
            correlation[t] = varianceA > 0 && varianceM > 0
                    ? Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceA * varianceM))) : Double.NaN;
        }
        return new double[][] {beta, correlation};
    }
}
