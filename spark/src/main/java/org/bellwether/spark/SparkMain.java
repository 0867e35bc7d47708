package org.bellwether.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.bellwether.core.model.Symbols;
import org.bellwether.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether spark ...}: the Spark jobs, run by {@code bin/bellwether spark} in local mode or given to
 * {@code spark-submit --class org.bellwether.spark.SparkMain} on a cluster (docs/spark.md).
 */
@Command(name = "spark", mixinStandardHelpOptions = true, subcommands = SparkMain.Screen.class,
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

    /** {@code bellwether spark screen}. */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"The universe screen of every symbol of DIR/daily_bars as of a date against a benchmark,",
                "computed per symbol partition with the same kernel as bellwether screen; rows written as Parquet to",
                "OUT/screen (with --json also printed as bellwether screen --json prints them)."})
    static final class Screen implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "the dataset folder")
        private Path dataset;

        @Option(names = "--vs", required = true, paramLabel = "SYM", description = "the benchmark")
        private String vs;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date")
        private LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the results go "
                + "(OUT/screen must not exist yet)")
        private Path out;

        @Option(names = "--master", paramLabel = "URL", description = "the Spark master (default: local[*] here; "
                + "under spark-submit, the cluster's)")
        private String master;

        @Option(names = "--json", description = "also print the result as one JSON document")
        private boolean json;

        @Override
        public Integer call() throws Exception {
            String benchmark = Symbols.normalize(vs);
            if (!Symbols.isValid(benchmark)) {
                throw new IllegalArgumentException("--vs must be a symbol, but was " + vs);
            }
            Path target = out.resolve("screen");
            if (Files.exists(target)) {
                throw new IllegalArgumentException("the results " + target + " exist already: remove them or give "
                        + "another --out");
            }
            SparkSession.Builder builder = SparkSession.builder().appName("bellwether screen " + benchmark + " "
                    + asOf).config("spark.ui.showConsoleProgress", "false");
            if (master != null) {
                builder.master(master);
            } else if (System.getProperty("spark.master") == null) {
                builder.master("local[*]");
            }
            boolean shared = SparkSession.getDefaultSession().isDefined(); // a session of the caller's: leave it running
            SparkSession spark = builder.getOrCreate();
            try {
                Dataset<Row> rows = SparkScreen.screen(spark, dataset, benchmark, asOf).cache();
                rows.write().mode(SaveMode.ErrorIfExists).parquet(target.toString());
                PrintWriter printer = spec.commandLine().getOut();
                if (json) {
                    List<Row> collected = rows.collectAsList();
                    ObjectMapper mapper = Json.mapper(Boolean.getBoolean("bellwether.pretty"));
                    mapper.writeValue(printer, SparkScreen.report(collected, benchmark, asOf).document());
                    printer.println();
                } else {
                    printer.println("screened " + rows.count() + " symbols against " + benchmark + " as of " + asOf
                            + " into " + target);
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
}
