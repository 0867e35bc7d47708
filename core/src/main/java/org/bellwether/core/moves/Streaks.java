package org.bellwether.core.moves;

/**
 * Streaks (DESIGN: "Streak"): the consecutive sessions up to each one whose change has the same sign, O(n) with a
 * running count.
 */
public final class Streaks {

    private Streaks() {
    }

    /**
     * For each close, the signed length of the run of same-sign changes ending there: +5 after five gains in a row,
     * −3 after three losses, 0 on the first close, after an unchanged close, and at a NaN close or the one after it
     * (no change is known there, so the run starts over).
     */
    public static int[] runs(double[] closes) {
        int[] runs = new int[closes.length];
        for (int i = 1; i < closes.length; i++) {
            double change = closes[i] - closes[i - 1];
            if (Double.isNaN(change) || change == 0) {
                continue;
            }
            int previous = runs[i - 1];
            runs[i] = change > 0 ? (previous > 0 ? previous + 1 : 1) : (previous < 0 ? previous - 1 : -1);
        }
        return runs;
    }
}
