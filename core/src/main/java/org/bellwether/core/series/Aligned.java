package org.bellwether.core.series;

import java.util.Arrays;

/**
 * Two series inner-joined on session date: the sessions both have, in order, with each one's close. Returns taken on
 * these closes span the same interval for both (DESIGN: "two series are first inner-joined on session date").
 * The arrays are the join's own, handed over without copies for the kernels; callers must not modify them.
 *
 * @param days the common sessions as epoch days
 * @param a the first series' closes on those sessions
 * @param b the second series' closes on those sessions
 */
public record Aligned(int[] days, double[] a, double[] b) {

    /** The inner join of {@code first} and {@code second}, in O(n + m). */
    public static Aligned join(DailySeries first, DailySeries second) {
        int capacity = Math.min(first.size(), second.size());
        int[] days = new int[capacity];
        double[] a = new double[capacity];
        double[] b = new double[capacity];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < first.size() && j < second.size()) {
            int di = first.day(i);
            int dj = second.day(j);
            if (di == dj) {
                days[n] = di;
                a[n] = first.close(i);
                b[n] = second.close(j);
                n++;
                i++;
                j++;
            } else if (di < dj) {
                i++;
            } else {
                j++;
            }
        }
        return new Aligned(Arrays.copyOf(days, n), Arrays.copyOf(a, n),
                Arrays.copyOf(b, n));
    }

    /** Number of common sessions. */
    public int size() {
        return days.length;
    }
}
