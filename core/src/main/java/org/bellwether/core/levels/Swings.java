package org.bellwether.core.levels;

import java.util.Arrays;

/**
 * Swing points (DESIGN: "a bar whose high (low) is the extreme of the k bars on each side"). A swing high is at
 * least as high as every bar within k on either side and higher than those before it, so that the first bar of a flat
 * top counts once. The last k bars cannot be swings yet: their right side has not happened.
 */
public final class Swings {

    private Swings() {
    }

    /** Indexes of the swing highs of {@code highs} with {@code k} bars on each side; NaN bars are never swings. */
    public static int[] highs(double[] highs, int k) {
        return extremes(highs, k, 1);
    }

    /** Indexes of the swing lows of {@code lows}. */
    public static int[] lows(double[] lows, int k) {
        return extremes(lows, k, -1);
    }

    private static int[] extremes(double[] values, int k, int sign) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, but was " + k);
        }
        int[] found = new int[values.length];
        int n = 0;
        for (int i = k; i + k < values.length; i++) {
            if (isSwing(values, i, k, sign > 0)) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /**
     * Whether bar {@code i} (with k bars on each side present) is a swing high ({@code high}) or low of {@code values}:
     * beyond every earlier bar within k and at least as far as every later one; NaN neighbours do not count.
     */
    public static boolean isSwing(double[] values, int i, int k, boolean high) {
        double value = values[i];
        if (Double.isNaN(value)) {
            return false;
        }
        for (int d = 1; d <= k; d++) { // nearest first: most candidates fail there
            double before = values[i - d];
            double after = values[i + d];
            boolean beyondBefore = high ? value > before : value < before;
            boolean asFarAsAfter = high ? value >= after : value <= after;
            if (!beyondBefore && !Double.isNaN(before) || !asFarAsAfter && !Double.isNaN(after)) {
                return false;
            }
        }
        return true;
    }
}
