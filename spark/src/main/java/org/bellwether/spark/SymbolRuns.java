package org.bellwether.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * A task's bars, whose symbols come one after another (each symbol's file read whole, see {@link SymbolFiles}), turned
 * into the kernel's rows symbol by symbol as they are read: one symbol's bars in memory at a time.
 */
final class SymbolRuns implements Iterator<Row> {

    private final Iterator<Row> bars;
    private final Function<SymbolBars, List<Row>> kernel;
    private Row pending; // the first bar of the next symbol, read ahead
    private Iterator<Row> results = Collections.emptyIterator();

    SymbolRuns(Iterator<Row> bars, Function<SymbolBars, List<Row>> kernel) {
        this.bars = bars;
        this.kernel = kernel;
        this.pending = bars.hasNext() ? bars.next() : null;
    }

    @Override
    public boolean hasNext() {
        while (!results.hasNext() && pending != null) {
            String symbol = pending.getString(0);
            results = kernel.apply(SymbolBars.of(symbol, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pending != null && pending.getString(0).equals(symbol);
                }

                @Override
                public Row next() {
                    Row bar = pending;
                    pending = bars.hasNext() ? bars.next() : null;
                    return bar;
                }
            })).iterator();
        }
        return results.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return results.next();
    }
}
