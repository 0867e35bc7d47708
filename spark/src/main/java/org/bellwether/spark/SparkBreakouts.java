package org.bellwether.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.Reports;
import org.bellwether.facts.Reports.BreakoutRow;

/**
 * Breakouts and breakdowns (DESIGN: "Breakout") of every symbol on Spark, on daily bars or on 1-minute bars, each
 * symbol through {@link LevelFacts#dailyBreakouts} or {@link LevelFacts#intradayBreakouts}, the kernels of the
 * embedded {@code bellwether breakouts}.
 */
public final class SparkBreakouts {

    /**
     * The result rows' schema: a row per break, the fields of {@code bellwether breakouts --json}, with the job's
     * range and {@code n}, the break's place in its symbol's list.
     */
    public static final StructType RESULT = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("interval", DataTypes.StringType, false)
            .add("from_date", DataTypes.DateType, false)
            .add("to_date", DataTypes.DateType, false)
            .add("n", DataTypes.IntegerType, false)
            .add("time", DataTypes.StringType, false)
            .add("level", DataTypes.DoubleType, false)
            .add("direction", DataTypes.StringType, false)
            .add("touches", DataTypes.IntegerType, false)
            .add("held_minutes", DataTypes.DoubleType)
            .add("volume_ratio", DataTypes.DoubleType)
            .add("confirmed", DataTypes.BooleanType, false);

    /** The 1-minute bars' columns the job reads: the symbol, the start in epoch seconds, high, low, close, volume. */
    private static final String[] MINUTE_COLUMNS = {"symbol", "start", "high", "low", "close", "volume"};

    private SparkBreakouts() {
    }

    /** The breaks within {@code [from, to]} of every symbol of {@code dataset}, on 1-minute bars when {@code intraday}. */
    public static Dataset<Row> breakouts(SparkSession spark, String dataset, LocalDate from, LocalDate to,
            boolean intraday) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + to + " is before " + from);
        }
        boolean localDates = PerSymbol.localDates(spark);
        Object fromValue = PerSymbol.date(localDates, from);
        Object toValue = PerSymbol.date(localDates, to);
        String interval = intraday ? "1m" : "1d";
        if (!intraday) {
            return PerSymbol.run(spark, dataset, null, RESULT, (one, none) -> rows(one.symbol(), interval, fromValue,
                    toValue, LevelFacts.dailyBreakouts(one.series(), from, to)), "n");
        }
        Instant start = from.minusDays(LevelFacts.INTRADAY_LOOKBACK_DAYS).atStartOfDay(NyseCalendar.INSTANCE.zone())
                .toInstant();
        Instant end = to.plusDays(1).atStartOfDay(NyseCalendar.INSTANCE.zone()).toInstant();
        return PerSymbol.sorted(minuteBars(spark, dataset, start, end)
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (symbol, bars) -> rows(symbol, interval,
                        fromValue, toValue, LevelFacts.intradayBreakouts(LevelFacts.inSession(series(symbol, bars),
                                NyseCalendar.INSTANCE), NyseCalendar.INSTANCE, from, to)).iterator(),
                        Encoders.row(RESULT)), "symbol", "n");
    }

    /**
     * The 1-minute bars of {@code DIR/intraday_bars} starting in {@code [start, end)}, columns {@link #MINUTE_COLUMNS};
     * only the UTC years of the range are read.
     */
    static Dataset<Row> minuteBars(SparkSession spark, String dataset, Instant start, Instant end) {
        int firstYear = start.atOffset(ZoneOffset.UTC).getYear();
        int lastYear = end.atOffset(ZoneOffset.UTC).getYear();
        return PerSymbol.table(spark, dataset, "intraday_bars")
                .filter(col("year").between(firstYear, lastYear).and(col("interval_s").equalTo(60)))
                .withColumn("start", expr("unix_seconds(ts)"))
                .filter(col("start").geq(start.getEpochSecond()).and(col("start").lt(end.getEpochSecond())))
                .select(MINUTE_COLUMNS[0], Arrays.copyOfRange(MINUTE_COLUMNS, 1, MINUTE_COLUMNS.length));
    }

    /** One symbol's 1-minute bars (columns {@link #MINUTE_COLUMNS}) as a series, NaN where a value is missing. */
    static IntradaySeries series(String symbol, Iterator<Row> rows) {
        List<Row> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        all.sort(Comparator.comparingLong(row -> row.getLong(1)));
        int n = all.size();
        long[] starts = new long[n];
        double[] opens = new double[n];
        double[] highs = new double[n];
        double[] lows = new double[n];
        double[] closes = new double[n];
        double[] volumes = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = all.get(i);
            starts[i] = row.getLong(1);
            opens[i] = Double.NaN; // the kernel does not read opens
            highs[i] = SymbolBars.orNaN(row, 2);
            lows[i] = SymbolBars.orNaN(row, 3);
            closes[i] = row.getDouble(4);
            volumes[i] = SymbolBars.orNaN(row, 5);
        }
        return IntradaySeries.of(symbol, 60, starts, opens, highs, lows, closes, volumes);
    }

    private static List<Row> rows(String symbol, String interval, Object from, Object to, List<BreakoutRow> found) {
        List<Row> rows = new ArrayList<>();
        for (BreakoutRow row : found) {
            rows.add(RowFactory.create(symbol, interval, from, to, rows.size(), row.time(), row.level(), row.direction(),
                    row.touches(), row.heldMinutes(), row.volumeRatio(), row.confirmed()));
        }
        return rows;
    }

    /** The rows of {@link #breakouts} as the embedded engine's reports, by symbol. */
    public static Map<String, Reports.Breakouts> reports(List<Row> rows) {
        Map<String, List<BreakoutRow>> bySymbol = new LinkedHashMap<>();
        for (Row row : rows) {
            bySymbol.computeIfAbsent(row.getString(0), symbol -> new ArrayList<>()).add(new BreakoutRow(
                    row.getString(5), row.getDouble(6), row.getString(7), row.getInt(8),
                    row.isNullAt(9) ? null : row.getDouble(9), row.getDouble(10), row.getBoolean(11), List.of(), List.of()));
        }
        Map<String, Reports.Breakouts> reports = new LinkedHashMap<>();
        bySymbol.forEach((symbol, found) -> reports.put(symbol, new Reports.Breakouts(symbol, found)));
        return reports;
    }

    /** The JSON document of {@code bellwether spark breakouts --json}: the range and the breaks of each symbol. */
    public static Map<String, Object> document(String interval, LocalDate from, LocalDate to, List<Row> rows) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("interval", interval);
        document.put("from", from.toString());
        document.put("to", to.toString());
        document.put("symbols", List.copyOf(reports(rows).values()));
        return document;
    }
}
