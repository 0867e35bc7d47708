package org.bellwether.core.stream;

/** Bar-by-bar record closes: {@link org.bellwether.core.records.RecordHighs#recordCloses} one close at a time. */
public final class RecordTracker {

    private double highest = Double.NaN;

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
