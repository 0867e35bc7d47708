package org.bellwether.core.series;

import java.util.Arrays;

/**
 * Two series inner-joined on session date: the sessions both have, in order, with each one's close. Returns taken on
 * these closes span the same interval for both (DESIGN: "two series are first inner-joined on session date"), except
 * where either series has a hole between two common sessions: no return spans it.
 * The arrays are the join's own, handed over without copies for the kernels; callers must not modify them.
 *
 * @param days the common sessions as epoch days
 * @param a the first series' closes on those sessions
 * @param b the second series' closes on those sessions
 * @param breaks ascending indexes of the common sessions that follow a hole of either series
 */
public record Aligned(int[] days, double[] a, double[] b, int[] breaks) {

    /** The inner join of {@code first} and {@code second}, in O(n + m). */
    public static Aligned join(DailySeries first, DailySeries second) {
        int capacity = Math.min(first.size(), second.size());
        int[] days = new int[capacity];
        double[] a = new double[capacity];
        double[] b = new double[capacity];
        int[] breaks = new int[Math.min(capacity, first.holes().size() + second.holes().size())];
        int found = 0;
        int i = 0;
        int j = 0;
        int n = 0;
        int holesA = 0; // holes of each series before the last common session
        int holesB = 0;
        while (i < first.size() && j < second.size()) {
            int di = first.day(i);
            int dj = second.day(j);
            if (di == dj) {
                int nowA = first.holesBefore(i);
                int nowB = second.holesBefore(j);
                if (n > 0 && (nowA > holesA || nowB > holesB)) {
                    breaks[found++] = n;
                }
                holesA = nowA;
                holesB = nowB;
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
        return new Aligned(Arrays.copyOf(days, n), Arrays.copyOf(a, n), Arrays.copyOf(b, n),
                Arrays.copyOf(breaks, found));
    }

    /** Number of common sessions. */
    public int size() {
        return days.length;
    }

    /** The first series' returns on the common sessions, NaN across a hole. */
    public double[] returnsA() {
        return DailySeries.returnsWithin(a, breaks);
    }

    /** The second series' returns on the common sessions, NaN across a hole. */
    public double[] returnsB() {
        return DailySeries.returnsWithin(b, breaks);
    }

    /**
     * Both series' returns that span no hole, pair by pair ({@code [a, b]}): for period statistics, which may use
     * fewer returns than the period has sessions, and say how many they used.
     */
    public double[][] returnsSpanningNoHole() {
        double[] ra = returnsA();
        double[] rb = returnsB();
        double[][] kept = {new double[ra.length - breaks.length], new double[ra.length - breaks.length]};
        int n = 0;
        for (int k = 0; k < ra.length; k++) {
            if (!Double.isNaN(ra[k])) {
                kept[0][n] = ra[k];
                kept[1][n++] = rb[k];
            }
        }
        return kept;
    }
}
