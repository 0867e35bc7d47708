package org.bellwether.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.bellwether.facts.MarketData;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.store.MarketStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code bellwether check} after start-up: a wire-style report of {@value #MIN_CLAIMS}+ claims (changes in points and
 * percent, closes, records, distances, largest moves since a date and over calendar weeks, ranks, spans, session
 * extremes, carried periods) read and verified against the real S&P 500 the project ships (data/real/SPX.csv,
 * 2000-2020), as of 2020-04-17. Each operation opens the store, builds the checker (its instrument index) and checks
 * the report: what the command does once the JVM is up. {@code firstCheck} is the first one in a fresh JVM (cold code,
 * cold store); {@code check} the steady state.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

    /** The fewest claims the report must make for the figure to mean "a 50-claim report". */
    static final int MIN_CLAIMS = 50;
    static final LocalDate AS_OF = LocalDate.of(2020, 4, 17);

    /** A report as the wires and data sheets write them, about the S&P 500's crash and rebound of 2020. */
    static final String REPORT = """
            # Stocks extend their rebound

            The S&P 500 rose 38.46 points, or 1.4%, to 2,874.56 on Friday. The index is 15.11% below its record close of
            3,386.15, set Feb. 19, and 28.48% above its 52-week low of 2,237.40. It is 11.28% below its 2019 closing high
            of 3,240.02. For the year, the S&P 500 is down 356.22 points, or 11.0%.

            On March 23 the S&P 500 closed at 2,237.40, its lowest close since Dec. 6, 2016. It has risen 28.48% since
            then. In points, its gain since March 23 is 637.16. The S&P 500 gained 12.1% over the past four weeks.

            On March 16 the S&P 500 plunged 324.89 points, or 11.98%, to 2,386.13. It was down as much as 12.2% on the
            day. It was the S&P 500's worst day in more than 11 years. The S&P 500 had its worst week since October 2008
            in the week to March 20.

            On March 24 the S&P 500 jumped 209.93 points, or 9.38%, to 2,447.33. It was the S&P 500's biggest
            percentage gain since Oct. 28, 2008, the day it had jumped 10.79 percent. It was its largest point gain since
            March 13.

            The S&P 500 finished at 3,386.15 on Feb. 19, topping its previous high of 3,380.16. The S&P 500 reached an
            intraday high of 3,393.52 that day. It fell below 2,800 for the first time since June 2019 on March 9.

            2019 was the S&P 500's second-best year of the past ten. The S&P 500 rose 28.9% in 2019. The S&P 500 gained
            29.6% in 2013. In 2018 the S&P 500 fell 6.2%. The S&P 500 rose 12.8% in 2010.

            The S&P 500 fell 12.5% in March 2020. The S&P 500 dropped 8.4% in February 2020. The S&P 500 slipped 0.2%
            in January 2020. In the first quarter of 2020 the S&P 500 lost 20%. The S&P 500 rose 8.5% in the fourth
            quarter of 2019.

            The S&P 500 gained 3.0% on Thursday, April 9. The S&P 500 rose 7.03% on Monday, April 6. The S&P 500 fell
            4.41% on April 1. The S&P 500 fell 5.18% on March 18. The S&P 500 jumped 6.24% on March 26. The S&P 500 rose
            5.06% on March 17. The S&P 500 fell 9.51% on March 12. The S&P 500 rose 9.29% on March 13. The S&P 500 fell
            7.60% on March 9. The S&P 500 rose 4.94% on March 10.

            The S&P 500 posted its first close above 3,000 on July 12, 2019. The S&P 500 closed at 2,846.06 on
            Thursday. The S&P 500 closed at 2,783.36 on Wednesday. The S&P 500 closed at 2,846.06 on April 14.
            """;

    /** A store holding the shipped S&P 500 history (imported in the benchmark's JVM: DuckDB is then loaded). */
    @State(Scope.Benchmark)
    public static class Store {
        Path dir;
        Path file;

        @Setup(Level.Trial)
        public void importSpx() throws IOException {
            dir = Files.createTempDirectory("bellwether-check-bench");
            file = dir.resolve("spx.duckdb");
            Imports imports = new Imports(MarketStore.at(file), ImportProgress.NONE, false);
            imports.bars(Path.of(System.getProperty("bellwether.spx", "data/real/SPX.csv")), BarOptions.defaults());
            imports.instruments(Files.writeString(dir.resolve("instruments.csv"),
                    "symbol,name,kind,inception\nSPX,S&P 500,INDEX,1957-03-04\n"));
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

        CheckReport check() {
            MarketData data = new MarketData(MarketStore.at(file));
            return new ClaimChecker(data, ClaimChecker.DEFAULT_SESSION_WINDOW).check(REPORT, "report.md", AS_OF);
        }
    }

    /** The steady state's guard: the report makes at least {@value #MIN_CLAIMS} claims. */
    @State(Scope.Benchmark)
    public static class Counted {
        @Setup(Level.Trial)
        public void count(Store store) {
            int claims = store.check().claims().size();
            if (claims < MIN_CLAIMS) {
                throw new IllegalStateException("the report makes " + claims + " claims, fewer than " + MIN_CLAIMS);
            }
        }
    }

    /** The steady state: open the store, build the checker, check the report. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public CheckReport check(Store store, Counted counted) {
        return store.check();
    }

    /** The first check in a fresh JVM once the store is there: what one CLI run pays after start-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public CheckReport firstCheck(Store store) {
        return store.check();
    }
}
