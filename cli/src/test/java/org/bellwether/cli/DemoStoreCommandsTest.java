package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every analytics command on the demo store (the simulated January 2026 breakout), as a user would run them. */
class DemoStoreCommandsTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void demoStore() {
        db = dir.resolve("demo.duckdb").toString();
        assertThat(Main.commandLine().execute("--db", db, "demo")).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        return AnalyticsCommandsTest.jsonFrom(db, args);
    }

    @Test
    void perf_month_to_date_and_relative_performance() throws IOException {
        JsonNode perf = json("perf", "RUT", "SPX", "NDX", "--mtd", "--as-of", "2026-01-22");
        assertThat(perf.get("rows").get(0).get("start_date").asText()).isEqualTo("2025-12-31");
        assertThat(perf.get("rows").get(0).get("return_pct").asDouble()).isCloseTo(8.7313, within(1e-3));
        double expectedBp = (2512.18 / 2310.45 - 6120.45 / 5980.12) * 10_000; // 638.46: the story says "nearly 400"
        assertThat(perf.get("relative_bp").get(0).get("bp").asDouble()).isCloseTo(expectedBp, within(1e-6));
        assertThat(perf.get("relative_bp").get(1).get("b").asText()).isEqualTo("NDX");
    }

    @Test
    void records_moves_stats_and_correlations() throws IOException {
        assertThat(json("records", "RUT", "--year", "2026", "--as-of", "2026-01-22").get("count").asInt()).isEqualTo(7);
        JsonNode moves = json("moves", "RUT", "--from", "2026-01-21", "--to", "2026-01-21", "--k", "0");
        assertThat(moves.get("moves").get(0).get("return_pct").asDouble()).isCloseTo(2.0, within(1e-9));
        JsonNode stats = json("stats", "KRX", "--vs", "RUT", "--from", "2025-01-02", "--to", "2025-12-31");
        assertThat(stats.get("correlation").asDouble()).isGreaterThan(0.8);
        assertThat(stats.get("sessions").asInt()).isEqualTo(249);
        JsonNode ticks = json("corr", "KRX", "RUT", "--from", "2026-01-16", "--to", "2026-01-23", "--intraday");
        assertThat(ticks.get("correlation").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void breakouts_and_levels_intraday() throws IOException {
        JsonNode breaks = json("breakouts", "RUT", "--from", "2026-01-21", "--to", "2026-01-21", "--intraday");
        JsonNode first = breaks.get("breakouts").get(0);
        assertThat(first.get("time").asText()).isEqualTo("2026-01-21T12:30:00-05:00");
        assertThat(first.get("level").asDouble()).isCloseTo(2450, within(12.25));
        assertThat(first.get("held_minutes").asDouble()).isEqualTo(180);
        assertThat(first.get("confirmed").asBoolean()).isTrue();
        JsonNode levels = json("levels", "RUT", "--as-of", "2026-01-20", "--intraday");
        assertThat(levels.get("levels").findValuesAsText("kind")).contains("resistance");
    }

    @Test
    void breadth_concentration_and_sectors_from_point_in_time_members() throws IOException {
        JsonNode breadth = json("breadth", "RUT", "--as-of", "2026-01-22");
        assertThat(breadth.get("members").asInt()).isEqualTo(2000);
        assertThat(breadth.get("with_data").asInt()).isEqualTo(2000);
        assertThat(breadth.get("advancers").asInt() + breadth.get("decliners").asInt()
                + breadth.get("unchanged").asInt()).isEqualTo(2000);
        JsonNode concentration = json("concentration", "SPX", "--as-of", "2026-01-22", "--top", "5", "--from",
                "2025-12-31");
        assertThat(concentration.get("members").asInt()).isEqualTo(500);
        assertThat(concentration.get("cap_minus_equal_bp").asDouble()).isNegative();
        JsonNode sectors = json("sectors", "RUT", "--from", "2025-12-31", "--to", "2026-01-22");
        assertThat(sectors.get("sectors").findValuesAsText("sector")).contains("Industrials", "Materials");
    }

    @Test
    void the_screen_covers_every_symbol_of_the_demo_store() throws IOException {
        JsonNode screen = json("screen", "--all", "--vs", "SPX", "--as-of", "2026-01-22");
        assertThat(screen.get("rows")).hasSize(2504);
        JsonNode rut = null;
        for (JsonNode row : screen.get("rows")) {
            rut = row.get("symbol").asText().equals("RUT") ? row : rut;
        }
        assertThat(rut.get("records_ytd").asInt()).isEqualTo(7);
        assertThat(rut.get("return_mtd_pct").asDouble()).isCloseTo(8.7313, within(1e-3));
    }

    @Test
    void balance_sheets_rates_and_the_calendar_recover_what_the_scenario_planted() throws IOException {
        JsonNode zombies = json("screen", "zombies", "RUT", "--as-of", "2026-01-22", "--vs", "SPX");
        assertThat(AnalyticsCommandsTest.fields(zombies)).startsWith("index", "as_of", "members", "with_data",
                "weight_with_data_pct", "zombies", "share_pct", "strict_zombies", "strict_share_pct", "by_sector",
                "companies");
        assertThat(zombies.get("share_pct").asDouble()).isEqualTo(20.0);
        assertThat(zombies.get("companies")).hasSize(2000);
        assertThat(zombies.get("compare").get("share_pct").asDouble()).isLessThan(8);
        assertThat(zombies.get("aggregates").get("floating_share_of_debt_pct").asDouble())
                .isGreaterThan(zombies.get("compare").get("aggregates").get("floating_share_of_debt_pct").asDouble());
        JsonNode rates = json("rates", "--as-of", "2026-01-22");
        assertThat(AnalyticsCommandsTest.fields(rates.get("series").get(0))).containsExactly("series", "unit", "date",
                "level", "change_1d_bp", "change_1w_bp", "change_mtd_bp", "change_ytd_bp", "spread_move", "stale_since");
        for (JsonNode row : rates.get("series")) {
            if (row.get("series").asText().equals("DGS2")) {
                assertThat(row.get("change_mtd_bp").asDouble()).isEqualTo(-24);
            }
            if (row.get("series").asText().equals("BAMLH0A0HYM2")) {
                assertThat(row.get("spread_move").asText()).isEqualTo("tightening");
            }
        }
        JsonNode calendar = json("calendar", "--from", "2026-01-01", "--to", "2026-01-31", "--as-of", "2026-01-22");
        assertThat(calendar.get("next_catalyst").get("headline").asText()).startsWith("GDP, fourth quarter 2025");
        assertThat(calendar.get("events").findValuesAsText("headline")).contains("Tariff threat on Greenland withdrawn");
        JsonNode sensitivity = json("sensitivity", "RUT", "--series", "DGS2", "--from", "2025-01-02", "--to",
                "2025-12-31");
        assertThat(AnalyticsCommandsTest.fields(sensitivity)).startsWith("symbol", "series", "observations",
                "slope_pct_per_100bp", "t_stat", "r_squared");
        assertThat(sensitivity.get("observations").asInt()).isEqualTo(249);
    }

    @Test
    void the_trade_policy_event_is_behind_the_two_percent_session() throws IOException {
        JsonNode catalysts = json("catalysts", "RUT", "--from", "2026-01-02", "--to", "2026-01-23", "--top", "1");
        JsonNode largest = catalysts.get("moves").get(0);
        assertThat(largest.get("date").asText()).isEqualTo("2026-01-21");
        assertThat(largest.get("events").findValuesAsText("headline")).containsExactly(
                "Tariff threat on Greenland withdrawn");
        String id = largest.get("events").get(0).get("id").asText();
        JsonNode study = json("event-study", "--event", id, "--symbols", "RUT,KRX", "--vs", "SPX");
        assertThat(study.get("day0").asText()).isEqualTo("2026-01-21");
        JsonNode rut = study.get("results").get(0);
        assertThat(rut.get("estimation_returns").asInt()).isEqualTo(240);
        assertThat(rut.get("returns").get(1).get("day").asInt()).isZero();
        assertThat(rut.get("returns").get(1).get("abnormal_pct").asDouble()).isPositive();
        assertThat(rut.get("intraday").isNull()).as("08:05 is before the open").isTrue();
    }

    @Test
    void a_rate_shock_and_tariffs_push_more_small_caps_below_cover() throws IOException {
        JsonNode whatIf = json("whatif", "RUT", "--as-of", "2026-01-22", "--rates", "+100bp", "--tariff",
                "Materials=25%", "--tariff", "Industrials=25%");
        assertThat(whatIf.get("share_before_pct").asDouble()).isEqualTo(20.0);
        assertThat(whatIf.get("share_after_pct").asDouble()).isGreaterThan(21);
        assertThat(whatIf.get("by_sector").findValuesAsText("sector")).contains("Materials", "Industrials");
    }

    @Test
    void text_output_says_the_data_is_simulated() {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(commandLine.execute("--db", db, "records", "RUT", "--year", "2026")).isZero();
        assertThat(out.toString()).contains("Simulated data: small-cap-breakout-2026 (seed 42)");
    }
    @Test
    void the_demo_writes_its_note_and_the_reference_story_beside_the_store() throws IOException {
        Path demo = dir.resolve("bellwether-demo");
        assertThat(demo.resolve("demo-note.html")).isNotEmptyFile();
        assertThat(demo.resolve("demo-note.md")).isNotEmptyFile();
        assertThat(demo.resolve("demo-note.facts.json")).isNotEmptyFile();
        // every printed number with its fact: the table's first cell is RUT's close on 2025-12-31
        JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(demo.resolve(
                "demo-note.facts.json").toFile()).get("facts").get(0);
        assertThat(first.get("id").asText()).isEqualTo("f1");
        assertThat(first.get("kind").asText()).isEqualTo("close");
        assertThat(first.get("subjects").get(0).asText()).isEqualTo("RUT");
        assertThat(first.get("start").asText()).isEqualTo("2025-12-31");
        assertThat(first.get("end").asText()).isEqualTo("2025-12-31");
        assertThat(first.get("value").asDouble()).isEqualTo(2310.45);
        assertThat(first.get("unit").asText()).isEqualTo("level");
        assertThat(first.get("printed").asText()).isEqualTo("2,310.45");
        assertThat(first.get("definition").asText()).startsWith("the close of the last session on or before");
        assertThat(first.get("source").asText()).startsWith("simulated: small-cap-breakout-2026");
        assertThat(demo.resolve("demo-note-charts/price.svg")).isNotEmptyFile();
        assertThat(java.nio.file.Files.readString(demo.resolve("small-cap-fever.txt")))
                .contains("nearly 400 basis points");
    }

    @Test
    void check_prints_every_claim_with_its_verdict() throws IOException {
        JsonNode check = json("check", dir.resolve("bellwether-demo/small-cap-fever.txt").toString(), "--as-of",
                "2026-01-22");
        assertThat(AnalyticsCommandsTest.fields(check)).containsExactly("claims", "summary");
        assertThat(AnalyticsCommandsTest.fields(check.get("claims").get(0))).containsExactly("text", "kind", "stated",
                "computed", "unit", "verdict", "explanation");
        assertThat(check.get("summary").toString()).isEqualTo("{\"verified\":22,\"contradicted\":1,\"unverifiable\":2}");
        JsonNode contradicted = null;
        for (JsonNode claim : check.get("claims")) {
            if (claim.get("verdict").asText().equals("contradicted")) {
                contradicted = claim;
            }
        }
        assertThat(contradicted.get("stated").asDouble()).isEqualTo(400);
        assertThat(contradicted.get("computed").asDouble()).isCloseTo(638.46, within(0.01));
    }

    @Test
    void note_writes_the_format_asked_for_and_check_verifies_it() throws IOException {
        Path pdf = dir.resolve("notes/jan22.pdf");
        JsonNode written = json("note", "--universe", "RUT,SPX", "--as-of", "2026-01-22", "--out", pdf.toString());
        assertThat(written.get("format").asText()).isEqualTo("pdf");
        assertThat(written.get("headline").asText()).isEqualTo("Russell 2000 posts its first close above 2,500");
        assertThat(written.get("self_check").get("verified").asInt()).as("checked before it was written")
                .isEqualTo(written.get("self_check").get("claims").asInt()).isGreaterThan(20);
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path md = dir.resolve("notes/jan22.md");
        json("note", "--universe", "RUT,SPX", "--as-of", "2026-01-22", "--out", md.toString());
        JsonNode check = json("check", md.toString(), "--as-of", "2026-01-22");
        assertThat(check.get("summary").get("contradicted").asInt()).isZero();
        assertThat(check.get("summary").get("unverifiable").asInt()).isZero();
        assertThat(check.get("summary").get("verified").asInt()).isGreaterThan(20);
    }

    @Test
    void check_names_a_missing_file_and_exits_2() {
        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(commandLine.execute("--db", db, "check", dir.resolve("nope.md").toString(), "--as-of",
                "2026-01-22")).isEqualTo(2);
        assertThat(err.toString()).contains("FILE: no such file").contains("nope.md");
    }
}
