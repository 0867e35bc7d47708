package org.bellwether.core.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily bars of one instrument: strictly ascending session dates (as epoch days), finite positive closes, and
 * highs and volumes where the source has them (NaN where it does not: close-only histories are valid), in parallel
 * arrays. Immutable; the arrays are copied in and never exposed. A series read from a store knows its holes (see
 * {@link Continuity}): no session return spans one.
 */
public final class DailySeries {

    private final String symbol;
    private final int[] days;
    private final double[] closes;
    private final double[] highs;
    private final double[] lows;
    private final double[] volumes;
    private final int[] breaks; // ascending indexes of the bars that follow a hole
    private final List<Hole> holes; // parallel to breaks

    private DailySeries(String symbol, int[] days, double[] closes, double[] highs, double[] lows, double[] volumes,
            int[] breaks, List<Hole> holes) {
        this.symbol = symbol;
        this.days = days;
        this.closes = closes;
        this.highs = highs;
        this.lows = lows;
        this.volumes = volumes;
        this.breaks = breaks;
        this.holes = holes;
    }

    /**
     * A series of {@code closes} on {@code days}.
     *
     * @throws IllegalArgumentException when the lengths differ, the days are not strictly ascending, or a close is
     *     not a finite positive number; the message names the offending position and values
     */
    public static DailySeries of(String symbol, int[] days, double[] closes) {
        double[] unknown = new double[closes.length];
        Arrays.fill(unknown, Double.NaN);
        return of(symbol, days, closes, unknown, unknown, unknown);
    }

    /**
     * A series with highs, lows and volumes (NaN where unknown).
     *
     * @throws IllegalArgumentException as {@link #of(String, int[], double[])}, or when the arrays differ in length
     */
    public static DailySeries of(String symbol, int[] days, double[] closes, double[] highs, double[] lows,
            double[] volumes) {
        return adopt(symbol, days.clone(), closes.clone(), highs.clone(), lows.clone(), volumes.clone());
    }

    /**
     * As {@link #of(String, int[], double[], double[], double[], double[])}, but the series keeps the arrays
     * instead of copies: for readers that fill new arrays and hand them over, which must not touch them afterwards.
     */
    public static DailySeries adopt(String symbol, int[] days, double[] closes, double[] highs, double[] lows,
            double[] volumes) {
        Objects.requireNonNull(symbol, "symbol");
        if (days.length != closes.length || highs.length != closes.length || lows.length != closes.length
                || volumes.length != closes.length) {
            throw new IllegalArgumentException("days, closes, highs, lows and volumes must have the same length, but had "
                    + days.length + ", " + closes.length + ", " + highs.length + ", " + lows.length + " and "
                    + volumes.length);
        }
        for (int i = 0; i < days.length; i++) {
            if (i > 0 && days[i] <= days[i - 1]) {
                throw new IllegalArgumentException("days must be strictly ascending, but " + LocalDate.ofEpochDay(days[i])
                        + " follows " + LocalDate.ofEpochDay(days[i - 1]) + " (index " + i + ")");
            }
            if (!(closes[i] > 0) || Double.isInfinite(closes[i])) {
                throw new IllegalArgumentException("closes must be finite and positive, but close " + i + " ("
                        + LocalDate.ofEpochDay(days[i]) + ") was " + closes[i]);
            }
        }
        return new DailySeries(symbol, days, closes, highs, lows, volumes, new int[0], List.of());
    }

    /** This series with {@code holes}, each before the bar at the same position of {@code breaks} (ascending). */
    DailySeries withHoles(int[] breaks, List<Hole> holes) {
        return new DailySeries(symbol, days, closes, highs, lows, volumes, breaks, List.copyOf(holes));
    }

    /** The holes between the first and last bar, oldest first. */
    public List<Hole> holes() {
        return holes;
    }

    /** The holes overlapping {@code [from, to]}. */
    public List<Hole> holesBetween(LocalDate from, LocalDate to) {
        return holes.stream().filter(hole -> hole.overlaps(from, to)).toList();
    }

    /** The hole {@code date} lies in, if any: the series has no close for it although it went on trading. */
    public Optional<Hole> holeAt(LocalDate date) {
        return holes.stream().filter(hole -> hole.contains(date)).findFirst();
    }

