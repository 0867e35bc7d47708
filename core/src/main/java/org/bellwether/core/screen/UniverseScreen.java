package org.bellwether.core.screen;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
        double[] betaAndCorrelation = betaAndCorrelation(series, benchmark, end);
        return new ScreenMetrics(toDate(series, asOf, asOf.withDayOfMonth(1)),
                toDate(series, asOf, asOf.with(TemporalAdjusters.firstDayOfYear())), volatility(series, end),
                betaAndCorrelation[0], betaAndCorrelation[1], recordsThisYear(series, end, highestBeforeYear),
                breakout(series, end));
    }

    /** The return from the last close before {@code periodStart} to the close on or before {@code asOf}. */
    private static double toDate(DailySeries series, LocalDate asOf, LocalDate periodStart) {
        int start = series.indexOnOrBefore(periodStart.minusDays(1));
        return start < 0 ? Double.NaN : series.close(series.indexOnOrBefore(asOf)) / series.close(start) - 1;
    }

    private static double volatility(DailySeries series, int end) {
        if (end < VOLATILITY_WINDOW) {
            return Double.NaN;
        }
        double[] returns = new double[VOLATILITY_WINDOW];
        for (int i = 0; i < VOLATILITY_WINDOW; i++) {
            int t = end - VOLATILITY_WINDOW + 1 + i;
            returns[i] = series.close(t) / series.close(t - 1) - 1;
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
        return RiskStats.betaAndCorrelation(ra, rm);
    }

    private static int recordsThisYear(DailySeries series, int end, double highestBeforeYear) {
        long yearStart = series.date(end).withDayOfYear(1).toEpochDay();
        double highest = highestBeforeYear;
        int count = 0;
        for (int i = 0; i <= end; i++) {
            double close = series.close(i);
            if (!Double.isNaN(highest) && close > highest && series.day(i) >= yearStart) {
                count++;
            }
            if (Double.isNaN(highest) || close > highest) {
                highest = close;
            }
        }
        return count;
    }

    private static Boolean breakout(DailySeries series, int end) {
        if (end < BREAKOUT_WINDOW) {
            return Boolean.FALSE;
        }
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = end - BREAKOUT_WINDOW; i < end; i++) {
            if (Double.isNaN(series.high(i))) {
                return null;
            }
            highest = Math.max(highest, series.high(i));
        }
        double volumeSum = 0;
        for (int i = end - VOLUME_WINDOW; i < end; i++) {
            volumeSum += series.volume(i);
        }
        if (Double.isNaN(volumeSum) || Double.isNaN(series.volume(end))) {
            return null;
        }
        return series.close(end) > highest && series.volume(end) > VOLUME_MULTIPLE * volumeSum / VOLUME_WINDOW;
    }
}
