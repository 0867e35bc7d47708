package org.bellwether.core.stream;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.levels.Breakouts;
import org.bellwether.core.levels.Level;
import org.bellwether.core.levels.LevelBook;
import org.bellwether.core.levels.Levels;
import org.bellwether.core.levels.Swings;

/**
 * Bar-by-bar breakouts: {@link Breakouts#find} one bar at a time, with the same swings, levels and breaks in the same
 * order. On the arrival of bar t the swing candidate t − k − 1 is decided (its right side is complete), as the batch
 * kernel knows at bar t exactly the swings i with i + k &lt; t.
 *
 * <p>Memory is bounded by the swings, not the bars: only the last 2k + 2 highs and lows are kept (a swing is decided
 * on those), and the swings' prices live in the level books. A bar allocates nothing unless it breaks a level.
 */
public final class BreakoutTracker {

    private final int k;
    private final double tolerance;
    private final Side resistance;
    private final Side support;
    // the last 2k + 2 bars, each written twice (at slot and slot + 2k + 2), so that the 2k + 1 bars around any
    // candidate lie side by side for Swings.isSwing without a copy
    private final double[] highs;
    private final double[] lows;
    private final int ring;
    private int size;
    private int slot; // where the next bar goes in the rings

    /** A tracker with swing half-width {@code k} and level tolerance {@code tolerance} (a fraction of the price). */
    public BreakoutTracker(int k, double tolerance) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, but was " + k);
        }
        this.k = k;
        this.tolerance = tolerance;
        this.resistance = new Side(true);
        this.support = new Side(false);
        this.ring = 2 * k + 2;
        this.highs = new double[2 * ring];
        this.lows = new double[2 * ring];
    }

    /** Takes the next bar; the breaks at it (breakouts first, then breakdowns), usually none (an empty list). */
    public List<Breakout> next(double high, double low, double close) {
        int t = size++;
        highs[slot] = high;
        highs[slot + ring] = high;
        lows[slot] = low;
        lows[slot + ring] = low;
        slot = slot + 1 == ring ? 0 : slot + 1;
        int candidate = t - k - 1;
        if (candidate >= k) {
            int at = slot + k; // the candidate's place: the ring now starts at bar candidate − k (the slot to write next)
            resistance.decide(candidate, highs, at);
            support.decide(candidate, lows, at);
        }
        List<Breakout> breaks = resistance.breaks(t, close, null);
        breaks = support.breaks(t, close, breaks);
        return breaks == null ? List.of() : breaks;
    }

    /** Bars taken so far (the index the next bar will have). */
    public int size() {
        return size;
    }

    /** The levels of one side as known now, strongest first: resistance when {@code up}, else support. */
    public List<Level> levels(boolean up) {
        LevelBook book = (up ? resistance : support).book;
        List<Level> levels = new ArrayList<>(book.count());
        for (int i = 0; i < book.count(); i++) {
            levels.add(book.level(i, up));
        }
        levels.sort(Levels.STRENGTH);
        return levels;
    }

    /**
     * One side's levels and broken prices, and the close beyond which some unbroken level of two or more touches
     * breaks (above the lowest such resistance's threshold, below the highest such support's): a bar that stays
     * within it breaks nothing, which is one comparison.
     */
    private final class Side {
        private final boolean up;
        private final LevelBook book = new LevelBook(tolerance);
        private final List<Double> broken = new ArrayList<>();
        private double trigger;

        Side(boolean up) {
            this.up = up;
            this.trigger = up ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }

        /** Adds bar i, at {@code at} in the doubled ring {@code prices}, to the levels if it is a swing. */
        void decide(int i, double[] prices, int at) {
            if (Swings.isSwing(prices, at, k, up)) {
                book.addSwing(i, prices[at]);
                retrigger();
            }
        }

        private void retrigger() {
            trigger = up ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int j = 0; j < book.count(); j++) {
                if (!book.nearBroken(j) && book.touches(j) >= Definitions.BREAKOUT_MIN_TOUCHES) {
                    trigger = up ? Math.min(trigger, threshold(j)) : Math.max(trigger, threshold(j));
                }
            }
        }

        /** The close a bar must pass to break level j: beyond its price by the tolerance. */
        private double threshold(int j) {
            return book.price(j) * (up ? 1 + tolerance : 1 - tolerance);
        }

        /**
         * The breaks at bar t added to {@code into} (created when there is one): the unbroken levels closed through,
         * taken strongest first as the batch kernel does.
         */
        List<Breakout> breaks(int t, double close, List<Breakout> into) {
            if (!(up ? close > trigger : close < trigger)) {
                return into;
            }
            List<Level> through = new ArrayList<>(2);
            for (int j = 0; j < book.count(); j++) {
                if (!book.nearBroken(j) && book.touches(j) >= Definitions.BREAKOUT_MIN_TOUCHES
                        && (up ? close > threshold(j) : close < threshold(j))) {
                    through.add(book.level(j, up));
                }
            }
            through.sort(Levels.STRENGTH);
            List<Breakout> found = into == null ? new ArrayList<>(2) : into;
            int before = broken.size();
            Breakouts.breaksAt(t, close, through, broken, tolerance, up, found);
            for (int b = before; b < broken.size(); b++) {
                book.broke(broken.get(b));
            }
            retrigger();
            return found;
        }
    }
}
