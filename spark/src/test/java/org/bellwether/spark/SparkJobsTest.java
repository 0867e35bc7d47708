package org.bellwether.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.model.Member;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.facts.text.Json;
import org.bellwether.report.DemoStore;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.report.note.MarketNote;
import org.bellwether.report.note.NoteFact;
import org.bellwether.report.note.NoteRenderer;
import org.bellwether.report.note.NoteWriter;
import org.bellwether.store.MarketStore;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.ResultsImport;
import org.bellwether.store.TableSpec;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Spark jobs in local mode on the demo store's exported dataset equal the embedded engine, double for double. */
class SparkJobsTest {

    @TempDir
    static Path dir;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        ParquetExport.exportDataset(DemoStore.data().store(), Tables.DAILY_BARS, dir.resolve("dataset"));
        ParquetExport.exportDataset(DemoStore.data().store(), Tables.INTRADAY_BARS, dir.resolve("dataset"));
        for (TableSpec table : List.of(Tables.MEMBERS, Tables.FUNDAMENTALS, Tables.INSTRUMENTS)) {
            ParquetExport.exportDataset(DemoStore.data().store(), table, dir.resolve("dataset"));
        }
        spark = SparkSession.builder().master("local[2]").appName("bellwether-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    /**
     * A dataset {@code name} whose daily bars are the table {@code b} that {@code statements} make, written one file a
     * symbol folder as the export does.
     */
    private static Path datasetOfBars(String name, String... statements) throws Exception {
        Path dataset = dir.resolve(name);
        Path bars = Files.createDirectories(dataset.resolve("daily_bars"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("COPY b TO '" + bars + "' (FORMAT parquet, PARTITION_BY (symbol))");
        }
        return dataset;
    }

    /** The exported dataset's location, as the jobs take it. */
    private static String dataset() {
        return dir.resolve("dataset").toString();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void every_row_equals_the_embedded_engine_s() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        List<Row> rows = SparkScreen.screen(spark, dataset(), "SPX", asOf).collectAsList();
        Reports.Screen computed = SparkScreen.report(rows, "SPX", asOf);
        Reports.Screen embedded = new FactsEngine(DemoStore.data()).screen(null, "SPX", asOf);
        assertThat(computed.rows()).hasSize(embedded.rows().size()).hasSizeGreaterThan(2500);
        assertThat(computed.rows()).isEqualTo(embedded.rows()); // records compare doubles with Double.equals: bit for bit
        assertThat(computed.document()).isEqualTo(embedded.document());
        Reports.ScreenRow rut = computed.rows().stream().filter(r -> r.symbol().equals("RUT")).findFirst().orElseThrow();
        assertThat(rut.returnMtdPct()).isBetween(8.72, 8.74);
        assertThat(rut.recordsYtd()).isEqualTo(7);
    }

    @Test
    void a_series_that_stopped_weeks_before_is_stale_since_its_last_bar_and_one_gone_for_years_is_not_screened()
            throws Exception {
        Path stale = datasetOfBars("stale", // IDX to 2025-12-31, OLD stops on 2025-11-28, GONE in 2023
                "CREATE TABLE b AS SELECT s.symbol, d::DATE AS date, (100 + i % 7)::DOUBLE AS close, "
                + "(101 + i % 7)::DOUBLE AS high, (99 + i % 7)::DOUBLE AS low, 1000::DOUBLE AS volume FROM "
                + "(SELECT unnest(generate_series(DATE '2025-01-02', DATE '2025-12-31', INTERVAL 1 DAY)) AS d) "
                + "days, (SELECT unnest(['IDX', 'OLD']) AS symbol) s, (SELECT 1 AS i) one "
                + "WHERE dayofweek(d) BETWEEN 1 AND 5 AND (s.symbol = 'IDX' OR d <= DATE '2025-11-28')",
                "INSERT INTO b SELECT 'GONE', d::DATE, 50, 51, 49, 1000 FROM generate_series(DATE '2023-01-02', "
                + "DATE '2023-03-31', INTERVAL 1 DAY) t(d) WHERE dayofweek(d) BETWEEN 1 AND 5");
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        List<Row> rows = SparkScreen.screen(spark, stale.toString(), "IDX", asOf).collectAsList();
        List<Reports.ScreenRow> screened = SparkScreen.report(rows, "IDX", asOf).rows();
        assertThat(screened).extracting(Reports.ScreenRow::symbol).containsExactlyInAnyOrder("IDX", "OLD");
        Reports.ScreenRow old = screened.stream().filter(row -> row.symbol().equals("OLD")).findFirst().orElseThrow();
        assertThat(old.staleSince()).isEqualTo(LocalDate.of(2025, 11, 28));
    }

    @Test
    void bars_in_two_files_of_a_folder_or_in_no_symbol_folders_give_the_same_rows() throws Exception {
        Path split = dir.resolve("split");
        Path bars = Files.createDirectories(split.resolve("daily_bars"));
        try (var folders = Files.list(dir.resolve("dataset/daily_bars"))) {
            for (Path folder : folders.toList()) {
                Path copy = bars.resolve(folder.getFileName());
                if (Files.isDirectory(folder)) {
                    Files.createDirectories(copy);
                    try (var files = Files.list(folder)) {
                        for (Path file : files.toList()) {
                            Files.copy(file, copy.resolve(file.getFileName()));
                        }
                    }
                }
            }
        }
        Path rut = bars.resolve("symbol=RUT");
        Path flat = Files.createDirectories(dir.resolve("flat").resolve("daily_bars"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) { // RUT's bars in two files, halves of its history
            String file = rut.resolve("data_0.parquet").toString();
            statement.execute("CREATE TABLE rut AS SELECT * FROM read_parquet('" + file + "')");
            statement.execute("COPY (SELECT * FROM rut WHERE date < DATE '2016-01-01') TO '" + file + "' (FORMAT parquet)");
            statement.execute("COPY (SELECT * FROM rut WHERE date >= DATE '2016-01-01') TO '"
                    + rut.resolve("data_1.parquet") + "' (FORMAT parquet)");
            // every symbol in one file, no folders: Spark reads the table and groups it
            statement.execute("COPY (SELECT * FROM read_parquet('" + dataset() + "/daily_bars/*/*.parquet', "
                    + "hive_partitioning = true)) TO '" + flat.resolve("all.parquet") + "' (FORMAT parquet)");
        }
        assertThat(SymbolFolders.of(spark, bars.toString()).orElseThrow()).filteredOn(f -> f.symbol().equals("RUT"))
                .singleElement().extracting(f -> f.files().size()).isEqualTo(2);
        assertThat(SymbolFolders.of(spark, flat.toString())).isEmpty();

        LocalDate asOf = LocalDate.of(2026, 1, 22);
        List<Row> whole = SparkScreen.screen(spark, dataset(), "SPX", asOf).collectAsList();
        assertThat(SparkScreen.screen(spark, split.toString(), "SPX", asOf).collectAsList()).hasSizeGreaterThan(2500)
                .isEqualTo(whole);
        assertThat(SparkScreen.screen(spark, flat.getParent().toString(), "SPX", asOf).collectAsList())
                .isEqualTo(whole);
    }

    @Test
    void symbols_read_from_folder_names_are_spark_s_own_partition_values() throws Exception {
        Path odd = datasetOfBars("odd", "CREATE TABLE b AS SELECT * FROM (VALUES ('^GSPC'), ('BRK/B'), ('A=B C'), "
                + "('0001')) s(symbol), (VALUES (DATE '2026-01-05', 10.0::DOUBLE)) t(date, close)");
        List<String> folders = SymbolFolders.of(spark, odd.resolve("daily_bars").toString()).orElseThrow().stream()
                .map(SymbolFolders.SymbolFolder::symbol).toList();
        List<String> sparks = spark.read().option("basePath", odd.resolve("daily_bars").toString())
                .schema("date DATE, close DOUBLE, symbol STRING").parquet(odd.resolve("daily_bars").toString())
                .select("symbol").distinct().collectAsList().stream().map(row -> row.getString(0)).sorted().toList();
        assertThat(folders).containsExactlyElementsOf(sparks).contains("^GSPC", "BRK/B", "A=B C", "0001");
    }

    @Test
    void bars_read_per_folder_equal_spark_s_own_reading_for_every_page_version_encoding_and_null() throws Exception {
        for (String version : List.of("V1", "V2")) {
            Path dataset = dir.resolve("encodings-" + version);
            Path bars = Files.createDirectories(dataset.resolve("daily_bars"));
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = connection.createStatement()) {
                // plain doubles, doubles with nulls, few distinct values (a dictionary), 32-bit whole numbers with
                // nulls, floats; small row groups, so that a file has several
                statement.execute("CREATE TABLE b AS SELECT 'S' || (i % 3) AS symbol, DATE '2000-01-03' + (i // 3)::INTEGER "
                        + "AS date, 100 + sin(i) * 10 AS close, CASE WHEN i % 7 = 0 THEN NULL ELSE 111 + cos(i) END AS high, "
                        + "(90 + i % 5)::DOUBLE AS low, CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 37 % 1000)::INTEGER END "
                        + "AS volume, (i / 3)::FLOAT AS open FROM range(6000) t(i)");
                statement.execute("COPY b TO '" + bars + "' (FORMAT parquet, PARTITION_BY (symbol), PARQUET_VERSION "
                        + version + ", ROW_GROUP_SIZE 512)");
                statement.execute("ALTER TABLE b DROP COLUMN volume");
                statement.execute("ALTER TABLE b RENAME COLUMN open TO volume"); // floats as volumes
                statement.execute("COPY b TO '" + dataset.resolve("floats") + "' (FORMAT parquet, PARTITION_BY (symbol), "
                        + "PARQUET_VERSION " + version + ")");
            }
            // Spark's vectorized reader refuses the BYTE_STREAM_SPLIT doubles of DuckDB's V2 files; its row reader
            spark.conf().set("spark.sql.parquet.enableVectorizedReader", "false");
            for (Path table : List.of(bars, dataset.resolve("floats"))) {
                Map<String, List<Row>> bySymbol = new TreeMap<>();
                for (Row row : spark.read().parquet(table.toString()).select(SymbolBars.COLUMNS[0], Arrays.copyOfRange(
                        SymbolBars.COLUMNS, 1, SymbolBars.COLUMNS.length)).collectAsList()) {
                    bySymbol.computeIfAbsent(row.getString(0), symbol -> new ArrayList<>()).add(row);
                }
                List<String> sparks = bySymbol.entrySet().stream().map(entry -> describe(SymbolBars.of(entry.getKey(),
                        entry.getValue().iterator()))).toList();
                List<String> folders = SymbolFolders.of(spark, table.toString()).orElseThrow().stream()
                        .map(folder -> describe(ParquetBars.read(folder, spark.sparkContext().hadoopConfiguration())))
                        .toList();
                assertThat(folders).as(version + " " + table.getFileName()).hasSize(3).isEqualTo(sparks);
                assertThat(folders.get(0)).contains("NaN"); // the nulls came through as such
            }
            spark.conf().unset("spark.sql.parquet.enableVectorizedReader");
        }
    }

    /** Every value of {@code bars}, as text. */
    private static String describe(SymbolBars bars) {
        return bars.symbol() + Arrays.toString(bars.days()) + Arrays.toString(bars.closes())
                + Arrays.toString(bars.highs()) + Arrays.toString(bars.lows()) + Arrays.toString(bars.volumes());
    }

    @Test
    void a_file_without_closes_or_with_text_for_numbers_is_refused_naming_it() throws Exception {
        Path noClose = datasetOfBars("no-close",
                "CREATE TABLE b AS SELECT 'AAA' AS symbol, DATE '2026-01-05' AS date, 10.0::DOUBLE AS high");
        assertThatThrownBy(() -> PerSymbol.unordered(spark, noClose.toString(), null, null, new StructType(),
                (one, none) -> List.of()).collectAsList()).hasStackTraceContaining("symbol=AAA")
                .hasStackTraceContaining("has no column close");
        Path text = datasetOfBars("text-volume", "CREATE TABLE b AS SELECT 'AAA' AS symbol, DATE '2026-01-05' AS date, "
                + "10.0::DOUBLE AS close, 'many' AS volume");
        assertThatThrownBy(() -> PerSymbol.unordered(spark, text.toString(), null, null, new StructType(),
                (one, none) -> List.of()).collectAsList()).hasStackTraceContaining("the column volume of")
                .hasStackTraceContaining("not a number");
    }

    @Test
    void statistics_against_an_index_equal_the_embedded_engine_s_for_every_symbol() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 2);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<Reports.Stats> computed = SparkStats.reports(SparkStats.stats(spark, dataset(), "RUT",
                from, to).collectAsList());
        FactsEngine engine = new FactsEngine(DemoStore.data());
        assertThat(computed).hasSizeGreaterThan(2500);
        for (Reports.Stats row : computed) {
            assertThat(row).isEqualTo(engine.stats(row.symbol(), "RUT", from, to));
        }
        assertThat(computed.stream().filter(r -> r.symbol().equals("KRX")).findFirst().orElseThrow().sessions())
                .isEqualTo(249);
    }

