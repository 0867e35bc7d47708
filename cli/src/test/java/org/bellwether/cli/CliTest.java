package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, JSON documents, help on every command. */
class CliTest {


    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String db() {
        return dir.resolve("cli.duckdb").toString();
    }

    @Test
    void demo_simulates_the_story_says_it_is_simulated_and_changes_nothing_when_run_again() throws IOException {
        CliRun demo = run("--db", db(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Simulated data (scenario small-cap-breakout-2026, seed 42)",
                "RUT    2,310.45 on 2025-12-31 to   2,512.18 on 2026-01-22: +8.73%",
                "outperformed the S&P 500 by 638 basis points", "7 record closes in 2026, the last on 2026-01-22 "
                + "(all-time", "+2.00% on 2026-01-21", "at 2026-01-21T12:30:00-05:00, 180 minutes into the session",
                "Largest sector contributions: Industrials", "2,500 stocks",
                "20.0% of the Russell 2000's members cannot cover their interest (S&P 500: 5.0%)",
                "BAMLH0A0HYM2 at 2.78%, -27 bp this month (tightening)",
                "Before the +2.00% session of 2026-01-21: \"Tariff threat on Greenland withdrawn\"",
                "Next catalyst: GDP, fourth quarter 2025 (advance estimate), 2026-01-29T08:30:00-05:00");

        CliRun symbols = run("--db", db(), "symbols", "--json");
        assertThat(symbols.exitCode()).isZero();
        JsonNode rut = null;
        for (JsonNode symbol : symbols.json().get("symbols")) {
            rut = symbol.get("symbol").asText().equals("RUT") ? symbol : rut;
        }
        assertThat(rut.get("kind").asText()).isEqualTo("INDEX");
        assertThat(rut.get("first_date").asText()).isEqualTo("2024-01-02");
        assertThat(rut.get("last_date").asText()).isEqualTo("2026-01-23");
        assertThat(rut.get("intraday_bars").asLong()).isPositive();

        CliRun again = run("--db", db(), "demo");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).containsPattern("daily_bars.csv: +0 new, 0 replaced, 1,294,568 unchanged");
    }

