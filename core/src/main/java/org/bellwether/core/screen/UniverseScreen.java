package org.bellwether.core.screen;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.bellwether.core.returns.PeriodReturn;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.series.DailySeries;

/** Computes {@link ScreenMetrics} for one symbol at an as-of date. */
public final class UniverseScreen {

    /** Returns in the volatility window. */
    public static final int VOLATILITY_WINDOW = 20;
    /** Aligned returns in the beta and correlation window. */
    public static final int BETA_WINDOW = 60;
    /** Prior sessions whose highest high a breakout must exceed. */
    public static final int BREAKOUT_WINDOW = 252;
    /** Prior sessions of the average volume a breakout's volume is compared with. */
    public static final int VOLUME_WINDOW = 50;
    /** A breakout's volume must exceed this multiple of that average. */
    public static final double VOLUME_MULTIPLE = 1.5;

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
        double[] closes = series.closes();
        double[] betaAndCorrelation = betaAndCorrelation(series, benchmark, end);
        return new ScreenMetrics(toDate(series, asOf, asOf.withDayOfMonth(1)),
                toDate(series, asOf, asOf.with(TemporalAdjusters.firstDayOfYear())), volatility(closes, end),
                betaAndCorrelation[0], betaAndCorrelation[1], recordsThisYear(series, closes, end, highestBeforeYear),
                breakout(series, closes, end));
    }

    private static double toDate(DailySeries series, LocalDate asOf, LocalDate periodStart) {
        int start = series.indexOnOrBefore(periodStart.minusDays(1));
        return start < 0 ? Double.NaN : PeriodReturn.between(series, periodStart.minusDays(1), asOf).fraction();
    }

    private static double volatility(double[] closes, int end) {
        if (end < VOLATILITY_WINDOW) {
            return Double.NaN;
        }
        double[] returns = new double[VOLATILITY_WINDOW];
        for (int i = 0; i < VOLATILITY_WINDOW; i++) {
            int t = end - VOLATILITY_WINDOW + 1 + i;
            returns[i] = closes[t] / closes[t - 1] - 1;
        }
        return RiskStats.volatility(returns);
    }

    /** Beta and correlation over the last {@value #BETA_WINDOW} returns of the sessions both series have. */
    private static double[] betaAndCorrelation(DailySeries series, DailySeries benchmark, int end) {
        double[] a = new double[BETA_WINDOW + 1];
        double[] m = new double[BETA_WINDOW + 1];
        int found = 0;
        int j = benchmark.indexOnOrBefore(series.date(end));
        for (int i = end; i >= 0 && j >= 0 && found <= BETA_WINDOW; i--) {
            while (j >= 0 && benchmark.day(j) > series.day(i)) {
                j--;
            }
            if (j >= 0 && benchmark.day(j) == series.day(i)) {
                a[BETA_WINDOW - found] = series.close(i);
                m[BETA_WINDOW - found] = benchmark.close(j);
                found++;
            }
        }
        if (found <= BETA_WINDOW) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] ra = new double[BETA_WINDOW];
        double[] rm = new double[BETA_WINDOW];
        for (int i = 0; i < BETA_WINDOW; i++) {
            ra[i] = a[i + 1] / a[i] - 1;
            rm[i] = m[i + 1] / m[i] - 1;
        }
        return new double[] {RiskStats.beta(ra, rm), RiskStats.correlation(ra, rm)};
    }

    private static int recordsThisYear(DailySeries series, double[] closes, int end, double highestBeforeYear) {
        int year = series.date(end).getYear();
        double highest = highestBeforeYear;
        int count = 0;
        for (int i = 0; i <= end; i++) {
            boolean thisYear = series.date(i).getYear() == year;
            if (!Double.isNaN(highest) && closes[i] > highest && thisYear) {
                count++;
            }
            if (Double.isNaN(highest) || closes[i] > highest) {
                highest = closes[i];
            }
        }
        return count;
    }

    private static Boolean breakout(DailySeries series, double[] closes, int end) {
        if (end < BREAKOUT_WINDOW) {
            return Boolean.FALSE;
        }
        double[] highs = series.highs();
        double[] volumes = series.volumes();
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = end - BREAKOUT_WINDOW; i < end; i++) {
            if (Double.isNaN(highs[i])) {
                return null;
            }
            highest = Math.max(highest, highs[i]);
        }
        double volumeSum = 0;
        for (int i = end - VOLUME_WINDOW; i < end; i++) {
            volumeSum += volumes[i];
        }
        if (Double.isNaN(volumeSum) || Double.isNaN(volumes[end])) {
            return null;
        }
        return closes[end] > highest && volumes[end] > VOLUME_MULTIPLE * volumeSum / VOLUME_WINDOW;
    }
}
