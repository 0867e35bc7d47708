package org.bellwether.sim;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
        double longRun = StrictMath.pow(volatilityPct / 100, 2) / 252;
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
        NavigableMap<Integer, Double> logTargets = new TreeMap<>();
        targets.forEach((t, level) -> logTargets.put(t, StrictMath.log(level)));
        double[] logs = bend(StrictMath.log(startLevel), returns, fixed, logTargets);
        double[] closes = new double[logs.length];
        for (int t = 0; t < closes.length; t++) {
            closes[t] = StrictMath.exp(logs[t]);
        }
        targets.forEach((t, level) -> closes[t] = level); // exact, not within rounding of the exponentials
        return closes;
    }

    /**
     * The path {@code start + Σ steps} bent through {@code targets}: between two targets every free step gets the same
     * correction, so that the path hits each target and keeps its shape elsewhere (steps[0] is ignored).
     */
    static double[] bend(double start, double[] steps, boolean[] fixed, NavigableMap<Integer, Double> targets) {
        double[] adjusted = steps.clone();
        int from = 0;
        double fromValue = start;
        for (Map.Entry<Integer, Double> target : targets.entrySet()) {
            int to = target.getKey();
            if (to <= from) {
                continue;
            }
            double sum = 0;
            int free = 0;
            for (int t = from + 1; t <= to; t++) {
                sum += adjusted[t];
                free += fixed[t] ? 0 : 1;
            }
            double needed = target.getValue() - fromValue;
            for (int t = from + 1; t <= to; t++) {
                if (!fixed[t] || free == 0) {
                    adjusted[t] += (needed - sum) / (free == 0 ? to - from : free);
                }
            }
            from = to;
            fromValue = target.getValue();
        }
        double[] path = new double[steps.length];
        path[0] = start;
        for (int t = 1; t < path.length; t++) {
            path[t] = path[t - 1] + adjusted[t];
        }
        targets.forEach((t, value) -> path[t] = value);
        return path;
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