    @Test
    void import_json_reports_what_changed() throws IOException {
        Path file = Files.writeString(dir.resolve("SPY.csv"), "date,close\n2026-01-02,590.5\n2026-01-05,592\n");
        CliRun result = run("--db", db(), "import", "bars", file.toString(), "--json");
        assertThat(result.exitCode()).isZero();
        JsonNode report = result.json().get("imports").get(0);
        assertThat(report.get("format").asText()).isEqualTo("long");
        assertThat(report.get("rows_read").asLong()).isEqualTo(2);
        assertThat(report.get("tables").get(0).get("table").asText()).isEqualTo("daily_bars");
        assertThat(report.get("tables").get(0).get("inserted").asLong()).isEqualTo(2);
        assertThat(result.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void imports_lists_each_import_and_undo_takes_one_back() throws IOException {
        Path first = Files.writeString(dir.resolve("first.csv"), "symbol,date,close\nSPY,2026-01-02,590.5\n"
                + "SPY,2026-01-05,592\n");
        Path fix = Files.writeString(dir.resolve("fix.csv"), "symbol,date,close\nSPY,2026-01-05,593\nSPY,2026-01-06,595\n");
        assertThat(run("--db", db(), "import", "bars", first.toString()).out()).contains("(import 1)");
        assertThat(run("--db", db(), "import", "bars", fix.toString(), "--json").json().get("imports").get(0)
                .get("tables").get(0).get("import_id").asLong()).isEqualTo(2);
        CliRun log = run("--db", db(), "imports");
        assertThat(log.out()).containsPattern("(?m)^ *1 +\\S+ +daily_bars +" + Pattern.quote(first.toString())
                + " +2 +2 +0 +0 +0 *$");
        assertThat(log.out()).containsPattern("(?m)^ *2 +\\S+ +daily_bars +.*fix.csv +2 +1 +1 +0 +0 *$");

        CliRun refused = run("--db", db(), "undo", "1");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("import 2 replaced rows it wrote; undo that one first");
        CliRun undo = run("--db", db(), "undo", "2");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Undid import 2 (daily_bars from " + fix + "): 2 rows removed, 1 replaced row "
                + "restored.");
        JsonNode perf = run("--db", db(), "perf", "SPY", "--from", "2026-01-02", "--to", "2026-01-05", "--json").json();
        assertThat(perf.toString()).as("the close the fix replaced is back").contains("592");
        assertThat(run("--db", db(), "imports", "--json").json().get("imports").get(1).get("undone_at").isNull())
                .isFalse();
    }

    @Test
    void a_bars_import_of_a_yield_or_a_quarterly_series_warns_that_it_looks_like_macro() throws IOException {
        StringBuilder gdp = new StringBuilder("date,close\n");
        for (int year = 2020; year <= 2022; year++) {
            for (String month : List.of("01", "04", "07", "10")) {
                gdp.append(year).append('-').append(month).append("-01,").append(20000 + year).append('\n');
            }
        }
        Path quarterly = Files.writeString(dir.resolve("GDPC1.csv"), gdp.toString());
        CliRun result = run("--db", db(), "import", "bars", quarterly.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("bellwether: warning: GDPC1 has one bar per quarter (12 bars from 2020-01-01 "
                + "to 2022-10-01), which looks like a macro series").contains("'bellwether undo 1' takes this import back");

        Path yield = Files.writeString(dir.resolve("DGS10.csv"), "date,close\n2026-01-02,4.18\n2026-01-05,4.17\n");
        CliRun json = run("--db", db(), "import", "bars", yield.toString(), "--json");
        assertThat(json.json().get("warnings").get(0).asText()).startsWith("DGS10 is the ")
                .contains("a rate series and not a price");

        Path prices = Files.writeString(dir.resolve("SPY.csv"), "date,close\n2026-01-02,590.5\n2026-01-05,592\n"
                + "2026-01-06,593\n2026-01-07,591\n2026-01-08,594\n");
        assertThat(run("--db", db(), "import", "bars", prices.toString()).err()).as("daily prices").isEmpty();
    }

    @Test
    void a_first_import_and_one_into_a_store_with_data_warn_of_a_monthly_series_alike() throws IOException {
        StringBuilder csv = new StringBuilder("symbol,date,close\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (String daily : List.of("AAA", "BBB")) {
            for (int day = 0; day < 30; day++) {
                csv.append(daily).append(',').append(start.plusDays(day)).append(",10").append(day).append('\n');
            }
        }
        for (int month = 0; month < 24; month++) {
            csv.append("CPIX,").append(start.plusMonths(month)).append(",30").append(month).append('\n');
        }
        Path file = Files.writeString(dir.resolve("mixed.csv"), csv.toString());
        CliRun first = run("--db", db(), "import", "bars", file.toString());
        assertThat(first.err()).isEqualTo("bellwether: warning: CPIX has one bar per month (24 bars from 2024-01-01 "
                + "to 2025-12-01), which looks like a macro series: daily-bar analytics read each bar as one session (a "
                + "20-session window spans 20 months); if it is one, import it with 'bellwether import macro' "
                + "('bellwether undo 1' takes this import back)\n");
        String other = dir.resolve("other.duckdb").toString();
        Path spy = Files.writeString(dir.resolve("SPY.csv"), "date,close\n2026-01-02,590.5\n");
        assertThat(run("--db", other, "import", "bars", spy.toString()).exitCode()).isZero();
        CliRun later = run("--db", other, "import", "bars", file.toString());
        assertThat(later.err()).isEqualTo(first.err().replace("undo 1", "undo 2"));
    }

    @Test
    void an_edgar_companyfacts_file_imports_under_the_symbol_given() throws IOException {
        Path facts = Files.writeString(dir.resolve("CIK0000000001.json"), """
                {"cik": 1, "entityName": "One Corp", "facts": {"us-gaap": {
                  "OperatingIncomeLoss": {"units": {"USD": [
                    {"start": "2024-01-01", "end": "2024-12-31", "val": 50, "form": "10-K", "filed": "2025-02-01"}]}},
                  "InterestExpense": {"units": {"USD": [
                    {"start": "2024-01-01", "end": "2024-12-31", "val": 80, "form": "10-K", "filed": "2025-02-01"}]}}}}}
                """);
        assertThat(run("--db", db(), "import", "fundamentals", facts.toString()).exitCode()).as("no symbol").isEqualTo(2);
        CliRun result = run("--db", db(), "import", "fundamentals", facts.toString(), "--symbol", "ONE", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().get("imports").get(0).get("tables").get(0).get("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void bad_input_exits_with_2_and_names_file_and_line_on_stderr() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "symbol,date,close\nSPY,2026-01-02,abc\n");
        CliRun result = run("--db", db(), "import", "bars", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("bellwether: " + file + ", line 2: field close: found \"abc\"");
    }

    @Test
    void a_bad_file_among_several_says_which_were_imported() throws IOException {
        Path good = Files.writeString(dir.resolve("good.csv"), "symbol,date,close\nSPY,2026-01-02,1\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "symbol,date,close\nSPY,2026-01-02,-1\n");
        Path later = Files.writeString(dir.resolve("later.csv"), "symbol,date,close\nIWM,2026-01-02,1\n");
        CliRun result = run("--db", db(), "import", "bars", good.toString(), bad.toString(), later.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("1 earlier file was imported", "1 later file was not read");
    }

    @Test
    void a_constituents_list_imports_as_the_members_of_the_index_given() throws IOException {
        Path list = Files.writeString(dir.resolve("list.csv"), "Symbol,Security,Date added\nMMM,3M,1957-03-04\n"
                + "ABT,Abbott,\n");
        CliRun imported = run("--db", db(), "import", "members", list.toString(), "--index", "^GSPC", "--from",
                "2025-12-31", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json().get("imports").get(0).get("tables").get(0).get("inserted").asInt()).isEqualTo(2);
        CliRun fromAlone = run("--db", db(), "import", "members", list.toString(), "--from", "2025-12-31");
        assertThat(fromAlone.exitCode()).isEqualTo(2);
        assertThat(fromAlone.err()).contains("--from is for a constituents list: give its index with --index");
    }

    @Test
    void bad_usage_exits_with_2() {
        assertThat(run("import", "bars").exitCode()).isEqualTo(2);
        assertThat(run("--no-such-option").exitCode()).isEqualTo(2);
        assertThat(run("--db", db(), "import", "bars", "x.csv", "--format", "excel").exitCode()).isEqualTo(2);
        CliRun badZone = run("--db", db(), "import", "bars", "x.csv", "--zone", "Mars/Base");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.err()).contains("--zone must be a time zone that exists");
        CliRun badTable = run("--db", db(), "export", "prices", "--parquet", dir.resolve("p.parquet").toString());
        assertThat(badTable.exitCode()).isEqualTo(2);
        assertThat(badTable.err()).contains("TABLE must be one of instruments, daily_bars");
    }

    @Test
    void export_writes_a_dataset_partitioned_by_symbol_once() throws IOException {
        run("--db", db(), "import", "bars", "../data/real/SPX.csv");
        Path dataset = dir.resolve("dataset");
        CliRun result = run("--db", db(), "export", "daily_bars", "--dataset", dataset.toString(), "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().get("rows").asLong()).isEqualTo(5105);
        assertThat(dataset.resolve("daily_bars/symbol=SPX/data_0.parquet")).isNotEmptyFile();
        try (var entries = Files.list(dataset)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("daily_bars");
        }
        CliRun again = run("--db", db(), "export", "daily_bars", "--dataset", dataset.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("dataset").contains("exists already");
        CliRun both = run("--db", db(), "export", "daily_bars", "--dataset", dataset.toString(), "--parquet", "x.parquet");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("exactly one of --parquet FILE or --dataset DIR");
    }

    @Test
    void import_results_names_what_is_missing() throws IOException {
        run("--db", db(), "import", "bars", "../data/real/SPX.csv");
        CliRun none = run("--db", db(), "import", "results", dir.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("holds no results: expected one of the folders screen, stats, records")
                .contains("bellwether spark");
        Path screen = Files.createDirectories(dir.resolve("results/screen"));
        run("--db", db(), "export", "daily_bars", "--parquet", screen.resolve("part-0.parquet").toString());
        CliRun wrong = run("--db", db(), "import", "results", dir.resolve("results").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("lack the columns as_of, vs, return_mtd_pct");
    }

    @Test
    void querying_a_store_that_does_not_exist_exits_with_1_and_says_what_to_do() {
        CliRun result = run("--db", db(), "symbols");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("there is no store at").contains("bellwether demo");
    }

    @Test
    void export_writes_parquet_and_reports_rows() throws IOException {
        run("--db", db(), "import", "bars", "../data/real/SPX.csv");
        Path parquet = dir.resolve("daily.parquet");
        CliRun result = run("--db", db(), "export", "daily_bars", "--parquet", parquet.toString(), "--json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.json().get("rows").asLong()).isEqualTo(5105);
        assertThat(Files.size(parquet)).isPositive();
        CliRun back = run("--db", dir.resolve("copy.duckdb").toString(), "import", "bars", parquet.toString(), "--json");
        assertThat(back.json().get("imports").get(0).get("tables").get(0).get("inserted").asLong()).isEqualTo(5105);
    }

    @Test
    void sessions_show_holidays_and_early_closes() throws IOException {
        CliRun result = run("sessions", "--from", "2026-11-25", "--to", "2026-11-30", "--json");
        assertThat(result.exitCode()).isZero();
        List<String> days = new ArrayList<>();
        for (JsonNode day : result.json().get("days")) {
            days.add(day.get("date").asText() + " " + (day.get("session").asBoolean()
                    ? day.get("open").asText() + "-" + day.get("close").asText() : day.get("holiday").asText()));
        }
        assertThat(days).containsExactly("2026-11-25 09:30-16:00", "2026-11-26 Thanksgiving Day",
                "2026-11-27 09:30-13:00", "2026-11-30 09:30-16:00");
    }

    @Test
    void every_command_has_help() {
        List<String[]> commands = List.of(new String[] {"--help"}, new String[] {"demo", "--help"},
                new String[] {"import", "--help"}, new String[] {"import", "bars", "--help"},
                new String[] {"import", "macro", "--help"}, new String[] {"import", "fundamentals", "--help"},
                new String[] {"import", "members", "--help"}, new String[] {"import", "events", "--help"},
                new String[] {"import", "instruments", "--help"}, new String[] {"symbols", "--help"},
                new String[] {"export", "--help"}, new String[] {"sessions", "--help"}, new String[] {"perf", "--help"},
                new String[] {"records", "--help"}, new String[] {"moves", "--help"}, new String[] {"stats", "--help"},
                new String[] {"corr", "--help"}, new String[] {"screen", "--help"}, new String[] {"breakouts", "--help"},
                new String[] {"levels", "--help"}, new String[] {"breadth", "--help"},
                new String[] {"concentration", "--help"}, new String[] {"sectors", "--help"});
        for (String[] command : commands) {
            CliRun help = run(command);
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).as(String.join(" ", command)).contains("Usage: bellwether");
            assertThat(help.err()).as(String.join(" ", command)).isEmpty();
        }
    }

    @Test
    void a_run_builds_only_the_command_it_runs_and_every_command_for_help_or_a_mistake() {
        assertThat(Main.invokedCommand(new String[] {"--db", "screen", "screen", "--all"}))
                .contains(AnalyticsCommands.Screen.class);
        assertThat(Main.invokedCommand(new String[] {"import", "bars", "x.csv"})).contains(ImportCommand.class);
        assertThat(Main.invokedCommand(new String[] {"--help"})).isEmpty();
        assertThat(Main.invokedCommand(new String[] {"help", "screen"})).isEmpty();
        assertThat(Main.invokedCommand(new String[] {"scren"})).isEmpty();
    }

    @Test
    void a_run_builds_only_the_subcommand_it_names_and_all_of_them_for_help_or_a_mistake() {
        assertThat(nested("import", "import", "bars", "x.csv")).containsExactly("bars");
        assertThat(nested("import", "import", "--help")).hasSize(ImportCommand.KINDS.size()).contains("bars", "macro");
        assertThat(nested("import", "import", "bar", "x.csv")).as("a mistake: the suggestion needs them all")
                .hasSize(ImportCommand.KINDS.size());
        assertThat(nested("screen", "screen", "--all")).as("screen runs itself").isEmpty();
        assertThat(nested("screen", "screen", "zombies")).containsExactly("zombies");
        assertThat(nested("screen", "screen", "--help")).containsExactly("zombies");
        assertThat(run("import", "bar", "x.csv").err()).contains("Did you mean: import bars");
    }

    /** The subcommands of {@code command} in the command line built for {@code args}. */
    private static java.util.Set<String> nested(String command, String... args) {
        return Main.commandLineFor(args).getSubcommands().get(command).getSubcommands().keySet();
    }
}
