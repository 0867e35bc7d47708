package org.bellwether.core.levels;

import java.util.Arrays;

/**
 * The levels of one side as swings arrive, in price order, as primitive columns (DESIGN "Support/resistance level";
 * the clustering of {@link Levels}): each swing joins the current cluster while within the tolerance of its lowest
 * price. A new swing re-clusters only from the level it falls into until the clusters meet the old ones again (the
 * greedy pass from an unchanged start gives unchanged levels), so a swing costs a few levels, not all swings. Each
 * level also knows whether it is near a broken price (a break of it was taken before).
 */
public final class LevelBook {

    private final double tolerance;
    // the swings in price order (ties in bar order, as a stable sort leaves them)
    private double[] swingPrices = new double[64];
    private int[] swingBars = new int[64];
    private int swings;
    // the levels in price order
    private double[] prices = new double[16];
    private int[] touches = new int[16];
    private int[] firstTouches = new int[16];
    private int[] lastTouches = new int[16];
    private int[] starts = new int[16]; // each level's first swing position
    private boolean[] nearBroken = new boolean[16];
    private int count;
    private double[] broken = new double[8];
    private int brokenCount;
    // the levels a re-clustering makes, before they replace the changed ones
    private double[] newPrices = new double[4];
    private final int[][] newInts = new int[4][4]; // touches, first, last, start

    /** A book clustering within {@code tolerance} (a fraction of the price). */
    public LevelBook(double tolerance) {
        this.tolerance = tolerance;
    }

    /** The levels of {@code count} swings given in price order (ties by bar index): the batch form. */
    public static LevelBook of(int[] byPrice, int count, double[] values, double tolerance) {
        LevelBook book = new LevelBook(tolerance);
        book.swingPrices = new double[Math.max(count, 1)];
        book.swingBars = Arrays.copyOf(byPrice, Math.max(count, 1));
        for (int i = 0; i < count; i++) {
            book.swingPrices[i] = values[byPrice[i]];
        }
        book.swings = count;
        book.recluster(0, 0, Integer.MAX_VALUE);
        return book;
    }

    /** Adds the swing of bar {@code bar} at {@code price}, after every swing of a lower or equal price. */
    public void addSwing(int bar, double price) {
        if (swings == swingPrices.length) {
            swingPrices = Arrays.copyOf(swingPrices, swings * 2);
            swingBars = Arrays.copyOf(swingBars, swings * 2);
        }
        int at = after(swingPrices, swings, price);
        System.arraycopy(swingPrices, at, swingPrices, at + 1, swings - at);
        System.arraycopy(swingBars, at, swingBars, at + 1, swings - at);
        swingPrices[at] = price;
        swingBars[at] = bar;
        swings++;
        // the first level that can change: the last starting before the new swing (it may join it or end at it)
        int level = Math.max(before(starts, count, at) - 1, 0);
        for (int m = level + 1; m < count; m++) { // later levels' swings moved up one place
            starts[m]++;
        }
        recluster(level, count == 0 ? 0 : starts[level], level + 1);
    }

