package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of real data (DESIGN: "Continuity", "Freshness") on the real S&P 500 bars the project ships
 * (data/real/SPX.csv, every NYSE session of 2000-01-03..2020-04-17): FULL is the file, SPX the file with 2008 and
 * 2009 cut out (a hole of as many sessions as rows were cut), OLD the file up to 2015-06-30 (stale in 2020).
 */
class RealDataRulesTest {

    @TempDir
    static Path dir;

    private static String db;
    private static final List<String> DATES = new ArrayList<>();
    private static final List<Double> CLOSES = new ArrayList<>();
    private static int cut;
    private static String firstCut;
    private static String lastCut;

    @BeforeAll
    static void store() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/real/SPX.csv"));
        StringBuilder csv = new StringBuilder("symbol,date,open,high,low,close,volume\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String bar = f[1] + "," + f[2] + "," + f[3] + "," + f[4] + "," + f[6] + "\n";
            csv.append("FULL,").append(f[0]).append(',').append(bar);
            if (f[0].compareTo("2015-06-30") <= 0) {
                csv.append("OLD,").append(f[0]).append(',').append(bar);
            }
            if (f[0].startsWith("2008") || f[0].startsWith("2009")) {
                cut++;
                firstCut = firstCut == null ? f[0] : firstCut;
                lastCut = f[0];
            } else {
                csv.append("SPX,").append(f[0]).append(',').append(bar);
                DATES.add(f[0]);
                CLOSES.add(Double.parseDouble(f[4]));
            }
        }
        db = dir.resolve("rules.duckdb").toString();
        Path file = Files.writeString(dir.resolve("bars.csv"), csv);
        assertThat(run("--db", db, "import", "bars", file.toString()).exitCode()).isZero();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CliRun run = CliRun.on(db, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void gaps_finds_the_cut_and_no_hole_in_twenty_years_of_real_sessions() throws IOException {
        JsonNode gaps = json("gaps", "--as-of", "2020-04-17");
        JsonNode full = null;
        JsonNode spx = null;
        for (JsonNode series : gaps.get("series")) {
            full = series.get("symbol").asText().equals("FULL") ? series : full;
            spx = series.get("symbol").asText().equals("SPX") ? series : spx;
        }
        assertThat(full.get("holes")).as("the real file holds every NYSE session").isEmpty();
        assertThat(spx.get("holes")).hasSize(1);
        JsonNode hole = spx.get("holes").get(0);
        assertThat(hole.get("from").asText()).isEqualTo(firstCut);
        assertThat(hole.get("to").asText()).isEqualTo(lastCut);
        assertThat(hole.get("sessions").asInt()).as("as many sessions as rows were cut").isEqualTo(cut);
        assertThat(spx.get("stale_since").isNull()).isTrue();
        CliRun text = run("--db", db, "gaps", "--as-of", "2020-04-17");
        assertThat(text.out()).contains("1 stale on 2020-04-17: OLD (last 2015-06-30)");
        assertThat(run("--db", db, "symbols").out()).contains("1 (" + cut + " missing)");
    }

    @Test
    void no_session_move_spans_the_hole_and_sigma_waits_for_63_returns_after_it() throws IOException {
        int after = DATES.indexOf("2010-01-04"); // the first bar after the hole
        JsonNode moves = json("moves", "SPX", "--from", "2010-01-01", "--to", "2010-12-31", "--k", "0").get("moves");
        assertThat(moves.get(0).get("date").asText()).as("no move on the first bar after the hole")
                .isEqualTo(DATES.get(after + 1));
        for (int i = 0; i < 63; i++) {
            assertThat(moves.get(i).get("sigma").isNull()).as(moves.get(i).get("date").asText()).isTrue();
        }
        // the 64th: sigma of the 63 returns after the hole, computed here
        double[] returns = new double[63];
        double mean = 0;
        for (int i = 0; i < 63; i++) {
            returns[i] = CLOSES.get(after + 1 + i) / CLOSES.get(after + i) - 1;
            mean += returns[i] / 63;
        }
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        JsonNode first = moves.get(63);
        assertThat(first.get("date").asText()).isEqualTo(DATES.get(after + 64));
        assertThat(first.get("sigma").asDouble()).isCloseTo(Math.sqrt(squares / 62) * 100, within(1e-9));
        assertThat(json("moves", "SPX", "--from", "2010-01-01", "--to", "2010-12-31").get("holes").get(0)
                .get("sessions").asInt()).isEqualTo(cut);
    }

    @Test
    void a_level_in_the_hole_or_after_a_stale_end_is_refused() {
        CliRun hole = run("--db", db, "perf", "SPX", "--from", "2008-06-30", "--to", "2010-06-30");
        assertThat(hole.exitCode()).isEqualTo(2);
        assertThat(hole.err()).contains("SPX has no close on 2008-06-30").contains(firstCut + ".." + lastCut);
        CliRun stale = run("--db", db, "perf", "OLD", "--ytd", "--as-of", "2020-03-31");
        assertThat(stale.exitCode()).isEqualTo(2);
        assertThat(stale.err()).contains("OLD has no data after 2015-06-30");
        assertThat(run("--db", db, "perf", "SPX", "--from", "2007-12-31", "--to", "2010-12-31").exitCode())
                .as("a hole between the two dates leaves the return of two known closes").isZero();
    }

    @Test
    void the_screen_shows_a_stale_series_without_figures_and_period_statistics_skip_the_hole() throws IOException {
        JsonNode rows = json("screen", "--symbols", "OLD,FULL", "--vs", "FULL", "--as-of", "2020-03-31").get("rows");
        assertThat(rows.get(0).get("symbol").asText()).isEqualTo("OLD");
        assertThat(rows.get(0).get("stale_since").asText()).isEqualTo("2015-06-30");
        assertThat(rows.get(0).get("return_ytd_pct").isNull()).isTrue();
        assertThat(rows.get(1).get("stale_since").isNull()).isTrue();
        JsonNode stats = json("stats", "SPX", "--vs", "FULL", "--from", "2007-01-01", "--to", "2010-12-31");
        long bars = DATES.stream().filter(d -> d.compareTo("2007-01-01") >= 0 && d.compareTo("2010-12-31") <= 0).count();
        assertThat(stats.get("sessions").asInt()).as("the returns of the bars held, less the one across the hole")
                .isEqualTo(bars - 2);
        assertThat(stats.get("beta").asDouble()).as("the same closes on the same sessions").isCloseTo(1.0, within(1e-12));
        assertThat(stats.get("holes").get(0).get("symbol").asText()).isEqualTo("SPX");
        CliRun stale = CliRun.on(db, "stats", "OLD", "--vs", "FULL", "--from", "2019-12-31", "--to", "2020-03-31");
        assertThat(stale.exitCode()).as("no 0.00% drawdown of no returns").isEqualTo(2);
        assertThat(stale.err()).contains("OLD has no data after 2015-06-30");
    }

    @Test
    void a_note_leaves_a_stale_series_out_and_says_so() throws IOException {
        Path note = dir.resolve("note.md");
        CliRun run = CliRun.on(db, "note", "--universe", "OLD,FULL", "--as-of", "2020-04-17", "--out", note.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(note);
        assertThat(text).contains("Left out, with no data near April 17, 2020: OLD (last data June 30, 2015)");
        assertThat(run.out()).as("the note checked against the store before it was written: " + run.err())
                .containsPattern("Self-check: (\\d+) of \\1 claims verified against the store");
        assertThat(text).doesNotContain("2015 to");
        CliRun none = CliRun.on(db, "note", "--universe", "OLD", "--as-of", "2020-04-17", "--out", note.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("every series of the universe is stale on 2020-04-17");
    }

    @Test
    void a_note_names_a_yield_that_stopped_among_what_it_left_out() throws IOException {
        Path yields = Files.writeString(dir.resolve("DGS10.csv"), "DATE,VALUE\n2019-06-26,2.05\n2019-06-27,2.01\n"
                + "2019-06-28,2.00\n");
        assertThat(CliRun.on(db, "import", "macro", yields.toString()).exitCode()).isZero();
        Path note = dir.resolve("rates-note.md");
        CliRun run = CliRun.on(db, "note", "--universe", "FULL", "--as-of", "2020-04-17", "--out", note.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(note);
        assertThat(text).containsPattern("Left out, with no data near April 17, 2020: [^\\n]*\\(last data June 28, 2019\\)");
        assertThat(text).as("no story of its month").doesNotContain("basis points this month");
    }

    @Test
    void rates_as_of_a_date_use_what_was_published_by_then_and_mark_a_stopped_series() throws IOException {
        Path macro = Files.writeString(dir.resolve("macro.csv"), """
                observation_date,CPIX,DGSX
                2025-09-24,,4.10
                2025-09-25,,4.18
                2025-10-01,320.0,
                2025-11-01,321.0,
                2025-12-01,322.0,
                2026-01-01,323.0,
                2026-02-01,324.0,
                """);
        assertThat(CliRun.on(db, "import", "macro", macro.toString(), "--unit", "percent").exitCode()).isZero();
        JsonNode rows = json("rates", "--as-of", "2026-01-22").get("series");
        JsonNode cpi = null;
        JsonNode yield = null;
        for (JsonNode row : rows) {
            cpi = row.get("series").asText().equals("CPIX") ? row : cpi;
            yield = row.get("series").asText().equals("DGSX") ? row : yield;
        }
        assertThat(cpi.get("date").asText()).as("January's value is published in February").isEqualTo("2025-12-01");
        assertThat(cpi.get("stale_since").isNull()).isTrue();
        assertThat(yield.get("stale_since").asText()).isEqualTo("2025-09-25");
        assertThat(yield.get("change_mtd_bp").isNull()).as("no change of a series that stopped").isTrue();
    }

    @Test
    void a_release_date_or_lag_given_at_import_decides_what_is_known() throws IOException {
        // FRED's API with output_type=4 (initial releases): realtime_start is the day each value was published
        Path released = Files.writeString(dir.resolve("CPIY.csv"), """
                realtime_start,realtime_end,date,value
                2025-11-13,2025-11-13,2025-10-01,320.0
                2025-12-10,2025-12-10,2025-11-01,321.0
                2026-01-13,2026-01-13,2025-12-01,322.0
                2026-02-11,2026-02-11,2026-01-01,323.0
                """);
        assertThat(CliRun.on(db, "import", "macro", released.toString()).exitCode()).isZero();
        assertThat(rate("CPIY", "2026-01-12").get("date").asText()).as("December's value came out on 2026-01-13")
                .isEqualTo("2025-11-01");
        assertThat(rate("CPIY", "2026-01-13").get("date").asText()).isEqualTo("2025-12-01");

        Path lagged = Files.writeString(dir.resolve("lagged.csv"), """
                observation_date,CPIZ
                2025-10-01,320.0
                2025-11-01,321.0
                2025-12-01,322.0
                2026-01-01,323.0
                """);
        assertThat(CliRun.on(db, "import", "macro", lagged.toString(), "--release-lag", "CPIZ=60").exitCode()).isZero();
        assertThat(rate("CPIZ", "2026-01-29").get("date").asText()).as("2025-12-01 + 60 days is 2026-01-30")
                .isEqualTo("2025-11-01");
        assertThat(rate("CPIZ", "2026-01-30").get("date").asText()).isEqualTo("2025-12-01");
        assertThat(CliRun.on(db, "import", "macro", lagged.toString(), "--release-lag", "soon").err())
                .contains("--release-lag takes a number of days, 0 or more, but was soon");
    }

    @Test
    void an_alfred_file_of_several_vintages_keeps_each_value_as_first_released() throws IOException {
        // FRED's API with realtime_start and realtime_end over a range: every vintage of an observation is a row
        Path api = Files.writeString(dir.resolve("GDPV.csv"), """
                realtime_start,realtime_end,date,value
                2025-04-30,2025-05-28,2025-01-01,100.0
                2025-05-29,2025-06-25,2025-01-01,100.4
                2025-06-26,9999-12-31,2025-01-01,100.6
                2025-07-30,2025-08-27,2025-04-01,101.0
                2025-08-28,9999-12-31,2025-04-01,101.2
                """);
        CliRun imported = CliRun.on(db, "import", "macro", api.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 new").contains("later vintages left out: 3 (values are as first released)");
        assertThat(rate("GDPV", "2025-07-29").get("level").asDouble()).as("the first release, known from 2025-04-30")
                .isEqualTo(100.0);
        assertThat(rate("GDPV", "2025-07-30").get("date").asText()).isEqualTo("2025-04-01");
        assertThat(rate("GDPV", "2025-07-30").get("level").asDouble()).isEqualTo(101.0);

        // ALFRED's download of observations by vintage date: one column per vintage
        Path wide = Files.writeString(dir.resolve("alfred.csv"), """
                observation_date,GDPW_20250430,GDPW_20250730
                2025-01-01,100.0,100.6
                2025-04-01,.,101.0
                """);
        imported = CliRun.on(db, "import", "macro", wide.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 new").contains("later vintages left out: 1 ");
        assertThat(rate("GDPW", "2025-07-29").get("level").asDouble()).isEqualTo(100.0);
        assertThat(rate("GDPW", "2025-07-30").get("level").asDouble()).isEqualTo(101.0);
        assertThat(json("rates", "--as-of", "2025-04-29").toString()).as("nothing was known before the first vintage")
                .doesNotContain("GDPW");
    }

    private static JsonNode rate(String series, String asOf) throws IOException {
        for (JsonNode row : json("rates", "--as-of", asOf).get("series")) {
            if (row.get("series").asText().equals(series)) {
                return row;
            }
        }
        throw new AssertionError(series + " is not in rates as of " + asOf);
    }

    @Test
    void no_break_is_dated_on_the_session_after_the_cut_and_later_breaks_and_levels_list_it() throws IOException {
        assertThat(json("breakouts", "SPX", "--from", "2010-01-01", "--to", "2010-03-31").get("breakouts"))
                .as("from 2007's last close to 2010's first the levels were crossed in the hole").isEmpty();
        JsonNode april = json("breakouts", "SPX", "--from", "2010-04-01", "--to", "2010-04-30").get("breakouts");
        assertThat(april).isNotEmpty().allSatisfy(row -> assertThat(row.get("holes").get(0).get("from").asText())
                .isEqualTo(firstCut));
        assertThat(json("levels", "SPX", "--as-of", "2010-03-31").get("holes").get(0).get("sessions").asInt())
                .isEqualTo(cut);
    }

    @Test
    void the_top_weight_series_leaves_a_stale_member_out_and_says_it_is_partial() throws IOException {
        Path file = Files.writeString(dir.resolve("full-members.csv"), "index,symbol,from,to,weight\n"
                + "FULL,SPX,2000-01-01,,0.5\nFULL,OLD,2000-01-01,,0.3\nFULL,FULL,2000-01-01,,0.2\n");
        assertThat(CliRun.on(db, "import", "members", file.toString()).exitCode()).isZero();
        Reports.TopWeights top = new IndexFacts(new MarketData(MarketStore.at(Path.of(db)))).topWeights("FULL",
                LocalDate.of(2020, 4, 13), LocalDate.of(2020, 4, 17), 1);
        assertThat(top.dates()).hasSize(5);
        assertThat(top.weightPct()).as("OLD's last close is from 2015: SPX's 0.5 of 0.7")
                .allSatisfy(weight -> assertThat(weight).isCloseTo(100 * 0.5 / 0.7, within(1e-9)));
        assertThat(top.partial()).as("2 of 3 members, 70% of the weight").isTrue();
    }

    @Test
    void breadth_from_a_few_members_is_partial() throws IOException {
        StringBuilder members = new StringBuilder("index,symbol,from,to\nIDX,FULL,2000-01-01,\nIDX,SPX,2000-01-01,\n");
        for (int i = 0; i < 18; i++) {
            members.append("IDX,M").append(i).append(",2000-01-01,\n");
        }
        Path file = Files.writeString(dir.resolve("members.csv"), members);
        assertThat(CliRun.on(db, "import", "members", file.toString()).exitCode()).isZero();
        JsonNode breadth = json("breadth", "IDX", "--as-of", "2020-04-17");
        assertThat(breadth.get("members").asInt()).isEqualTo(20);
        assertThat(breadth.get("with_data").asInt()).isEqualTo(2);
        assertThat(breadth.get("partial").asBoolean()).isTrue();
        assertThat(breadth.get("weight_with_data_pct").isNull()).as("the members carry no weights").isTrue();
        assertThat(CliRun.on(db, "breadth", "IDX", "--as-of", "2020-04-17").out()).contains("partial: fewer than 90%");
    }

    @Test
    void concentration_and_sectors_count_only_members_with_a_current_close_and_say_when_that_is_too_few()
            throws IOException {
        Path file = Files.writeString(dir.resolve("weights.csv"), "index,symbol,from,to,weight\n"
                + "IDX2,FULL,2000-01-01,,0.4\nIDX2,SPX,2000-01-01,,0.3\nIDX2,OLD,2000-01-01,,0.2\nIDX2,M0,2000-01-01,,0.1\n"
                + "IDX3,FULL,2000-01-01,,0.5\nIDX3,SPX,2000-01-01,,0.5\n");
        assertThat(CliRun.on(db, "import", "members", file.toString()).exitCode()).isZero();

        JsonNode partial = json("concentration", "IDX2", "--as-of", "2020-04-17", "--top", "1");
        assertThat(partial.get("members").asInt()).isEqualTo(4);
        assertThat(partial.get("with_data").asInt()).as("OLD is stale since 2015, M0 has no bars").isEqualTo(2);
        assertThat(partial.get("weight_with_data_pct").asDouble()).as("FULL's 0.4 and SPX's 0.3 of 1.0")
                .isCloseTo(70, within(1e-9));
        assertThat(partial.get("partial").asBoolean()).isTrue();
        assertThat(partial.get("top_weight_pct").asDouble()).isCloseTo(100 * 0.4 / (0.4 + 0.3), within(1e-9));
        assertThat(CliRun.on(db, "concentration", "IDX2", "--as-of", "2020-04-17").out())
                .contains("2 of the 4 members (70.0% of the index weight) with a close").contains("partial: fewer than 90%");
        JsonNode whole = json("concentration", "IDX3", "--as-of", "2020-04-17", "--top", "1");
        assertThat(whole.get("partial").asBoolean()).isFalse();
        assertThat(whole.get("top_weight_pct").asDouble()).isCloseTo(50, within(1e-9));

        JsonNode sectors = json("sectors", "IDX2", "--from", "2020-03-02", "--to", "2020-04-17");
        assertThat(sectors.get("with_data").asInt()).isEqualTo(2);
        assertThat(sectors.get("weight_with_data_pct").asDouble()).isCloseTo(70, within(1e-9));
        assertThat(sectors.get("partial").asBoolean()).isTrue();
        double expected = 100 * (CLOSES.get(DATES.indexOf("2020-04-17")) / CLOSES.get(DATES.indexOf("2020-03-02")) - 1);
        assertThat(sectors.get("index_return_pct").asDouble()).as("FULL and SPX move alike; OLD's 2015 close is not "
                + "a 2020 level").isCloseTo(expected, within(1e-9));
    }
}
