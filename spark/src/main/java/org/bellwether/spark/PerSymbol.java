package org.bellwether.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.bellwether.core.series.DailySeries;
import org.bellwether.spark.SymbolFolders.SymbolFolder;

/**
 * The shape of Bellwether's Spark jobs: a dataset's daily bars taken symbol by symbol, each symbol's bars with the
 * benchmark's (read once and broadcast to every task) given to a kernel that makes at most one result row.
 */
final class PerSymbol {

    /**
     * A kernel run on one symbol's bars against the benchmark's series (null without one): the symbol's rows (often
     * one, maybe none).
     */
    @FunctionalInterface
    interface Kernel extends Serializable {
        List<Row> apply(SymbolBars bars, DailySeries benchmark);
    }

    /** The benchmark's series, made once per task from the broadcast bars (not once per symbol). */
    private static final class BenchmarkSeries implements Serializable {
        private final Broadcast<SymbolBars> bars;
        private transient DailySeries series;

        BenchmarkSeries(Broadcast<SymbolBars> bars) {
            this.bars = bars;
        }

        DailySeries get() {
            if (series == null && bars.value() != null) {
                series = bars.value().series();
            }
            return series;
        }
    }

    /** Read tasks per core of the job. */
    private static final int TASKS_PER_CORE = 4;

    private PerSymbol() {
    }

    /**
     * The rows of {@code kernel} over every symbol of {@code dataset}, ordered by {@code order} (the symbol first),
     * with schema {@code result}; {@code vs} is the benchmark every kernel sees (null: none, the kernel gets null).
     */
    static Dataset<Row> run(SparkSession spark, String dataset, String vs, StructType result, Kernel kernel,
            String... order) {
        return run(spark, dataset, vs, benchmark -> { }, result, kernel, order);
    }

    /**
     * As {@link #run}, the benchmark's series first given to {@code checkBenchmark} on the driver, which may refuse
     * it.
     */
    static Dataset<Row> run(SparkSession spark, String dataset, String vs, Consumer<DailySeries> checkBenchmark,
            StructType result, Kernel kernel, String... order) {
        return sorted(unordered(spark, dataset, null, vs, checkBenchmark, result, kernel), "symbol", order);
    }

    /**
     * {@code rows} sorted by the columns, in as many ranges as the job has cores (each sorted by a task of its own,
     * and written as a file of its own). The rows are kept (memory, then disk) before the sort, so the sampling pass
     * of the range partitioning reads them instead of running every kernel a second time.
     */
    static Dataset<Row> sorted(Dataset<Row> rows, String column, String... more) {
        Column[] order = new Column[more.length + 1];
        order[0] = col(column);
        for (int i = 0; i < more.length; i++) {
            order[i + 1] = col(more[i]);
        }
        int ranges = rows.sparkSession().sparkContext().defaultParallelism();
        return rows.persist(StorageLevel.MEMORY_AND_DISK()).repartitionByRange(ranges, order)
                .sortWithinPartitions(order);
    }

    /**
     * The rows of {@code kernel} over the symbols of {@code dataset} in {@code symbols} (every symbol when null), in
     * no particular order; {@code vs} as in {@link #run}. When the bars are laid out in symbol folders (as {@code
     * bellwether export daily_bars --dataset} writes them), each task reads its symbols' files one symbol at a time
     * and runs the kernel on each, with no shuffle; otherwise Spark reads the table and groups it by symbol first.
     */
    static Dataset<Row> unordered(SparkSession spark, String dataset, Collection<String> symbols, String vs,
            StructType result, Kernel kernel) {
        return unordered(spark, dataset, symbols, vs, benchmark -> { }, result, kernel);
    }

