package org.bellwether.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.sql.Date;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.screen.UniverseScreen;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Reports;

/**
 * The universe screen on Spark: the dataset's daily bars grouped by symbol, each group run through the same kernel
 * as {@code bellwether screen} ({@link UniverseScreen#compute}, then {@link FactsEngine#screenRow}) against the
 * benchmark's bars broadcast to every task, so each row holds the same doubles as the embedded engine's.
 */
public final class SparkScreen {

    /** The result rows' schema (the columns of {@code bellwether screen --json}, with the as-of date and benchmark). */
    public static final StructType RESULT = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false)
            .add("vs", DataTypes.StringType, false)
            .add("return_mtd_pct", DataTypes.DoubleType)
            .add("return_ytd_pct", DataTypes.DoubleType)
            .add("volatility_20_pct", DataTypes.DoubleType)
            .add("beta_60", DataTypes.DoubleType)
            .add("correlation_60", DataTypes.DoubleType)
            .add("records_ytd", DataTypes.IntegerType)
            .add("breakout_252", DataTypes.BooleanType);

    private SparkScreen() {
    }

    /** The screen of every symbol with daily bars in {@code dataset} as of {@code asOf} against {@code vs}. */
    public static Dataset<Row> screen(SparkSession spark, Path dataset, String vs, LocalDate asOf) {
        Dataset<Row> bars = dailyBars(spark, dataset);
        List<Row> benchmarkRows = bars.filter(col("symbol").equalTo(vs)).collectAsList();
        if (benchmarkRows.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no daily bars of " + vs);
        }
        Broadcast<SymbolBars> benchmark = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(SymbolBars.of(vs, benchmarkRows.iterator()));
        LocalDate yearStart = asOf.with(TemporalAdjusters.firstDayOfYear());
        // a DateType value is a LocalDate under the java8API setting, a java.sql.Date otherwise
        Object asOfValue = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"))
                ? asOf : Date.valueOf(asOf);
        return bars.groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (symbol, rows) -> {
                    SymbolBars one = SymbolBars.of(symbol, rows);
                    Reports.ScreenRow row = FactsEngine.screenRow(symbol, UniverseScreen.compute(one.series(),
                            benchmark.value().series(), asOf, one.highestCloseBefore(yearStart)));
                    return row == null ? Collections.emptyIterator() : List.of(RowFactory.create(symbol, asOfValue, vs,
                            row.returnMtdPct(), row.returnYtdPct(), row.volatility20Pct(), row.beta60(),
                            row.correlation60(), row.recordsYtd(), row.breakout252())).iterator();
                }, Encoders.row(RESULT))
                .orderBy("symbol");
    }

    /** The rows of {@link #screen} as the embedded engine's report. */
    public static Reports.Screen report(List<Row> rows, String vs, LocalDate asOf) {
        List<Reports.ScreenRow> screened = new ArrayList<>();
        for (Row row : rows) {
            screened.add(new Reports.ScreenRow(row.getString(0), row.getDouble(3), row.getDouble(4), row.getDouble(5),
                    row.getDouble(6), row.getDouble(7), row.getInt(8), row.isNullAt(9) ? null : row.getBoolean(9)));
        }
        return new Reports.Screen(asOf, vs, screened, null);
    }

    /** The dataset's daily bars ({@code DIR/daily_bars}, partitioned by symbol), with the columns the jobs read. */
    static Dataset<Row> dailyBars(SparkSession spark, Path dataset) {
        Path dir = dataset.resolve("daily_bars");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no daily_bars folder: write it with "
                    + "bellwether export daily_bars --dataset " + dataset);
        }
        return spark.read().parquet(dir.toString()).select(SymbolBars.COLUMNS[0], Arrays.copyOfRange(
                SymbolBars.COLUMNS, 1, SymbolBars.COLUMNS.length));
    }
}