    /** Whether a hole lies between bar {@code index} and the bar before it: no session return spans them. */
    public boolean followsHole(int index) {
        return Arrays.binarySearch(breaks, index) >= 0;
    }

    /** The first bar of the stretch without a hole that holds bar {@code index}: windows reach back no further. */
    public int continuousFrom(int index) {
        int holes = holesBefore(index);
        return holes == 0 ? 0 : breaks[holes - 1];
    }

    /** The number of holes before bar {@code index} (so that walks over bars can step through the holes). */
    public int holesBefore(int index) {
        int found = Arrays.binarySearch(breaks, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /**
     * Session returns {@code c[i+1] / c[i] − 1}, NaN where a hole lies between the two closes (DESIGN: across a hole
     * there is no session move): n closes give n − 1 returns.
     */
    public double[] returns() {
        return returnsWithin(closes, breaks);
    }

    /** Simple returns of {@code closes}, NaN for each return ending on a bar of {@code breaks} (one after a hole). */
    static double[] returnsWithin(double[] closes, int[] breaks) {
        double[] returns = new double[Math.max(0, closes.length - 1)];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = closes[i + 1] / closes[i] - 1;
        }
        for (int after : breaks) {
            returns[after - 1] = Double.NaN;
        }
        return returns;
    }

    /** The instrument. */
    public String symbol() {
        return symbol;
    }

    /** Number of sessions. */
    public int size() {
        return days.length;
    }

    /** Whether there are no sessions. */
    public boolean isEmpty() {
        return days.length == 0;
    }

    /** Session {@code index}'s date as an epoch day. */
    public int day(int index) {
        return days[index];
    }

    /** Session {@code index}'s date. */
    public LocalDate date(int index) {
        return LocalDate.ofEpochDay(days[index]);
    }

    /** Session {@code index}'s close. */
    public double close(int index) {
        return closes[index];
    }

    /** Session {@code index}'s high (NaN when unknown). */
    public double high(int index) {
        return highs[index];
    }

    /** Session {@code index}'s low (NaN when unknown). */
    public double low(int index) {
        return lows[index];
    }

    /** Session {@code index}'s volume (NaN when unknown). */
    public double volume(int index) {
        return volumes[index];
    }

    /** A copy of the closes. */
    public double[] closes() {
        return closes.clone();
    }

    /** A copy of the highs (NaN where unknown). */
    public double[] highs() {
        return highs.clone();
    }

    /** A copy of the lows (NaN where unknown). */
    public double[] lows() {
        return lows.clone();
    }

    /** A copy of the volumes (NaN where unknown). */
    public double[] volumes() {
        return volumes.clone();
    }

    /** A copy of the dates as epoch days. */
    public int[] days() {
        return days.clone();
    }

    /** The first session's date; the series must not be empty. */
    public LocalDate firstDate() {
        return date(0);
    }

    /** The last session on or before {@code date}, or -1 when the series starts after it. */
    public int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(days, (int) date.toEpochDay());
        return found >= 0 ? found : -found - 2;
    }

    /** The sessions from {@code from} to {@code to} inclusive, as {@code [start, end)} indexes. */
    public int[] range(LocalDate from, LocalDate to) {
        int start = indexOnOrBefore(from.minusDays(1)) + 1;
        int end = indexOnOrBefore(to) + 1;
        return new int[] {start, Math.max(start, end)};
    }

    /** The sub-series of sessions {@code [start, end)}, with the holes between them. */
    public DailySeries slice(int start, int end) {
        int first = holesBefore(start); // a hole before the first bar kept lies outside the slice
        int last = holesBefore(end - 1);
        int[] kept = new int[Math.max(0, last - first)];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = breaks[first + k] - start;
        }
        return new DailySeries(symbol, Arrays.copyOfRange(days, start, end), Arrays.copyOfRange(closes, start, end),
                Arrays.copyOfRange(highs, start, end), Arrays.copyOfRange(lows, start, end),
                Arrays.copyOfRange(volumes, start, end), kept,
                kept.length == 0 ? List.of() : List.copyOf(holes.subList(first, first + kept.length)));
    }
}
