package org.bellwether.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.series.Continuity;
import org.bellwether.core.series.DailySeries;

/**
 * One symbol's daily bars gathered from a dataset partition, in date order, as the kernels take them: closes, and
 * highs, lows and volumes with NaN where the store has none (as the embedded engine reads them). Serializable, so a
 * benchmark's bars can be broadcast to every task.
 *
 * @param days epoch days, ascending
 */
public record SymbolBars(String symbol, int[] days, double[] closes, double[] highs, double[] lows, double[] volumes)
        implements Serializable {

    /** The columns a dataset's rows must have, in this order. */
    public static final String[] COLUMNS = {"symbol", "date", "close", "high", "low", "volume"};

    /** The bars of {@code rows} (columns {@link #COLUMNS}), sorted by date. */
    public static SymbolBars of(String symbol, Iterator<Row> rows) {
        List<Row> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        int n = all.size();
        int[] days = new int[n];
        double[] closes = new double[n];
        double[] highs = new double[n];
        double[] lows = new double[n];
        double[] volumes = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = all.get(i);
            days[i] = (int) date(row).toEpochDay();
            closes[i] = row.getDouble(2);
            highs[i] = orNaN(row, 3);
            lows[i] = orNaN(row, 4);
            volumes[i] = orNaN(row, 5);
        }
        return ofColumns(symbol, days, closes, highs, lows, volumes);
    }

    /** The bars of these columns (one value per bar, NaN for none), sorted by date; the arrays become the bars'. */
    static SymbolBars ofColumns(String symbol, int[] days, double[] closes, double[] highs, double[] lows,
            double[] volumes) {
        int n = days.length;
        boolean ascending = true;
        for (int i = 1; i < n && ascending; i++) {
            ascending = days[i] > days[i - 1];
        }
        if (ascending) { // a dataset written by the export is in date order already
            return new SymbolBars(symbol, days, closes, highs, lows, volumes);
        }
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingInt(i -> days[i]))
                .mapToInt(Integer::intValue).toArray();
        return new SymbolBars(symbol, permuted(days, order), permuted(closes, order), permuted(highs, order),
                permuted(lows, order), permuted(volumes, order));
    }

    private static int[] permuted(int[] values, int[] order) {
        return Arrays.stream(order).map(i -> values[i]).toArray();
    }

    private static double[] permuted(double[] values, int[] order) {
        return Arrays.stream(order).mapToDouble(i -> values[i]).toArray();
    }

    /** The bars as the kernels' series, with their holes on the store's calendar (as the embedded engine reads them). */
    public DailySeries series() {
        return seriesSince(Integer.MIN_VALUE);
    }

    /**
     * The bars on and after epoch day {@code day} as the kernels' series, their holes marked within that range (as
     * the embedded engine reads a range): only the range is copied and marked.
     */
    public DailySeries seriesSince(int day) {
        int start = firstOnOrAfter(day);
        return Continuity.mark(DailySeries.adopt(symbol, Arrays.copyOfRange(days, start, days.length),
                Arrays.copyOfRange(closes, start, days.length), Arrays.copyOfRange(highs, start, days.length),
                Arrays.copyOfRange(lows, start, days.length), Arrays.copyOfRange(volumes, start, days.length)),
                SessionIndex.of(NyseCalendar.INSTANCE));
    }

    /** The index of the first bar on or after epoch day {@code day} (the number of bars when none is). */
    private int firstOnOrAfter(int day) {
        int found = Arrays.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }

    /** The sessions of {@code all} on or after {@code date}, as the store's {@code dailySince} reads them. */
    public static DailySeries since(DailySeries all, LocalDate date) {
        return all.slice(all.indexOnOrBefore(date.minusDays(1)) + 1, all.size());
    }

    /** The highest close before {@code date}, NaN when there is none. */
    public double highestCloseBefore(LocalDate date) {
        double highest = Double.NaN;
        int end = firstOnOrAfter((int) date.toEpochDay());
        for (int i = 0; i < end; i++) {
            highest = Double.isNaN(highest) ? closes[i] : Math.max(highest, closes[i]);
        }
        return highest;
    }

    private static LocalDate date(Row row) {
        return PerSymbol.localDate(row.get(1));
    }

    /** The number in {@code column} of {@code row}, NaN when null. */
    static double orNaN(Row row, int column) {
        return row.isNullAt(column) ? Double.NaN : ((Number) row.get(column)).doubleValue();
    }
}