    @Test
    void record_closes_equal_the_embedded_engine_s_for_every_symbol() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        Map<String, List<String>> computed = new TreeMap<>();
        for (Row row : SparkRecords.records(spark, dataset(), 2026, asOf).collectAsList()) {
            computed.computeIfAbsent(row.getString(0), s -> new ArrayList<>()).add(row.get(1) + " " + row.getDouble(2));
        }
        FactsEngine engine = new FactsEngine(DemoStore.data());
        Map<String, List<String>> embedded = new TreeMap<>();
        for (String symbol : DemoStore.data().dailySince(null, LocalDate.MIN).keySet()) {
            List<String> records = engine.records(symbol, 2026, asOf).records().stream()
                    .map(r -> r.date() + " " + r.close()).toList();
            if (!records.isEmpty()) {
                embedded.put(symbol, records);
            }
        }
        assertThat(computed).isEqualTo(embedded).hasSizeGreaterThan(100);
        assertThat(computed.get("RUT")).hasSize(7).last().isEqualTo("2026-01-22 2512.18");
    }

    @Test
    void daily_breakouts_equal_the_embedded_engine_s_for_every_symbol() {
        LocalDate from = LocalDate.of(2025, 6, 2);
        LocalDate to = LocalDate.of(2026, 1, 22);
        Map<String, Reports.Breakouts> computed = SparkBreakouts.reports(SparkBreakouts.breakouts(spark,
                dataset(), from, to, false).collectAsList());
        LevelFacts levels = new LevelFacts(DemoStore.data());
        Map<String, Reports.Breakouts> embedded = new LinkedHashMap<>();
        for (String symbol : DemoStore.data().dailySymbols()) {
            Reports.Breakouts breakouts = levels.breakouts(symbol, from, to, false);
            if (!breakouts.breakouts().isEmpty()) {
                embedded.put(symbol, breakouts);
            }
        }
        assertThat(computed).isEqualTo(embedded).hasSizeGreaterThan(1000);
    }

    @Test
    void minute_breakouts_equal_the_embedded_engine_s_for_every_symbol_with_minute_bars() {
        LocalDate from = LocalDate.of(2026, 1, 2);
        LocalDate to = LocalDate.of(2026, 1, 22);
        Map<String, Reports.Breakouts> computed = SparkBreakouts.reports(SparkBreakouts.breakouts(spark,
                dataset(), from, to, true).collectAsList());
        LevelFacts levels = new LevelFacts(DemoStore.data());
        assertThat(computed).containsKeys("RUT", "KRX");
        for (Reports.Breakouts breakouts : computed.values()) {
            assertThat(breakouts).isEqualTo(levels.breakouts(breakouts.symbol(), from, to, true));
        }
        assertThat(computed.get("RUT").breakouts()).anySatisfy(row -> {
            assertThat(row.time()).isEqualTo("2026-01-21T12:30:00-05:00");
            assertThat(row.level()).isBetween(2440.0, 2460.0);
            assertThat(row.heldMinutes()).isEqualTo(180.0);
        });
    }

    @Test
    void breadth_at_every_session_equals_the_embedded_engine_s() {
        LocalDate from = LocalDate.of(2025, 12, 1);
        LocalDate to = LocalDate.of(2026, 1, 22);
        IndexFacts embedded = new IndexFacts(DemoStore.data());
        for (String index : List.of("RUT", "SPX")) {
            List<Reports.Breadth> computed = SparkIndexFacts.breadth(spark, dataset(), index, from, to)
                    .collectAsList().stream().map(SparkIndexFacts::breadthReport).toList();
            assertThat(computed).hasSize(DemoStore.data().daily(index).require().range(from, to)[1]
                    - DemoStore.data().daily(index).require().range(from, to)[0]);
            for (Reports.Breadth row : computed) {
                assertThat(row).isEqualTo(embedded.breadth(index, row.asOf()));
            }
        }
    }

    @Test
    void concentration_at_every_session_equals_the_embedded_engine_s() {
        LocalDate from = LocalDate.of(2025, 12, 1);
        LocalDate to = LocalDate.of(2026, 1, 22);
        IndexFacts embedded = new IndexFacts(DemoStore.data());
        List<Reports.Concentration> computed = SparkIndexFacts.concentration(spark, dataset(), "SPX",
                from, to, 5, null).collectAsList().stream().map(SparkIndexFacts::concentrationReport).toList();
        assertThat(computed).hasSizeGreaterThan(30);
        for (Reports.Concentration row : computed) {
            assertThat(row).isEqualTo(embedded.concentration("SPX", row.asOf(), 5, null));
        }
        assertThat(computed.get(computed.size() - 1).topWeightPct()).isBetween(22.49, 22.51);
        Reports.Concentration fromDecember = SparkIndexFacts.concentrationReport(SparkIndexFacts.concentration(spark,
                dataset(), "RUT", to, to, 10, from).first());
        assertThat(fromDecember).isEqualTo(embedded.concentration("RUT", to, 10, from));
    }

    @Test
    void the_zombie_screen_equals_the_embedded_engine_s() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        BalanceSheetFacts embedded = new BalanceSheetFacts(DemoStore.data());
        for (String index : List.of("RUT", "SPX")) {
            List<Row> rows = SparkZombies.companies(spark, dataset(), index, asOf).collectAsList();
            Reports.Zombies computed = SparkZombies.screen(spark, dataset(), index, asOf, rows);
            assertThat(computed).isEqualTo(embedded.zombies(index, asOf));
        }
        Reports.Zombies rut = SparkZombies.screen(spark, dataset(), "RUT", asOf, SparkZombies.companies(
                spark, dataset(), "RUT", asOf).collectAsList());
        assertThat(rut.sharePct()).isEqualTo(20.0);
        assertThat(rut.withData()).isEqualTo(2000);
    }

    @Test
    void every_job_s_results_come_into_a_store_without_the_bars_and_answer_there() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        LocalDate from = LocalDate.of(2025, 6, 2);
        Path results = dir.resolve("all-results");
        String dataset = dir.resolve("dataset").toUri().toString(); // as a URI (file:///...), as on a cluster
        for (String[] job : List.of(
                new String[] {"screen", "--vs", "RUT", "--as-of", "2026-01-22"},
                new String[] {"stats", "--vs", "RUT", "--from", "2025-06-02", "--to", "2026-01-22"},
                new String[] {"records", "--year", "2026", "--as-of", "2026-01-22"},
                new String[] {"breakouts", "--from", "2025-06-02", "--to", "2026-01-22"},
                new String[] {"breadth", "--index", "RUT", "--from", "2026-01-21", "--to", "2026-01-22"},
                new String[] {"concentration", "--index", "SPX", "--from", "2026-01-22", "--to", "2026-01-22",
                    "--top", "5"},
                new String[] {"zombies", "--index", "RUT", "--as-of", "2026-01-22"})) {
            List<String> args = new ArrayList<>(List.of(job));
            args.addAll(List.of("--dataset", dataset, "--out", results.toString(), "--master", "local[2]"));
            assertThat(SparkMain.commandLine().execute(args.toArray(String[]::new))).as(job[0]).isZero();
        }
        MarketData demo = DemoStore.data();
        String member = demo.reference().members("RUT", asOf).require().get(0).symbol();
        Reports.Stats stats = new FactsEngine(demo).stats(member, "RUT", from, asOf);
        String recordSymbol = SparkRecords.records(spark, dataset(), 2026, asOf).collectAsList().stream()
                .map(row -> row.getString(0)).filter(symbol -> !List.of("RUT", "SPX", "NDX").contains(symbol)).findFirst()
                .orElseThrow();
        Reports.Records records = new FactsEngine(demo).records(recordSymbol, 2026, asOf);
        LevelFacts demoLevels = new LevelFacts(demo);
        String breakoutSymbol = demo.reference().members("RUT", asOf).require().stream().map(Member::symbol)
                .filter(symbol ->
                !demoLevels.breakouts(symbol, from, asOf, false).breakouts().isEmpty()).findFirst().orElseThrow();
        Reports.Breakouts breakouts = demoLevels.breakouts(breakoutSymbol, from, asOf, false);

        // a store that keeps only the indices' bars and no fundamentals: what it knows of the members is imported
        Path copy = dir.resolve("indices-only.duckdb");
        Files.copy(demo.store().file(), copy);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + copy);
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM daily_bars WHERE symbol NOT IN ('RUT', 'SPX', 'NDX')");
            statement.execute("DELETE FROM fundamentals");
        }
        MarketStore store = MarketStore.at(copy);
        ResultsImport.Report report = ResultsImport.importResults(store, results, "spark: all");
        assertThat(report.imported()).hasSize(7).anySatisfy(line -> assertThat(line).startsWith("breadth: 2 rows "
                + "(RUT 2026-01-21, RUT 2026-01-22)"));
        ResultsImport.Report again = ResultsImport.importResults(store, results, "spark: all");
        assertThat(again.rows()).isEqualTo(report.rows());
        MarketData imported = new MarketData(store);
        assertThat(new IndexFacts(imported).breadth("RUT", asOf)).isEqualTo(new IndexFacts(demo).breadth("RUT", asOf));
        assertThat(new IndexFacts(imported).concentration("SPX", asOf, 5, null))
                .isEqualTo(new IndexFacts(demo).concentration("SPX", asOf, 5, null));
        assertThat(new BalanceSheetFacts(imported).zombies("RUT", asOf))
                .isEqualTo(new BalanceSheetFacts(demo).zombies("RUT", asOf));
        assertThat(new FactsEngine(imported).stats(member, "RUT", from, asOf)).isEqualTo(stats);
        assertThat(new FactsEngine(imported).records(recordSymbol, 2026, asOf)).isEqualTo(records);
        assertThat(new LevelFacts(imported).breakouts(breakoutSymbol, from, asOf, false))
                .isEqualTo(breakouts);

        // a screen asked for a holiday is the imported screen of the session before
        Path friday = dir.resolve("friday-results");
        assertThat(SparkMain.commandLine().execute("screen", "--vs", "SPX", "--as-of", "2026-01-16", "--dataset",
                dataset, "--out", friday.toString(), "--master", "local[2]")).isZero();
        ResultsImport.importResults(store, friday, "spark: friday");
        Reports.Screen holiday = new FactsEngine(imported).screen(null, "SPX", LocalDate.of(2026, 1, 19));
        assertThat(holiday.source()).isEqualTo("spark: friday");
        assertThat(holiday.asOf()).isEqualTo(LocalDate.of(2026, 1, 16));

        // the note reads the imported universe screen, and the checker finds its numbers right
        MarketNote note = new NoteWriter(imported).write(List.of("RUT", "SPX"), asOf);
        NoteFact screened = note.facts().stream().filter(f -> f.kind().equals("screen_count")).findFirst().orElseThrow();
        assertThat(screened.value()).isEqualTo(2503);
        assertThat(screened.definition()).contains("imported from spark: all");
        String text = NoteRenderer.markdown(note, "charts");
        CheckReport check = new ClaimChecker(imported, ClaimChecker.DEFAULT_SESSION_WINDOW).check(text, "note.md",
                asOf);
        assertThat(check.claims()).filteredOn(claim -> claim.kind().startsWith("screen_")).hasSize(3)
                .allMatch(claim -> claim.verdict().equals(Claim.VERIFIED));
    }

    @Test
    void the_command_writes_parquet_and_prints_the_embedded_screen_s_document() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = SparkMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        Path results = dir.resolve("results");
        int code = commandLine.execute("screen", "--dataset", dir.resolve("dataset").toString(), "--vs", "SPX",
                "--as-of", "2026-01-22", "--out", results.toString(), "--master", "local[2]", "--json");
        assertThat(code).isZero();
        ObjectMapper json = Json.mapper(false);
        Reports.Screen embedded = new FactsEngine(DemoStore.data()).screen(null, "SPX", LocalDate.of(2026, 1, 22));
        assertThat(json.readTree(out.toString())).isEqualTo(json.readTree(json.writeValueAsString(embedded
                .document())));
        assertThat(results.resolve("screen/_SUCCESS")).exists();
        assertThat(spark.read().parquet(results.resolve("screen").toString()).count()).isEqualTo(embedded.rows()
                .size());
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("screen", "--dataset", dir.resolve("dataset").toString(), "--vs", "SPX",
                "--as-of", "2026-01-22", "--out", results.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exist already");

        // the results come into a store: its screen is then theirs, with its source, the same rows; again: no change
        Path copy = dir.resolve("copy.duckdb");
        Files.copy(DemoStore.data().store().file(), copy);
        MarketStore store = MarketStore.at(copy);
        ResultsImport.Report report = ResultsImport.importResults(store, results, "spark: test");
        assertThat(report.imported()).containsExactly("screen: 2,504 rows (2026-01-22 SPX)");
        assertThat(report.rows()).isEqualTo(embedded.rows().size());
        ResultsImport.importResults(store, results, "spark: test");
        Reports.Screen imported = new FactsEngine(new MarketData(store)).screen(null, "SPX", LocalDate.of(2026, 1, 22));
        assertThat(imported.source()).isEqualTo("spark: test");
        assertThat(imported.rows()).isEqualTo(embedded.rows());
        assertThat(new FactsEngine(new MarketData(store)).screen(null, "NDX", LocalDate.of(2026, 1, 22)).source())
                .as("another benchmark: computed here").isNull();
    }
}
