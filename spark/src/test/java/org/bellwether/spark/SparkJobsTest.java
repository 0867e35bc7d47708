package org.bellwether.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.report.DemoStore;
import org.bellwether.report.Json;
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

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void every_row_equals_the_embedded_engine_s() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        List<Row> rows = SparkScreen.screen(spark, dir.resolve("dataset"), "SPX", asOf).collectAsList();
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
    void statistics_against_an_index_equal_the_embedded_engine_s_for_every_symbol() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 2);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<Reports.Stats> computed = SparkStats.reports(SparkStats.stats(spark, dir.resolve("dataset"), "RUT",
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
        for (Row row : SparkRecords.records(spark, dir.resolve("dataset"), 2026, asOf).collectAsList()) {
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
                dir.resolve("dataset"), from, to, false).collectAsList());
        LevelFacts levels = new LevelFacts(DemoStore.data(), NyseCalendar.INSTANCE);
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
                dir.resolve("dataset"), from, to, true).collectAsList());
        LevelFacts levels = new LevelFacts(DemoStore.data(), NyseCalendar.INSTANCE);
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
            List<Reports.Breadth> computed = SparkIndexFacts.breadth(spark, dir.resolve("dataset"), index, from, to)
                    .collectAsList().stream().map(SparkIndexFacts::breadthReport).toList();
            assertThat(computed).hasSize(DemoStore.data().daily(index).range(from, to)[1]
                    - DemoStore.data().daily(index).range(from, to)[0]);
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
        List<Reports.Concentration> computed = SparkIndexFacts.concentration(spark, dir.resolve("dataset"), "SPX",
                from, to, 5, null).collectAsList().stream().map(SparkIndexFacts::concentrationReport).toList();
        assertThat(computed).hasSizeGreaterThan(30);
        for (Reports.Concentration row : computed) {
            assertThat(row).isEqualTo(embedded.concentration("SPX", row.asOf(), 5, null));
        }
        assertThat(computed.get(computed.size() - 1).topWeightPct()).isBetween(22.49, 22.51);
        Reports.Concentration fromDecember = SparkIndexFacts.concentrationReport(SparkIndexFacts.concentration(spark,
                dir.resolve("dataset"), "RUT", to, to, 10, from).first());
        assertThat(fromDecember).isEqualTo(embedded.concentration("RUT", to, 10, from));
    }

    @Test
    void the_zombie_screen_equals_the_embedded_engine_s() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        BalanceSheetFacts embedded = new BalanceSheetFacts(DemoStore.data());
        for (String index : List.of("RUT", "SPX")) {
            List<Row> rows = SparkZombies.companies(spark, dir.resolve("dataset"), index, asOf).collectAsList();
            Reports.Zombies computed = SparkZombies.screen(spark, dir.resolve("dataset"), index, asOf, rows);
            assertThat(computed).isEqualTo(embedded.zombies(index, asOf));
        }
        Reports.Zombies rut = SparkZombies.screen(spark, dir.resolve("dataset"), "RUT", asOf, SparkZombies.companies(
                spark, dir.resolve("dataset"), "RUT", asOf).collectAsList());
        assertThat(rut.sharePct()).isEqualTo(20.0);
        assertThat(rut.withData()).isEqualTo(2000);
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
        assertThat(report.screens()).containsExactly("2026-01-22 vs SPX");
        assertThat(report.rows()).isEqualTo(embedded.rows().size());
        ResultsImport.importResults(store, results, "spark: test");
        Reports.Screen imported = new FactsEngine(new MarketData(store)).screen(null, "SPX", LocalDate.of(2026, 1, 22));
        assertThat(imported.source()).isEqualTo("spark: test");
        assertThat(imported.rows()).isEqualTo(embedded.rows());
        assertThat(new FactsEngine(new MarketData(store)).screen(null, "NDX", LocalDate.of(2026, 1, 22)).source())
                .as("another benchmark: computed here").isNull();
    }
}
