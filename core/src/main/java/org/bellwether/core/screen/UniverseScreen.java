package org.bellwether.core.screen;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.stream.RecordTracker;

/**
 * Computes {@link ScreenMetrics} for one symbol at an as-of date. A window holding a hole of either series is
 * undefined (DESIGN: "Continuity"), and so is a return to date whose base date lies in one.
 */
public final class UniverseScreen {

    private UniverseScreen() {
    }

    /**
     * The figures for {@code series} at the last session on or before {@code asOf}.
     *
     * @param benchmark the series beta and correlation are measured against
     * @param highestBeforeYear the highest close before the as-of year's first session (NaN when there is none),
     *     so that {@code series} need only hold this year's sessions and the windows
     * @param sessions the calendar's sessions, which say whether the series is stale on {@code asOf}
     * @return null when {@code series} has no session on or before {@code asOf}
     */
    public static ScreenMetrics compute(DailySeries series, DailySeries benchmark, LocalDate asOf,
            double highestBeforeYear, SessionIndex sessions) {
        int end = series.indexOnOrBefore(asOf);
        if (end < 0) {
            return null;
        }
        Optional<LocalDate> stale = Freshness.staleSince(series, asOf, sessions);
        if (stale.isPresent()) {
            return ScreenMetrics.stale(stale.get());
        }
        double[] betaAndCorrelation = betaAndCorrelation(series, benchmark, end);
        return new ScreenMetrics(toDate(series, asOf, ToDate.MONTH), toDate(series, asOf, ToDate.YEAR),
                volatility(series, end),
                betaAndCorrelation[0], betaAndCorrelation[1], recordsThisYear(series, end, highestBeforeYear),
                breakout(series, end), null);
    }

    /** The return over {@code period} as of {@code asOf}: from the previous period's last close. */
    private static double toDate(DailySeries series, LocalDate asOf, ToDate period) {
        LocalDate base = period.base(asOf);
        int start = series.indexOnOrBefore(base);
        return start < 0 || series.holeAt(base).isPresent() ? Double.NaN : series.close(series.indexOnOrBefore(asOf)) / series.close(start) - 1;
    }

    private static double volatility(DailySeries series, int end) {
        if (end < Definitions.SCREEN_VOLATILITY_RETURNS
                || holeWithin(series, end - Definitions.SCREEN_VOLATILITY_RETURNS, end)) {
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
        int at = end;
        for (; at >= 0 && j >= 0 && found <= Definitions.SCREEN_BETA_RETURNS; at--) {
            while (j >= 0 && benchmark.day(j) > series.day(at)) {
                j--;
            }
            if (j >= 0 && benchmark.day(j) == series.day(at)) {
                a[Definitions.SCREEN_BETA_RETURNS - found] = series.close(at);
                m[Definitions.SCREEN_BETA_RETURNS - found] = benchmark.close(j);
                found++;
            }
        }
        if (found <= Definitions.SCREEN_BETA_RETURNS || holeWithin(series, at + 1, end)
                || holeWithin(benchmark, j, benchmark.indexOnOrBefore(series.date(end)))) {
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
        if (end < Definitions.BREAKOUT_HIGH_SESSIONS || holeWithin(series, end - Definitions.BREAKOUT_HIGH_SESSIONS, end)) {
            return null; // too short a history to know, or one with a hole
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

    /** Whether a hole lies between bars {@code first} and {@code last} of {@code series}. */
    private static boolean holeWithin(DailySeries series, int first, int last) {
        return last > first && series.holesBefore(last) > series.holesBefore(Math.max(0, first));
    }
}
