package org.bellwether.core.levels;

import java.util.ArrayList;
import java.util.List;

/**
 * Breakouts (DESIGN: "the first bar whose close exceeds a resistance level by more than the tolerance after at least
 * two earlier touches"; breakdown: the mirror image on support). Walks the bars in order and knows at each bar only
 * the swings confirmed before it (a swing at i is confirmed at i + k), so a break never uses a touch that happened
 * later. Each level breaks once: a level formed again within the tolerance of a broken one is the same level.
 */
public final class Breakouts {

    /** Touches a level needs before a close through it counts. */
    public static final int MIN_TOUCHES = 2;

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
        List<Level> levels = List.of();
        int confirmed = 0;
        for (int t = 0; t < closes.length; t++) {
            int known = confirmed;
            while (known < swings.length && swings[known] + k < t) {
                known++;
            }
            if (known != confirmed) {
                confirmed = known;
                levels = Levels.cluster(swings, confirmed, prices, tolerance, up);
            }
            breaksAt(t, closes[t], levels, broken, tolerance, up, breaks);
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
            if (level.touches() < MIN_TOUCHES || isBroken(broken, level.price(), tolerance)) {
                continue;
            }
            boolean through = up ? close > level.price() * (1 + tolerance) : close < level.price() * (1 - tolerance);
            if (through) {
                into.add(new Breakout(t, level, up));
                broken.add(level.price());
            }
        }
    }

    private static boolean isBroken(List<Double> broken, double price, double tolerance) {
        for (double level : broken) {
            if (Math.abs(price - level) <= level * tolerance) {
                return true;
            }
        }
        return false;
    }
}
