package org.bellwether.core.returns;

/** Returns of consecutive closes: n closes give n − 1 returns. */
public final class Returns {

    private Returns() {
    }

    /** Simple returns {@code c[i+1] / c[i] − 1}. */
    public static double[] simple(double[] closes) {
        double[] returns = new double[Math.max(0, closes.length - 1)];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = closes[i + 1] / closes[i] - 1;
        }
        return returns;
    }

    /** Log returns {@code ln(c[i+1] / c[i])}. */
    public static double[] log(double[] closes) {
        double[] returns = new double[Math.max(0, closes.length - 1)];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = Math.log(closes[i + 1] / closes[i]);
        }
        return returns;
    }
}
