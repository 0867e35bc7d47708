package org.bellwether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole import of a generated long CSV into a new store, in-process (no JVM start): the import's own cost.
 * Run with {@code bench/run-jmh.sh ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ImportBenchmark {

    /** Symbols in the generated file; each has 2,520 sessions. */
    @Param("300")
    public int symbols;

    private Path folder;
    private Path csv;
    private Path store;

    /** Generates the file once. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("bellwether-bench-");
        csv = folder.resolve("long.csv");
        LongCsvGenerator.write(csv, symbols, 2520, 42);
    }

    /** A new, empty store for every import. */
    @Setup(Level.Invocation)
    public void emptyStore() throws IOException {
        store = folder.resolve("bench.duckdb");
        Files.deleteIfExists(store);
        Files.deleteIfExists(folder.resolve("bench.duckdb.wal"));
    }

    /** Imports the file; returns the report so that nothing is optimised away. */
    @Benchmark
    public ImportReport importLongCsv() {
        return new Imports(MarketStore.at(store), ImportProgress.NONE, false).bars(csv, BarOptions.defaults());
    }

    /** Removes the files. */
    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
