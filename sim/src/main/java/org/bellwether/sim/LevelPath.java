package org.bellwether.sim;

import java.util.Map;
import java.util.NavigableMap;

/**
 * Daily log returns with volatility clustering (GARCH(1,1)) and Student-t innovations, bent through target levels:
 * between two targets every return gets the same small correction, so that the path hits each target exactly and
 * keeps its shape elsewhere.
 */
final class LevelPath {

    /** GARCH(1,1) weights of the last squared shock and of the last variance; the rest pulls to the long-run. */
    private static final double ARCH = 0.08;
    private static final double GARCH = 0.90;

    private LevelPath() {
    }

    /** {@code n} log returns with annualised volatility {@code volatilityPct} and clustering. */
    static double[] clusteredReturns(Draws draws, int n, double volatilityPct, int tailDf) {
        double longRun = Math.pow(volatilityPct / 100, 2) / 252;
        double variance = longRun;
        double[] returns = new double[n];
        for (int t = 0; t < n; t++) {
            returns[t] = Math.sqrt(variance) * draws.studentT(tailDf);
            variance = (1 - ARCH - GARCH) * longRun + ARCH * returns[t] * returns[t] + GARCH * variance;
        }
        return returns;
    }

    /**
     * Closes from {@code returns} (returns[0] is ignored: the path starts at {@code startLevel}) that pass exactly
     * through {@code targets} (session index to level). Returns that {@code fixed} marks keep their value.
     */
    static double[] through(double startLevel, double[] returns, boolean[] fixed, NavigableMap<Integer, Double> targets) {
        double[] adjusted = returns.clone();
        int from = 0;
        double fromLevel = startLevel;
        for (Map.Entry<Integer, Double> target : targets.entrySet()) {
            int to = target.getKey();
            if (to <= from) {
                continue;
            }
            double needed = Math.log(target.getValue() / fromLevel);
            double sum = 0;
            int free = 0;
            for (int t = from + 1; t <= to; t++) {
                sum += adjusted[t];
                free += fixed[t] ? 0 : 1;
            }
            for (int t = from + 1; t <= to; t++) {
                if (!fixed[t] || free == 0) {
                    adjusted[t] += (needed - sum) / (free == 0 ? to - from : free);
                }
            }
            from = to;
            fromLevel = target.getValue();
        }
        double[] closes = new double[returns.length];
        closes[0] = startLevel;
        for (int t = 1; t < closes.length; t++) {
            closes[t] = closes[t - 1] * Math.exp(adjusted[t]);
        }
        targets.forEach((t, level) -> closes[t] = level); // exact, not within rounding of the exponentials
        return closes;
    }

    /** Reflects closes above {@code ceiling} below it (log-symmetrically) for sessions up to {@code lastIndex}. */
    static void capAt(double[] closes, double ceiling, int lastIndex) {
        for (int t = 0; t <= lastIndex && t < closes.length; t++) {
            if (closes[t] > ceiling) {
                closes[t] = ceiling * ceiling / closes[t];
            }
        }
    }

    /** Rounds to cents. */
    static double cents(double price) {
        return Math.max(0.01, Math.round(price * 100) / 100.0);
    }
}
