package org.bellwether.core.stream;

/**
 * Bar-by-bar "above the highest of the previous {@code window} values" (the 52-week high with 252 sessions):
 * {@link org.bellwether.core.records.RecordHighs#aboveWindowMax} one value at a time, with a bounded monotonic deque.
 */
public final class WindowHighTracker {

    private final int window;
    private final double[] values; // ring of the deque's values
    private final long[] positions; // ring of the deque's positions
    private int head;
    private int count;
    private long taken;

    /** A tracker over the previous {@code window} values, at least 1. */
    public WindowHighTracker(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, but was " + window);
        }
        this.window = window;
        this.values = new double[window + 1];
        this.positions = new long[window + 1];
    }

    /** Takes the next value; whether it is above the maximum of the previous {@code window} (false in warm-up). */
    public boolean next(double value) {
        long t = taken++;
        while (count > 0 && positions[head] < t - window) {
            head = (head + 1) % values.length;
            count--;
        }
        boolean above = t >= window && count > 0 && value > values[head];
        while (count > 0 && !(values[(head + count - 1) % values.length] > value)) {
            count--;
        }
        int slot = (head + count) % values.length;
        values[slot] = value;
        positions[slot] = t;
        count++;
        return above;
    }
}
