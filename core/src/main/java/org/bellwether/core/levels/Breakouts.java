package org.bellwether.core.levels;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.definitions.Definitions;

/**
 * Breakouts (DESIGN: "the first bar whose close exceeds a resistance level by more than the tolerance after at least
 * two earlier touches"; breakdown: the mirror image on support). Walks the bars in order and knows at each bar only
 * the swings confirmed before it (a swing at i is confirmed at i + k), so a break never uses a touch that happened
 * later. Each level breaks once: a level formed again within the tolerance of a broken one is the same level.
 */
public final class Breakouts {

    private Breakouts() {
    }

    /** Breakouts above resistance and breakdowns below support, in bar order. */
    public static List<Breakout> find(double[] highs, double[] lows, double[] closes, int k, double tolerance) {
        List<Breakout> found = new ArrayList<>();
        found.addAll(oneSide(Swings.highs(highs, k), highs, closes, k, tolerance, true));
        found.addAll(oneSide(Swings.lows(lows, k), lows, closes, k, tolerance, false));
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found;
    }

    private static List<Breakout> oneSide(int[] swings, double[] prices, double[] closes, int k, double tolerance,
            boolean up) {
        List<Breakout> breaks = new ArrayList<>();
        List<Double> broken = new ArrayList<>();
        // the known swings kept in price order as they become known (an insertion each, ties in bar order as a stable
        // sort leaves them), their levels in price order: a new swing costs one pass, not a sort of every swing
        int[] byPrice = new int[swings.length];
        List<Level> levels = List.of();
        int confirmed = 0;
        for (int t = 0; t < closes.length; t++) {
            int known = confirmed;
            while (known < swings.length && swings[known] + k < t) {
                int swing = swings[known];
                int at = known;
                while (at > 0 && Double.compare(prices[byPrice[at - 1]], prices[swing]) > 0) {
                    at--;
                }
                System.arraycopy(byPrice, at, byPrice, at + 1, known - at);
                byPrice[at] = swing;
                known++;
            }
            if (known != confirmed) {
                confirmed = known;
                levels = Levels.clusterByPrice(byPrice, confirmed, prices, tolerance, up);
            }
            List<Level> through = null;
            for (Level level : levels) {
                if (up ? closes[t] > level.price() * (1 + tolerance) : closes[t] < level.price() * (1 - tolerance)) {
                    if (through == null) {
                        through = new ArrayList<>(2);
                    }
                    through.add(level);
                }
            }
            if (through != null) { // the levels closed through, strongest first
                through.sort(Levels.STRENGTH);
                breaksAt(t, closes[t], through, broken, tolerance, up, breaks);
            }
        }
        return breaks;
    }

    /**
     * The breaks of bar {@code t} closing at {@code close} through {@code levels} (of one side) not yet in
     * {@code broken}, added to {@code into} in level order; each broken level's price joins {@code broken}.
     */
    public static void breaksAt(int t, double close, List<Level> levels, List<Double> broken, double tolerance,
            boolean up, List<Breakout> into) {
        for (Level level : levels) {
            if (level.touches() < Definitions.BREAKOUT_MIN_TOUCHES || isBroken(broken, level.price(), tolerance)) {
                continue;
            }
            boolean through = up ? close > level.price() * (1 + tolerance) : close < level.price() * (1 - tolerance);
            if (through) {
                into.add(new Breakout(t, level, up));
                broken.add(level.price());
            }
        }
    }

    /** Whether {@code price} is within the tolerance of a price in {@code broken}: a level that broke before. */
    static boolean isBroken(List<Double> broken, double price, double tolerance) {
        for (double level : broken) {
            if (Math.abs(price - level) <= level * tolerance) {
                return true;
            }
        }
        return false;
    }
}
