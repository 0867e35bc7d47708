package org.bellwether.core.risk;

import org.bellwether.core.definitions.Definitions;

/**
 * Period statistics (DESIGN: "Volatility", "Beta", "Correlation", "Tracking error", "Maximum drawdown"). Returns are
 * daily simple returns of aligned sessions; sample statistics use n − 1; annualisation is by √252. Fewer than two
 * returns (or no variance where one is divided by) give NaN.
 */
public final class RiskStats {

    private RiskStats() {
    }

    /** The sample mean. */
    static double mean(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double value : values) { // Kahan summation
            double y = value - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum / values.length;
    }

    /** The sample covariance of {@code a} and {@code b} (same length). */
    public static double covariance(double[] a, double[] b) {
        requireSameLength(a, b);
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (n - 1);
    }

    /** The sample variance. */
    public static double variance(double[] values) {
        return covariance(values, values);
    }

    /** Annualised volatility as a fraction: sample standard deviation × √252. */
    public static double volatility(double[] returns) {
        return Math.sqrt(variance(returns) * Definitions.SESSIONS_PER_YEAR);
    }

    /** Beta of {@code a} on the market {@code m}: cov(a, m) / var(m). */
    public static double beta(double[] a, double[] m) {
        double variance = variance(m);
        return variance > 0 ? covariance(a, m) / variance : Double.NaN;
    }

    /**
     * Beta of {@code a} on {@code m} and their correlation, in one pass over the deviations (what the screen needs
     * for every symbol): {@code [beta, correlation]}, NaN where a variance is zero.
     */
    public static double[] betaAndCorrelation(double[] a, double[] m) {
        requireSameLength(a, m);
        int n = a.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double meanA = mean(a);
        double meanM = mean(m);
        double cov = 0;
        double varA = 0;
        double varM = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - meanA;
            double dm = m[i] - meanM;
            cov += da * dm;
            varA += da * da;
            varM += dm * dm;
        }
        double beta = varM > 0 ? cov / varM : Double.NaN;
        double denominator = Math.sqrt(varA * varM);
        double correlation = denominator > 0 ? Math.max(-1, Math.min(1, cov / denominator)) : Double.NaN;
        return new double[] {beta, correlation};
    }

    /** Pearson correlation, within [−1, 1]. */
    public static double correlation(double[] a, double[] b) {
        double denominator = Math.sqrt(variance(a) * variance(b));
        if (!(denominator > 0)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, covariance(a, b) / denominator));
    }

    /** Annualised tracking error: sample standard deviation of {@code a − b} × √252, a fraction. */
    public static double trackingError(double[] a, double[] b) {
        requireSameLength(a, b);
        double[] difference = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }
        return volatility(difference);
    }

    /** The largest peak-to-trough fall of {@code closes} as a negative fraction (0 when they never fall). */
    public static double maxDrawdown(double[] closes) {
        double peak = Double.NaN;
        double worst = 0;
        for (double close : closes) {
            if (Double.isNaN(peak) || close > peak) {
                peak = close;
            }
            worst = Math.min(worst, close / peak - 1);
        }
        return worst;
    }

    private static void requireSameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("both series must have the same length (align them by session first), "
                    + "but had " + a.length + " and " + b.length);
        }
    }
}
