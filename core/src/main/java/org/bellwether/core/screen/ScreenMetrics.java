package org.bellwether.core.screen;

import java.time.LocalDate;

/**
 * The screen's figures for one symbol; NaN where undefined (too few sessions), {@code breakout252} null when the
 * highs or volumes it needs are unknown.
 *
 * @param returnMtd month-to-date return, a fraction
 * @param returnYtd year-to-date return, a fraction
 * @param volatility20 annualised volatility of the last 20 session returns, a fraction
 * @param beta60 beta on the benchmark over the last 60 aligned session returns
 * @param correlation60 correlation with the benchmark over the same returns
 * @param recordsYtd record closes this calendar year up to the as-of session
 * @param breakout252 whether the as-of session is a 252-session breakout (DESIGN)
 * @param staleSince the series' last session when it is stale on the as-of date (every figure is then undefined);
 *     null when it is fresh
 */
public record ScreenMetrics(double returnMtd, double returnYtd, double volatility20, double beta60,
        double correlation60, int recordsYtd, Boolean breakout252, LocalDate staleSince) {

    /** The figures of a series stale on the as-of date since {@code lastSession}: none (DESIGN: "Freshness"). */
    static ScreenMetrics stale(LocalDate lastSession) {
        return new ScreenMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null, lastSession);
    }
}
