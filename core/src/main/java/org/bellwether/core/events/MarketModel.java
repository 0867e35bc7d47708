package org.bellwether.core.events;

import org.bellwether.core.regression.Ols;

/**
 * The market model of an event study (DESIGN: "Event study"): {@code r = α + β r_M + ε} fitted by OLS on the
 * estimation window; abnormal returns {@code AR = r − (α + β r_M)} in the event window, their sum (CAR) and its
 * t-statistic {@code CAR / (σ_ε √L)}, with σ_ε the estimation residuals' standard deviation (n − 2) and L the event
 * window's length. Pairs where either return is NaN are left out of the fit.
 *
 * @param estimationReturns returns in the estimation window
 */
public record MarketModel(double alpha, double beta, double residualSd, int estimationReturns) {

    /** The model fitted on aligned returns {@code r} (the asset) and {@code m} (the market). */
    public static MarketModel fit(double[] r, double[] m) {
        Ols ols = Ols.fit(m, r);
        double squares = 0;
        for (int i = 0; i < r.length; i++) {
            if (!Double.isNaN(r[i]) && !Double.isNaN(m[i])) { // the pairs the fit used
                double residual = r[i] - (ols.intercept() + ols.slope() * m[i]);
                squares += residual * residual;
            }
        }
        double sd = ols.n() > 2 ? Math.sqrt(squares / (ols.n() - 2)) : Double.NaN;
        return new MarketModel(ols.intercept(), ols.slope(), sd, ols.n());
    }

    /** The abnormal return of {@code r} when the market returned {@code m}. */
    public double abnormal(double r, double m) {
        return r - (alpha + beta * m);
    }

    /** The abnormal returns, their sum and its t-statistic over an event window of aligned returns. */
    public EventWindow window(double[] r, double[] m) {
        double[] abnormal = new double[r.length];
        double car = 0;
        for (int i = 0; i < r.length; i++) {
            abnormal[i] = abnormal(r[i], m[i]);
            car += abnormal[i];
        }
        double t = r.length == 0 || !(residualSd > 0) ? Double.NaN : car / (residualSd * Math.sqrt(r.length));
        return new EventWindow(abnormal, car, t);
    }

    /** Abnormal returns of an event window, their sum (CAR) and its t-statistic. */
    public record EventWindow(double[] abnormal, double car, double tStat) {
    }
}