    /** The first index of the ascending {@code values[0, n)} holding more than {@code value} (n if none). */
    private static int after(double[] values, int n, double value) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] > value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The first index of the ascending {@code values[0, n)} holding {@code value} or more (n if none). */
    private static int before(int[] values, int n, int value) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] >= value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Clusters again from level {@code level}, which starts at swing {@code from}, until a cluster starts where an
     * old level at or after {@code keepFrom} starts (it and those after stay as they are) or the swings end.
     */
    private void recluster(int level, int from, int keepFrom) {
        int keep = Math.min(keepFrom, count);
        int made = 0;
        int start = from;
        while (start < swings) {
            while (keep < count && starts[keep] < start) {
                keep++;
            }
            if (keep < count && starts[keep] == start) {
                break; // the greedy pass meets an old level: it and the rest are unchanged
            }
            double lowest = swingPrices[start];
            int end = start;
            double sum = 0;
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            while (end < swings && swingPrices[end] <= lowest * (1 + tolerance)) {
                sum += swingPrices[end];
                first = Math.min(first, swingBars[end]);
                last = Math.max(last, swingBars[end]);
                end++;
            }
            if (made == newPrices.length) {
                newPrices = Arrays.copyOf(newPrices, made * 2);
                for (int c = 0; c < newInts.length; c++) {
                    newInts[c] = Arrays.copyOf(newInts[c], made * 2);
                }
            }
            newPrices[made] = sum / (end - start);
            newInts[0][made] = end - start;
            newInts[1][made] = first;
            newInts[2][made] = last;
            newInts[3][made++] = start;
            start = end;
        }
        if (start >= swings) {
            keep = count; // no old level met: every one from the first changed is replaced
        }
        splice(level, keep, made);
    }

    /** Replaces levels [from, to) with the {@code made} new ones. */
    private void splice(int from, int to, int made) {
        int tail = count - to;
        int newCount = from + made + tail;
        if (newCount > prices.length) {
            int capacity = Math.max(newCount, prices.length * 2);
            prices = Arrays.copyOf(prices, capacity);
            touches = Arrays.copyOf(touches, capacity);
            firstTouches = Arrays.copyOf(firstTouches, capacity);
            lastTouches = Arrays.copyOf(lastTouches, capacity);
            starts = Arrays.copyOf(starts, capacity);
            nearBroken = Arrays.copyOf(nearBroken, capacity);
        }
        int newTail = from + made;
        if (newTail != to) { // as many levels made as replaced (the usual case): the later ones stay where they are
            System.arraycopy(prices, to, prices, newTail, tail);
            System.arraycopy(touches, to, touches, newTail, tail);
            System.arraycopy(firstTouches, to, firstTouches, newTail, tail);
            System.arraycopy(lastTouches, to, lastTouches, newTail, tail);
            System.arraycopy(starts, to, starts, newTail, tail);
            System.arraycopy(nearBroken, to, nearBroken, newTail, tail);
        }
        System.arraycopy(newPrices, 0, prices, from, made);
        System.arraycopy(newInts[0], 0, touches, from, made);
        System.arraycopy(newInts[1], 0, firstTouches, from, made);
        System.arraycopy(newInts[2], 0, lastTouches, from, made);
        System.arraycopy(newInts[3], 0, starts, from, made);
        for (int j = from; j < newTail; j++) {
            nearBroken[j] = nearABrokenPrice(prices[j]);
        }
        count = newCount;
    }

    /** Records a broken price: every level within the tolerance of it is near a broken price from now on. */
    public void broke(double price) {
        if (brokenCount == broken.length) {
            broken = Arrays.copyOf(broken, brokenCount * 2);
        }
        int at = after(broken, brokenCount, price); // kept in order, so a level finds its near ones by search
        System.arraycopy(broken, at, broken, at + 1, brokenCount - at);
        broken[at] = price;
        brokenCount++;
        for (int j = 0; j < count; j++) {
            nearBroken[j] |= isNear(prices[j], price);
        }
    }

    /**
     * Whether a broken price is near {@code price}: those between price / (1 + tolerance) and price / (1 − tolerance),
     * found by search in a range widened by 1e-9 against rounding, each then checked exactly.
     */
    private boolean nearABrokenPrice(double price) {
        boolean bounded = price > 0 && tolerance < 1;
        int b = bounded ? after(broken, brokenCount, price / (1 + tolerance) * (1 - 1e-9)) : 0;
        double highest = bounded ? price / (1 - tolerance) * (1 + 1e-9) : Double.POSITIVE_INFINITY;
        for (; b < brokenCount && broken[b] <= highest; b++) {
            if (isNear(price, broken[b])) {
                return true;
            }
        }
        return false;
    }

    /** As {@link Breakouts#isBroken}: within the tolerance of the broken price. */
    private boolean isNear(double price, double brokenPrice) {
        return Math.abs(price - brokenPrice) <= brokenPrice * tolerance;
    }

    /** How many levels there are. */
    public int count() {
        return count;
    }

    /** The price of level {@code i} (the mean of its swing prices). */
    public double price(int i) {
        return prices[i];
    }

    /** How many swings form level {@code i}. */
    public int touches(int i) {
        return touches[i];
    }

    /** Whether level {@code i} is within the tolerance of a broken price. */
    public boolean nearBroken(int i) {
        return nearBroken[i];
    }

    /** Level {@code i} as a value. */
    public Level level(int i, boolean resistance) {
        return new Level(prices[i], touches[i], firstTouches[i], lastTouches[i], resistance);
    }
}
