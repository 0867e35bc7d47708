package org.bellwether.core.screen;

import java.time.LocalDate;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.stream.RecordTracker;

/** Computes {@link ScreenMetrics} for one symbol at an as-of date. */
public final class UniverseScreen {

    private UniverseScreen() {
    }

    /**
     * The figures for {@code series} at the last session on or before {@code asOf}.
     *
     * @param benchmark the series beta and correlation are measured against
     * @param highestBeforeYear the highest close before the as-of year's first session (NaN when there is none),
     *     so that {@code series} need only hold this year's sessions and the windows
     * @return null when {@code series} has no session on or before {@code asOf}
     */
    public static ScreenMetrics compute(DailySeries series, DailySeries benchmark, LocalDate asOf,
            double highestBeforeYear) {
        int end = series.indexOnOrBefore(asOf);
        if (end < 0) {
            return null;
        }
        double[] betaAndCorrelation = betaAndCorrelation(series, benchmark, end);
        return new ScreenMetrics(toDate(series, asOf, ToDate.MONTH), toDate(series, asOf, ToDate.YEAR),
                volatility(series, end),
                betaAndCorrelation[0], betaAndCorrelation[1], recordsThisYear(series, end, highestBeforeYear),
                breakout(series, end));
    }

    /** The return over {@code period} as of {@code asOf}: from the previous period's last close. */
    private static double toDate(DailySeries series, LocalDate asOf, ToDate period) {
        int start = series.indexOnOrBefore(period.base(asOf));
        return start < 0 ? Double.NaN : series.close(series.indexOnOrBefore(asOf)) / series.close(start) - 1;
    }

    private static double volatility(DailySeries series, int end) {
        if (end < Definitions.SCREEN_VOLATILITY_RETURNS) {
            return Double.NaN;
        }
        double[] returns = new double[Definitions.SCREEN_VOLATILITY_RETURNS];
        for (int i = 0; i < Definitions.SCREEN_VOLATILITY_RETURNS; i++) {
            int t = end - Definitions.SCREEN_VOLATILITY_RETURNS + 1 + i;
            returns[i] = series.close(t) / series.close(t - 1) - 1;
        }
        return RiskStats.volatility(returns);
    }

    /** Beta and correlation over the last {@value Definitions#SCREEN_BETA_RETURNS} returns of the sessions both series have. */
    private static double[] betaAndCorrelation(DailySeries series, DailySeries benchmark, int end) {
        double[] a = new double[Definitions.SCREEN_BETA_RETURNS + 1];
        double[] m = new double[Definitions.SCREEN_BETA_RETURNS + 1];
        int found = 0;
        int j = benchmark.indexOnOrBefore(series.date(end));
        for (int i = end; i >= 0 && j >= 0 && found <= Definitions.SCREEN_BETA_RETURNS; i--) {
            while (j >= 0 && benchmark.day(j) > series.day(i)) {
                j--;
            }
            if (j >= 0 && benchmark.day(j) == series.day(i)) {
                a[Definitions.SCREEN_BETA_RETURNS - found] = series.close(i);
                m[Definitions.SCREEN_BETA_RETURNS - found] = benchmark.close(j);
                found++;
            }
        }
        if (found <= Definitions.SCREEN_BETA_RETURNS) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] ra = new double[Definitions.SCREEN_BETA_RETURNS];
        double[] rm = new double[Definitions.SCREEN_BETA_RETURNS];
        for (int i = 0; i < Definitions.SCREEN_BETA_RETURNS; i++) {
            ra[i] = a[i + 1] / a[i] - 1;
            rm[i] = m[i + 1] / m[i] - 1;
        }
        return RiskStats.betaAndCorrelation(ra, rm);
    }

    private static int recordsThisYear(DailySeries series, int end, double highestBeforeYear) {
        long yearStart = ToDate.YEAR.firstDay(series.date(end)).toEpochDay();
        RecordTracker records = new RecordTracker(highestBeforeYear);
        int count = 0;
        for (int i = 0; i <= end; i++) {
            if (records.next(series.close(i)) && series.day(i) >= yearStart) {
                count++;
            }
        }
        return count;
    }


    private static Boolean breakout(DailySeries series, int end) {
        if (end < Definitions.BREAKOUT_HIGH_SESSIONS) {
            return null; // too short a history to know
        }
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = end - Definitions.BREAKOUT_HIGH_SESSIONS; i < end; i++) {
            if (Double.isNaN(series.high(i))) {
                return null;
            }
            highest = Math.max(highest, series.high(i));
        }
        double volumeSum = 0;
        for (int i = end - Definitions.BREAKOUT_VOLUME_SESSIONS; i < end; i++) {
            volumeSum += series.volume(i);
        }
        if (Double.isNaN(volumeSum) || Double.isNaN(series.volume(end))) {
            return null;
        }
        return series.close(end) > highest && series.volume(end) > Definitions.VOLUME_MULTIPLE * volumeSum / Definitions.BREAKOUT_VOLUME_SESSIONS;
    }
}
