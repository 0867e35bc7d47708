package org.bellwether.core.stream;

/**
 * Record closes one close at a time (DESIGN: "Record high"): a close strictly above every earlier close. The one
 * definition of a record close: {@link org.bellwether.core.records.RecordHighs#recordCloses}, the universe screen and
 * the alerts all count with it.
 */
public final class RecordTracker {

    private double highest;

    /** A tracker with no close before the first it takes. */
    public RecordTracker() {
        this(Double.NaN);
    }

    /** A tracker whose earlier closes peaked at {@code highestBefore} (NaN: none). */
    public RecordTracker(double highestBefore) {
        this.highest = highestBefore;
    }

    /** Takes the next close; whether it is a record (strictly above every earlier close). */
    public boolean next(double close) {
        if (Double.isNaN(close)) {
            return false;
        }
        if (Double.isNaN(highest)) {
            highest = close;
            return false;
        }
        if (close > highest) {
            highest = close;
            return true;
        }
        return false;
    }

    /** The highest close so far (NaN before the first). */
    public double highest() {
        return highest;
    }
}
