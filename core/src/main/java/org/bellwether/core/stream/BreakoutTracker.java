package org.bellwether.core.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.levels.Breakouts;
import org.bellwether.core.levels.Level;
import org.bellwether.core.levels.Levels;
import org.bellwether.core.levels.Swings;

/**
 * Bar-by-bar breakouts: {@link Breakouts#find} one bar at a time, with the same swings, levels and breaks in the same
 * order. On the arrival of bar t the swing candidate t − k − 1 is decided (its right side is complete), as the batch
 * kernel knows at bar t exactly the swings i with i + k &lt; t.
 */
public final class BreakoutTracker {

    private final int k;
    private final double tolerance;
    private final Side resistance = new Side(true);
    private final Side support = new Side(false);
    private double[] highs = new double[256];
    private double[] lows = new double[256];
    private int size;

    /** A tracker with swing half-width {@code k} and level tolerance {@code tolerance} (a fraction of the price). */
    public BreakoutTracker(int k, double tolerance) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, but was " + k);
        }
        this.k = k;
        this.tolerance = tolerance;
    }

    /** Takes the next bar; the breaks at it (breakouts first, then breakdowns), usually none. */
    public List<Breakout> next(double high, double low, double close) {
        if (size == highs.length) {
            highs = Arrays.copyOf(highs, size * 2);
            lows = Arrays.copyOf(lows, size * 2);
        }
        highs[size] = high;
        lows[size] = low;
        int t = size++;
        int candidate = t - k - 1;
        if (candidate >= k) {
            resistance.decide(candidate, highs);
            support.decide(candidate, lows);
        }
        List<Breakout> breaks = new ArrayList<>(0);
        resistance.breaks(t, close, breaks);
        support.breaks(t, close, breaks);
        return breaks;
    }

    /** Bars taken so far (the index the next bar will have). */
    public int size() {
        return size;
    }

    /** The levels of one side as known now, strongest first: resistance when {@code up}, else support. */
    public List<Level> levels(boolean up) {
        List<Level> levels = new ArrayList<>(up ? resistance.levels : support.levels);
        levels.sort(Levels.STRENGTH);
        return levels;
    }

    /**
     * Swings (kept in price order as they come, so a new one costs an insertion, not a sort), levels (in price
     * order) and broken prices of one side.
     */
    private final class Side {
        private final boolean up;
        private int[] byPrice = new int[64];
        private int swingCount;
        private List<Level> levels = List.of();
        private final List<Double> broken = new ArrayList<>();

        Side(boolean up) {
            this.up = up;
        }

        /** Adds bar i if it is a swing, and then clusters the levels again. */
        void decide(int i, double[] prices) {
            if (!Swings.isSwing(prices, i, k, up)) {
                return;
            }
            if (swingCount == byPrice.length) {
                byPrice = Arrays.copyOf(byPrice, swingCount * 2);
            }
            int at = swingCount; // after every swing of a lower or equal price: ties stay in bar order, as a stable sort
            while (at > 0 && prices[byPrice[at - 1]] > prices[i]) {
                at--;
            }
            System.arraycopy(byPrice, at, byPrice, at + 1, swingCount - at);
            byPrice[at] = i;
            swingCount++;
            levels = Levels.clusterByPrice(byPrice, swingCount, prices, tolerance, up);
        }

        /** The breaks at bar t: the levels closed through, taken strongest first as the batch kernel does. */
        void breaks(int t, double close, List<Breakout> into) {
            List<Level> through = null;
            for (Level level : levels) {
                if (level.touches() >= Definitions.BREAKOUT_MIN_TOUCHES && (up ? close > level.price() * (1 + tolerance)
                        : close < level.price() * (1 - tolerance))) {
                    if (through == null) {
                        through = new ArrayList<>(2);
                    }
                    through.add(level);
                }
            }
            if (through != null) {
                through.sort(Levels.STRENGTH);
                Breakouts.breaksAt(t, close, through, broken, tolerance, up, into);
            }
        }
    }
}