    private static Dataset<Row> unordered(SparkSession spark, String dataset, Collection<String> symbols, String vs,
            Consumer<DailySeries> checkBenchmark, StructType result, Kernel kernel) {
        String table = child(dataset, "daily_bars");
        Optional<List<SymbolFolder>> folders = exists(spark, table) ? SymbolFolders.of(spark, table)
                : Optional.empty(); // no folder: said by dailyBars, below
        if (folders.isEmpty()) {
            return grouped(spark, dataset, symbols, vs, checkBenchmark, result, kernel);
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        SymbolBars benchmarkBars = null;
        if (vs != null) {
            SymbolFolder benchmarkFolder = folders.get().stream().filter(folder -> folder.symbol().equals(vs))
                    .findFirst().orElseThrow(() -> noBarsOf(dataset, vs));
            benchmarkBars = ParquetBars.read(benchmarkFolder, conf);
            checkBenchmark.accept(benchmarkBars.series());
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        BenchmarkSeries benchmark = new BenchmarkSeries(context.broadcast(benchmarkBars));
        Broadcast<ParquetBars.HadoopConf> taskConf = context.broadcast(new ParquetBars.HadoopConf(conf));
        Set<String> wanted = symbols == null ? null : new HashSet<>(symbols); // a member list may be long
        List<SymbolFolder> read = wanted == null ? folders.get() : folders.get().stream()
                .filter(folder -> wanted.contains(folder.symbol())).toList();
        // a few tasks a core, so that a slow one does not hold the rest; each symbol read as a unit, no shuffle
        int tasks = Math.max(1, Math.min(read.size(), context.defaultParallelism() * TASKS_PER_CORE));
        JavaRDD<Row> rows = context.parallelize(read, tasks).flatMap(folder -> kernel.apply(
                ParquetBars.read(folder, taskConf.value().value()), benchmark.get()).iterator());
        return spark.createDataFrame(rows, result);
    }

    /** As {@link #unordered}, for a table not laid out by symbol folders: Spark reads it, grouped by symbol. */
    private static Dataset<Row> grouped(SparkSession spark, String dataset, Collection<String> symbols, String vs,
            Consumer<DailySeries> checkBenchmark, StructType result, Kernel kernel) {
        Dataset<Row> bars = dailyBars(spark, dataset);
        SymbolBars benchmarkBars = null;
        if (vs != null) {
            List<Row> benchmarkRows = bars.filter(col("symbol").equalTo(vs)).collectAsList();
            if (benchmarkRows.isEmpty()) {
                throw noBarsOf(dataset, vs);
            }
            benchmarkBars = SymbolBars.of(vs, benchmarkRows.iterator());
            checkBenchmark.accept(benchmarkBars.series());
        }
        BenchmarkSeries benchmark = new BenchmarkSeries(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(benchmarkBars));
        if (symbols != null) {
            bars = bars.filter(col("symbol").isin(symbols.toArray()));
        }
        return bars.groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (symbol, rows) -> kernel.apply(
                        SymbolBars.of(symbol, rows), benchmark.get()).iterator(), Encoders.row(result));
    }

    private static IllegalArgumentException noBarsOf(String dataset, String symbol) {
        return new IllegalArgumentException("the dataset " + dataset + " has no daily bars of " + symbol);
    }

    /** The dataset's daily bars ({@code DIR/daily_bars}, partitioned by symbol), with the columns the jobs read. */
    static Dataset<Row> dailyBars(SparkSession spark, String dataset) {
        return table(spark, dataset, "daily_bars").select(SymbolBars.COLUMNS[0], Arrays.copyOfRange(
                SymbolBars.COLUMNS, 1, SymbolBars.COLUMNS.length));
    }

    /** The dataset's table {@code name} ({@code DIR/name}), or a bad-input error saying how to write it. */
    static Dataset<Row> table(SparkSession spark, String dataset, String name) {
        String dir = child(dataset, name);
        if (!exists(spark, dir)) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no " + name + " folder: write it with "
                    + "bellwether export " + name + " --dataset " + dataset);
        }
        return spark.read().parquet(dir);
    }

    /**
     * The location {@code name} inside {@code location}: a local folder or a URI Hadoop reads (hdfs://, s3a://,
     * file://), kept as text since a java.nio Path would fold a URI's "//".
     */
    static String child(String location, String name) {
        return location.endsWith("/") ? location + name : location + "/" + name;
    }

    /** Whether {@code location} exists, on the file system its scheme names (local without one). */
    static boolean exists(SparkSession spark, String location) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        try {
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not look at " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether the session's DateType values are LocalDates (the java8API setting) rather than java.sql.Dates. */
    static boolean localDates(SparkSession spark) {
        return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    }

    /** The LocalDate of a DateType value (a LocalDate or a java.sql.Date, by the session's setting). */
    static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /** A DateType value of {@code date}: a LocalDate when {@code localDates}, else a java.sql.Date. */
    static Object date(boolean localDates, LocalDate date) {
        return localDates ? date : Date.valueOf(date);
    }
}
