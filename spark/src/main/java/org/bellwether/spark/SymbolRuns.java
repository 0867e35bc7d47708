package org.bellwether.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A task's bars, whose symbols come one after another (each symbol's file read whole, see {@link SymbolFiles}), turned
 * into the kernel's rows symbol by symbol as they are read: one symbol's bars in memory at a time. The bars are read
 * as Spark's internal rows, each value straight into primitive arrays: no Row, boxed number or date object per bar.
 */
final class SymbolRuns implements Iterator<Row> {

    private final Iterator<InternalRow> bars;
    private final Columns columns;
    private final Function<SymbolBars, List<Row>> kernel;
    private Iterator<Row> results = Collections.emptyIterator();
    /** The symbol being gathered (a copy: Spark reuses its rows) and its bars so far. */
    private UTF8String symbol;
    private int size;
    private int[] days = new int[256];
    private double[] closes = new double[256];
    private double[] highs = new double[256];
    private double[] lows = new double[256];
    private double[] volumes = new double[256];

    SymbolRuns(Iterator<InternalRow> bars, Columns columns, Function<SymbolBars, List<Row>> kernel) {
        this.bars = bars;
        this.columns = columns;
        this.kernel = kernel;
    }

    /**
     * How to read a bar's numbers from an internal row of {@link SymbolBars#COLUMNS}: each number column as the
     * dataset types it (doubles; whole numbers in files of older exports; decimals or floats from other tools).
     */
    record Columns(DataType[] types) implements Serializable {

        /** The types of the columns of {@code schema} (columns {@link SymbolBars#COLUMNS}), numbers checked. */
        static Columns of(StructType schema) {
            DataType[] types = new DataType[SymbolBars.COLUMNS.length];
            for (int i = 2; i < types.length; i++) {
                types[i] = schema.fields()[i].dataType();
                if (!(types[i] instanceof NumericType)) {
                    throw new IllegalArgumentException("the dataset's column " + schema.fields()[i].name() + " is "
                            + types[i].simpleString() + ", not a number");
                }
            }
            return new Columns(types);
        }

        /** The number in {@code column} of {@code row}, NaN when null. */
        double number(InternalRow row, int column) {
            if (row.isNullAt(column)) {
                return Double.NaN;
            }
            DataType type = types[column];
            if (type == DataTypes.DoubleType) {
                return row.getDouble(column);
            } else if (type == DataTypes.LongType) {
                return row.getLong(column);
            } else if (type == DataTypes.IntegerType) {
                return row.getInt(column);
            } else if (type == DataTypes.FloatType) {
                return row.getFloat(column);
            } else if (type instanceof DecimalType decimal) {
                return row.getDecimal(column, decimal.precision(), decimal.scale()).toDouble();
            }
            return ((Number) row.get(column, type)).doubleValue(); // short, byte
        }
    }

    @Override
    public boolean hasNext() {
        while (!results.hasNext() && (bars.hasNext() || symbol != null)) {
            results = kernel.apply(nextSymbol()).iterator();
        }
        return results.hasNext();
    }

    /** Reads the bars of the next symbol (up to the first bar of the one after, which it keeps). */
    private SymbolBars nextSymbol() {
        UTF8String gathering = symbol;
        while (bars.hasNext()) {
            InternalRow bar = bars.next();
            UTF8String barSymbol = bar.getUTF8String(0);
            if (gathering != null && !barSymbol.equals(gathering)) {
                SymbolBars done = gathered(gathering);
                symbol = barSymbol.copy();
                add(bar);
                return done;
            }
            if (gathering == null) {
                gathering = barSymbol.copy();
            }
            add(bar);
        }
        symbol = null;
        return gathered(gathering);
    }

    private void add(InternalRow bar) {
        if (size == days.length) {
            int capacity = size * 2;
            days = Arrays.copyOf(days, capacity);
            closes = Arrays.copyOf(closes, capacity);
            highs = Arrays.copyOf(highs, capacity);
            lows = Arrays.copyOf(lows, capacity);
            volumes = Arrays.copyOf(volumes, capacity);
        }
        days[size] = bar.getInt(1); // a DateType value is its epoch day
        closes[size] = columns.number(bar, 2);
        highs[size] = columns.number(bar, 3);
        lows[size] = columns.number(bar, 4);
        volumes[size] = columns.number(bar, 5);
        size++;
    }

    /** The bars gathered for {@code name}, in date order; the arrays are then free for the next symbol. */
    private SymbolBars gathered(UTF8String name) {
        SymbolBars bars = SymbolBars.ofColumns(name.toString(), Arrays.copyOf(days, size), Arrays.copyOf(closes, size),
                Arrays.copyOf(highs, size), Arrays.copyOf(lows, size), Arrays.copyOf(volumes, size));
        size = 0;
        return bars;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return results.next();
    }
}
