package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The analytics commands on a store of real S&P 500 bars (data/real/SPX.csv): JSON documents with exactly the
 * documented field names, and values checked against independently computed ones.
 */
class AnalyticsCommandsTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void realStore() {
        db = dir.resolve("real.duckdb").toString();
        assertThat(Main.commandLine().execute("--db", db, "import", "bars", "../data/real/SPX.csv")).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        return jsonFrom(db, args);
    }

    static JsonNode jsonFrom(String store, String... args) throws IOException {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--db", store));
        all.addAll(List.of(args));
        all.add("--json");
        assertThat(commandLine.execute(all.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void perf() throws IOException {
        JsonNode perf = json("perf", "SPX", "--ytd", "--as-of", "2019-12-31");
        assertThat(fields(perf)).containsExactly("rows", "relative_bp", "basis");
        assertThat(fields(perf.get("rows").get(0))).containsExactly("symbol", "start_date", "start_level", "end_date",
                "end_level", "return_pct", "holes");
        assertThat(perf.get("rows").get(0).get("holes")).isEmpty();
        assertThat(perf.get("rows").get(0).get("start_date").asText()).isEqualTo("2018-12-31");
        assertThat(perf.get("rows").get(0).get("return_pct").asDouble()).isBetween(28.878, 28.879);
    }

    @Test
    void records() throws IOException {
        JsonNode records = json("records", "SPX", "--year", "2019");
        assertThat(fields(records)).containsExactly("symbol", "history_start", "count", "records", "holes");
        assertThat(records.get("count").asInt()).isEqualTo(35);
        assertThat(fields(records.get("records").get(0))).containsExactly("date", "close");
    }

    @Test
    void moves_with_undefined_sigma_as_null() throws IOException {
        JsonNode moves = json("moves", "SPX", "--from", "2000-01-01", "--to", "2000-01-31", "--k", "0");
        assertThat(fields(moves)).containsExactly("symbol", "moves", "holes");
        JsonNode first = moves.get("moves").get(0);
        assertThat(fields(first)).containsExactly("date", "return_pct", "sigma", "z");
        assertThat(first.get("sigma").isNull()).as("warm-up: no 63 previous returns").isTrue();
    }

    @Test
    void stats_and_corr() throws IOException {
        JsonNode stats = json("stats", "SPX", "--vs", "SPX", "--from", "2019-01-01", "--to", "2019-12-31");
        assertThat(fields(stats)).containsExactly("symbol", "vs", "sessions", "volatility_pct", "beta", "correlation",
                "tracking_error_pct", "max_drawdown_pct", "holes");
        assertThat(stats.get("sessions").asInt()).isEqualTo(251);
        assertThat(stats.get("beta").asDouble()).isEqualTo(1.0);
        JsonNode corr = json("corr", "SPX", "SPX", "--from", "2019-01-01", "--to", "2019-12-31");
        assertThat(fields(corr)).containsExactly("a", "b", "observations", "correlation", "holes", "minute_holes");
    }

    @Test
    void breakouts_and_levels() throws IOException {
        JsonNode breakouts = json("breakouts", "SPX", "--from", "2019-01-01", "--to", "2019-12-31");
        assertThat(fields(breakouts)).containsExactly("symbol", "breakouts");
        assertThat(fields(breakouts.get("breakouts").get(0))).containsExactly("time", "level", "direction", "touches",
                "held_minutes", "volume_ratio", "confirmed", "holes", "minute_holes");
        assertThat(breakouts.get("breakouts").get(0).get("held_minutes").isNull()).isTrue();
        JsonNode levels = json("levels", "SPX", "--as-of", "2020-02-19");
        assertThat(fields(levels)).containsExactly("symbol", "as_of", "close", "levels", "holes",
                "minute_holes");
        assertThat(fields(levels.get("levels").get(0))).containsExactly("price", "kind", "touches", "first_touch",
                "last_touch", "swings");
    }

    @Test
    void breadth_and_concentration_on_a_hand_made_index() throws IOException {
        Files.writeString(dir.resolve("bars.csv"),
                "symbol,date,close\nA,2026-01-02,10\nA,2026-01-05,11\nB,2026-01-02,20\nB,2026-01-05,19\n");
        Files.writeString(dir.resolve("members.csv"),
                "index,symbol,from,shares\nIDX,A,2020-01-01,5\nIDX,B,2020-01-01,1\n");
        String index = dir.resolve("index.duckdb").toString();
        assertThat(Main.commandLine().execute("--db", index, "import", "bars", dir.resolve("bars.csv").toString()))
                .isZero();
        assertThat(Main.commandLine().execute("--db", index, "import", "members", dir.resolve("members.csv").toString()))
                .isZero();
        JsonNode breadth = jsonFrom(index, "breadth", "IDX", "--as-of", "2026-01-05");
        assertThat(fields(breadth)).containsExactly("index", "as_of", "members", "with_data",
                "weight_with_data_pct", "above50d",
                "above50d_pct", "advancers", "decliners", "unchanged", "new_highs", "new_lows", "net_new_highs", "partial");
        assertThat(breadth.get("advancers").asInt()).isEqualTo(1);
        JsonNode concentration = jsonFrom(index, "concentration", "IDX", "--as-of", "2026-01-05", "--top", "1", "--from",
                "2026-01-02");
        assertThat(fields(concentration)).containsExactly("index", "as_of", "members", "with_data",
                "weight_with_data_pct", "weighting", "top_n",
                "top_weight_pct", "herfindahl", "effective_number", "period_start", "cap_weighted_return_pct",
                "equal_weighted_return_pct", "cap_minus_equal_bp", "partial");
        // caps on 2026-01-05: A 5 x 11 = 55, B 1 x 19 = 19 -> top weight 55 / 74
        assertThat(concentration.get("top_weight_pct").asDouble()).isCloseTo(5500.0 / 74, within(1e-9));
    }

    @Test
    void screen() throws IOException {
        JsonNode screen = json("screen", "--all", "--vs", "SPX", "--as-of", "2019-12-31");
        assertThat(fields(screen)).containsExactly("as_of", "vs", "rows");
        assertThat(fields(screen.get("rows").get(0))).containsExactly("symbol", "return_mtd_pct", "return_ytd_pct",
                "volatility_20_pct", "beta_60", "correlation_60", "records_ytd", "breakout_252", "stale_since");
        assertThat(screen.get("rows").get(0).get("records_ytd").asInt()).isEqualTo(35);
    }
}
