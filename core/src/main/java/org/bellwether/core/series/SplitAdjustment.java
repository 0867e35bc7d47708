package org.bellwether.core.series;

import java.util.Arrays;

/**
 * Makes a series of unadjusted prices split-safe: before a split of ratio r (new shares per old) its prices are
 * divided by r and its volumes multiplied by r, so that the split's session is no move of -1 + 1/r and no record is
 * held by the old, higher price. A split is applied only where the stored closes show it (the move across its
 * ex-date is smaller once adjusted, in log terms); a source that adjusted its history already (Yahoo's Close, Stooq)
 * is left as it is.
 */
public final class SplitAdjustment {

    private SplitAdjustment() {
    }

    /**
     * {@code series} with the splits on {@code exDays} (epoch days, ascending) of {@code ratios} applied where its
     * closes are unadjusted; the same series when none is.
     */
    public static DailySeries apply(DailySeries series, int[] exDays, double[] ratios) {
        int size = series.size();
        double[] factor = null; // per bar: what its prices are divided by
        for (int s = 0; s < exDays.length; s++) {
            int at = firstOnOrAfter(series, exDays[s]);
            if (at <= 0 || at >= size || !(ratios[s] > 0) || ratios[s] == 1) {
                continue;
            }
            double raw = Math.abs(Math.log(series.close(at) / series.close(at - 1)));
            double adjusted = Math.abs(Math.log(series.close(at) * ratios[s] / series.close(at - 1)));
            if (adjusted >= raw) {
                continue; // the closes move less as stored: they are adjusted already
            }
            if (factor == null) {
                factor = new double[size];
                Arrays.fill(factor, 1);
            }
            for (int i = 0; i < at; i++) {
                factor[i] *= ratios[s];
            }
        }
        if (factor == null) {
            return series;
        }
        double[] closes = series.closes();
        double[] highs = series.highs();
        double[] lows = series.lows();
        double[] volumes = series.volumes();
        for (int i = 0; i < size; i++) {
            closes[i] /= factor[i];
            highs[i] /= factor[i];
            lows[i] /= factor[i];
            volumes[i] *= factor[i];
        }
        return DailySeries.adopt(series.symbol(), series.days(), closes, highs, lows, volumes);
    }

    private static int firstOnOrAfter(DailySeries series, int day) {
        int low = 0;
        int high = series.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (series.day(mid) < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
