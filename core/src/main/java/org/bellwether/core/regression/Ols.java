package org.bellwether.core.regression;

/**
 * Ordinary least squares of y on x with an intercept (DESIGN: "Rate sensitivity"): the slope, its t-statistic from
 * the residuals' sample variance (n − 2 degrees of freedom) and R². Two passes over centred values, so large offsets do
 * not cost precision. Pairs where either value is NaN are left out.
 *
 * @param n pairs used
 * @param slope change of y per unit of x
 * @param intercept y at x = 0
 * @param tStat slope over its standard error (NaN with fewer than three pairs or no residual variance)
 * @param rSquared share of y's variance the line explains (NaN when y or x does not vary)
 */
public record Ols(int n, double slope, double intercept, double tStat, double rSquared) {

    /** The regression of {@code y} on {@code x} (same length). */
    public static Ols fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, but had " + x.length + " and "
                    + y.length);
        }
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
                sumX += x[i];
                sumY += y[i];
            }
        }
        if (n < 2) {
            return new Ols(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - meanX;
                double dy = y[i] - meanY;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        if (sxx == 0) {
            return new Ols(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double slope = sxy / sxx;
        double residual = Math.max(0, syy - slope * sxy); // Σ e² = Syy − b·Sxy
        double tStat = n < 3 || residual == 0 ? Double.NaN : slope / Math.sqrt(residual / (n - 2) / sxx);
        double rSquared = syy == 0 ? Double.NaN : slope * sxy / syy;
        return new Ols(n, slope, meanY - slope * meanX, tStat, rSquared);
    }
}
