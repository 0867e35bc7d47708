package org.bellwether.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.bellwether.core.model.Symbols;
import org.bellwether.facts.text.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code bellwether spark ...}: the Spark jobs, run by {@code bin/bellwether spark} in local mode or given to
 * {@code spark-submit --class org.bellwether.spark.SparkMain} on a cluster (docs/spark.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true, subcommands = {SparkMain.Screen.class, SparkMain.Stats.class, SparkMain.RecordsJob.class,
        SparkMain.BreakoutsJob.class,
        SparkMain.BreadthJob.class, SparkMain.ConcentrationJob.class, SparkMain.ZombiesJob.class},
        description = "Run Bellwether's kernels on Apache Spark over a Parquet dataset (bellwether export ... --dataset).")
public final class SparkMain implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code (2 for bad usage or input, 1 for other failures). */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with exceptions as messages on stderr. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SparkMain());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("bellwether: " + exception.getMessage());
            return exception instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * What every job shares: the dataset, where the results go, the master, and running the job into OUT/NAME as
     * Parquet (and the document on stdout with {@code --json}).
     */
    abstract static class Job implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "the dataset folder (a path, "
                + "or a URI: hdfs://, s3a://, file://)")
        String dataset;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the results go, a path "
                + "or a URI (OUT/<job> must not exist yet)")
        String out;

        @Option(names = "--master", paramLabel = "URL", description = "the Spark master (default: local[*] here; "
                + "under spark-submit, the cluster's)")
        String master;

        @Option(names = "--json", description = "also print the result as one JSON document")
        boolean json;

        /**
         * Settings for a dataset of many small files (one per symbol), unless given: its folders listed in as many
         * tasks as the job has cores, not one per folder up to 10,000 (each task deserialises the Hadoop configuration:
         * 40 s of a 77 s screen of 10,000 symbols in local[1]); its files read about 1 GB a task, not 128 MB (each
         * file counts its 4 MB opening cost: 41 tasks instead of 320).
         */
        private static void readManySmallFilesInFewTasks(SparkSession spark) {
            Map<String, String> defaults = Map.of(
                    "spark.sql.sources.parallelPartitionDiscovery.parallelism",
                    Integer.toString(spark.sparkContext().defaultParallelism()),
                    "spark.sql.files.maxPartitionBytes", "1g");
            defaults.forEach((key, value) -> {
                if (!spark.conf().contains(key)) {
                    spark.conf().set(key, value);
                }
            });
        }

        /** The results folder's name under --out. */
        abstract String name();

        /** The job's rows. */
        abstract Dataset<Row> rows(SparkSession spark);

        /** The JSON document of the rows. */
        abstract Object document(SparkSession spark, List<Row> rows);

        @Override
        public Integer call() throws Exception {
            SparkSession.Builder builder = SparkSession.builder().appName("bellwether " + name())
                    .config("spark.ui.showConsoleProgress", "false");
            if (master != null) {
                builder.master(master);
            } else if (System.getProperty("spark.master") == null) {
                builder.master("local[*]");
            }
            boolean shared = SparkSession.getDefaultSession().isDefined(); // a session of the caller's: leave it running
            if (!shared) { // dates as LocalDates: a java.sql.Date's conversion costs a calendar computation per row
                builder.config("spark.sql.datetime.java8API.enabled", "true");
            }
            SparkSession spark = builder.getOrCreate();
            if (!shared) {
                readManySmallFilesInFewTasks(spark);
            }
            try {
                String target = PerSymbol.child(out, name());
                if (PerSymbol.exists(spark, target)) {
                    throw new IllegalArgumentException("the results " + target + " exist already: remove them or give "
                            + "another --out");
                }
                OptionalLong generation = Generations.of(spark, dataset); // read before the data, as the export does
                Dataset<Row> rows = rows(spark).cache();
                rows.write().mode(SaveMode.ErrorIfExists).parquet(target);
                generation.ifPresent(value -> Generations.write(spark, target, value));
                PrintWriter printer = spec.commandLine().getOut();
                if (json) {
                    ObjectMapper mapper = Json.mapper(Boolean.getBoolean("bellwether.pretty"));
                    mapper.writeValue(printer, document(spark, rows.collectAsList()));
                    printer.println();
                } else {
                    printer.println(name() + ": " + rows.count() + " rows into " + target);
                }
                printer.flush();
                return 0;
            } finally {
                if (!shared) {
                    spark.stop();
                }
            }
        }
    }

    /** {@code bellwether spark screen}. */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"The universe screen of every symbol of DIR/daily_bars as of a date against a benchmark,",
                "computed per symbol partition with the same kernel as bellwether screen; rows written as Parquet to",
                "OUT/screen (with --json also printed as bellwether screen --json prints them)."})
    static final class Screen extends Job {
        @Option(names = "--vs", required = true, paramLabel = "SYM", description = "the benchmark")
        private String vs;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date")
        private LocalDate asOf;

        @Override
        String name() {
            return "screen";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkScreen.screen(spark, dataset, symbol("--vs", vs), asOf);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return SparkScreen.report(rows, symbol("--vs", vs), asOf).document();
        }
    }

    /** {@code bellwether spark stats}. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Volatility, beta, correlation, tracking error and drawdown of every symbol of",
                "DIR/daily_bars against a benchmark over a date range, with bellwether stats's kernel; rows written",
                "as Parquet to OUT/stats."})
    static final class Stats extends Job {
        @Option(names = "--vs", required = true, paramLabel = "SYM", description = "the benchmark")
        private String vs;

        @Mixin
        private Range range = new Range();

        @Override
        String name() {
            return "stats";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkStats.stats(spark, dataset, symbol("--vs", vs), range.from, range.to);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return SparkStats.document(symbol("--vs", vs), range.from, range.to, SparkStats.reports(rows));
        }
    }

    /** {@code bellwether spark records}. */
    @Command(name = "records", mixinStandardHelpOptions = true,
            description = {"The record closes of a year up to a date of every symbol of DIR/daily_bars, with",
                "bellwether records's kernel (history from each symbol's first bar); rows written as Parquet to",
                "OUT/records."})
    static final class RecordsJob extends Job {
        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the year")
        private int year;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "up to this date")
        private LocalDate asOf;

        @Override
        String name() {
            return "records";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkRecords.records(spark, dataset, year, asOf);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return SparkRecords.document(year, asOf, rows);
        }
    }

    /** {@code bellwether spark breakouts}. */
    @Command(name = "breakouts", mixinStandardHelpOptions = true,
            description = {"Closes through a support or resistance level (bellwether breakouts's kernel) of every",
                "symbol over a date range: daily bars of DIR/daily_bars, or with --intraday 1-minute bars of",
                "DIR/intraday_bars (held time and volume against the same time of day); rows written as Parquet to",
                "OUT/breakouts."})
    static final class BreakoutsJob extends Job {
        @Mixin
        private Range range = new Range();

        @Option(names = "--intraday", description = "use 1-minute bars")
        private boolean intraday;

        @Override
        String name() {
            return "breakouts";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkBreakouts.breakouts(spark, dataset, range.from, range.to, intraday);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return SparkBreakouts.document(intraday ? "1m" : "1d", range.from, range.to, rows);
        }
    }

    /** {@code bellwether spark breadth}. */
    @Command(name = "breadth", mixinStandardHelpOptions = true,
            description = {"The breadth of an index (bellwether breadth) at each of its sessions in a range, from its",
                "point-in-time members in DIR/members and their bars in DIR/daily_bars; rows written as Parquet to",
                "OUT/breadth."})
    static final class BreadthJob extends Job {
        @Mixin
        private IndexOption index = new IndexOption();

        @Mixin
        private Range range = new Range();

        @Override
        String name() {
            return "breadth";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkIndexFacts.breadth(spark, dataset, index.symbol(), range.from, range.to);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return rows.stream().map(SparkIndexFacts::breadthReport).toList();
        }
    }

    /** {@code bellwether spark concentration}. */
    @Command(name = "concentration", mixinStandardHelpOptions = true,
            description = {"The concentration of an index (bellwether concentration) at each of its sessions in a",
                "range, from its point-in-time members in DIR/members and their bars in DIR/daily_bars; rows written",
                "as Parquet to OUT/concentration."})
    static final class ConcentrationJob extends Job {
        @Mixin
        private IndexOption index = new IndexOption();

        @Mixin
        private Range range = new Range();

        @Option(names = "--top", defaultValue = "10", paramLabel = "N",
                description = "how many of the largest members (default: ${DEFAULT-VALUE})")
        private int top;

        @Option(names = "--period-start", paramLabel = "DATE",
                description = "start of the return period (default: each session's previous year-end)")
        private LocalDate periodStart;

        @Override
        String name() {
            return "concentration";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkIndexFacts.concentration(spark, dataset, index.symbol(), range.from, range.to, top,
                    periodStart);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return rows.stream().map(SparkIndexFacts::concentrationReport).toList();
        }
    }

    /** {@code bellwether spark zombies}. */
    @Command(name = "zombies", mixinStandardHelpOptions = true,
            description = {"The zombie screen of an index (bellwether zombies) on a date: its point-in-time members",
                "in DIR/members, their fiscal years in DIR/fundamentals, sectors and founding years in",
                "DIR/instruments; the companies' rows written as Parquet to OUT/zombies (with --json the screen",
                "printed as bellwether zombies --json prints it)."})
    static final class ZombiesJob extends Job {
        @Mixin
        private IndexOption index = new IndexOption();

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date")
        private LocalDate asOf;

        @Override
        String name() {
            return "zombies";
        }

        @Override
        Dataset<Row> rows(SparkSession spark) {
            return SparkZombies.companies(spark, dataset, index.symbol(), asOf);
        }

        @Override
        Object document(SparkSession spark, List<Row> rows) {
            return SparkZombies.screen(spark, dataset, index.symbol(), asOf, rows);
        }
    }

    /** The date range of a job: {@code --from} and {@code --to}. */
    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "the first date")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "the last date")
        LocalDate to;
    }

    /** The index a job is about: {@code --index}. */
    static final class IndexOption {
        @Option(names = "--index", required = true, paramLabel = "SYM", description = "the index")
        String value;

        String symbol() {
            return SparkMain.symbol("--index", value);
        }
    }

    /** {@code value} as a symbol, or a bad-input error naming {@code option}. */
    static String symbol(String option, String value) {
        String symbol = Symbols.normalize(value);
        if (!Symbols.isValid(symbol)) {
            throw new IllegalArgumentException(option + " must be a symbol, but was " + value);
        }
        return symbol;
    }
}
