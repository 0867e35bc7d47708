package org.bellwether.core.levels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bellwether.core.definitions.Definitions;

/**
 * Clusters swing prices into levels: sorted by price, a swing joins the current cluster while it is within the
 * tolerance of the cluster's lowest price ({@code price ≤ lowest × (1 + tolerance)}), so that no cluster spans more
 * than the tolerance; otherwise it starts a new one.
 */
public final class Levels {

    private Levels() {
    }

    /** Whether {@code price} is {@code level} within the level tolerance (DESIGN: 0.5% of the price). */
    public static boolean isNear(double price, double level) {
        return Math.abs(price / level - 1) <= Definitions.LEVEL_TOLERANCE;
    }

    /**
     * The levels formed by the swings at {@code swingIndexes} of {@code prices}, strongest first (then by price).
     *
     * @param resistance whether the swings are highs (resistance) or lows (support)
     */
    public static List<Level> cluster(int[] swingIndexes, double[] prices, double tolerance, boolean resistance) {
        return cluster(swingIndexes, swingIndexes.length, prices, tolerance, resistance);
    }

    /** Strongest first: more touches, then the lower price. */
    public static final Comparator<Level> STRENGTH = Comparator.comparingInt(Level::touches).reversed()
            .thenComparingDouble(Level::price);

    /** As {@link #cluster(int[], double[], double, boolean)} over the first {@code count} swings only. */
    public static List<Level> cluster(int[] swingIndexes, int count, double[] prices, double tolerance,
            boolean resistance) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = swingIndexes[i];
        }
        Arrays.sort(order, Comparator.comparingDouble(index -> prices[index]));
        int[] byPrice = new int[count];
        for (int i = 0; i < count; i++) {
            byPrice[i] = order[i];
        }
        List<Level> levels = clusterByPrice(byPrice, count, prices, tolerance, resistance);
        levels.sort(STRENGTH);
        return levels;
    }

    /**
     * The levels of the first {@code count} swings of {@code byPrice}, which are ordered by price (ties by bar
     * index), in price order: one pass, each swing joining the current cluster while within the tolerance of its
     * lowest price.
     */
    public static List<Level> clusterByPrice(int[] byPrice, int count, double[] prices, double tolerance,
            boolean resistance) {
        LevelBook book = LevelBook.of(byPrice, count, prices, tolerance);
        List<Level> levels = new ArrayList<>(book.count());
        for (int i = 0; i < book.count(); i++) {
            levels.add(book.level(i, resistance));
        }
        return levels;
    }
}
