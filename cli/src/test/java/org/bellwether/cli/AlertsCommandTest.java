package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellwether alerts} on the demo store: replay, the history, a second replay, rule checks and a file tail. */
class AlertsCommandTest {

    private static final String RULES = "../examples/alerts/demo.rules.yaml";

    @TempDir
    static Path dir;

    private static String db;
    /** A copy of the demo store no other test replays into. */
    private static String untouched;

    @BeforeAll
    static void demoStore() throws IOException {
        db = dir.resolve("demo.duckdb").toString();
        assertThat(Main.commandLine().execute("--db", db, "demo")).isZero();
        untouched = dir.resolve("untouched.duckdb").toString();
        Files.copy(Path.of(db), Path.of(untouched));
    }

    private static CliRun run(String... args) {
        return CliRun.on(db, args);
    }

    @Test
    void a_replay_fires_the_story_once_and_a_second_replay_repeats_nothing() throws IOException {
        CliRun first = run("alerts", "replay", "--rules", RULES, "--from", "2026-01-02", "--to", "2026-01-23", "--speed",
                "max");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<JsonNode> alerts = first.lines();
        assertThat(alerts).filteredOn(a -> a.get("rule").asText().equals("small-caps-confirmed-breakout"))
                .singleElement().satisfies(a -> {
                    assertThat(a.get("at").asText()).isEqualTo("2026-01-21T17:30:00Z");
                    assertThat(a.get("note").asText()).startsWith("RUT broke 2,450 resistance at 12:30 ET");
                });
        assertThat(alerts).filteredOn(a -> a.get("rule").asText().equals("small-caps-record-close")).hasSize(7);
        assertThat(first.err()).contains("8 rules").contains(alerts.size() + " alerts");

        CliRun second = run("alerts", "replay", "--rules", RULES, "--from", "2026-01-02", "--to", "2026-01-23");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("0 alerts, " + alerts.size() + " delivered by an earlier run");

        CliRun history = run("alerts", "history", "--limit", "3", "--json");
        assertThat(history.json().get("alerts")).hasSize(3);
    }

    @Test
    void alerts_a_sink_cannot_take_go_to_the_dead_letter_file_once_and_are_not_sent_again() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "s3cret\n");
        Path deadLetters = dir.resolve("dead.jsonl");
        String[] replay = {"alerts", "replay", "--rules", RULES, "--from", "2026-01-02", "--to", "2026-01-23",
            "--sink", "webhook:http://127.0.0.1:1/hook", "--webhook-secret-file", secret.toString(),
            "--webhook-attempts", "1", "--dead-letters", deadLetters.toString()};
        CliRun first = CliRun.on(untouched, replay);
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> lines = Files.readAllLines(deadLetters);
        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> assertThat(line).contains("\"key\":"));
        assertThat(first.err()).contains("refused").contains(lines.size() + " alerts");

        CliRun second = CliRun.on(untouched, replay);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("0 alerts, " + lines.size() + " delivered by an earlier run")
                .doesNotContain("refused");
        assertThat(Files.readAllLines(deadLetters)).as("each alert once").isEqualTo(lines);
    }

    @Test
    void a_bad_rule_file_is_refused_with_its_line_and_exit_code_2() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  - id: x\n    type: move\n    symbols: [RUT]\n"
                + "    k: lots\n");
        CliRun run = run("alerts", "replay", "--rules", rules.toString(), "--from", "2026-01-02", "--to", "2026-01-23");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(rules + " line 5: rule 'x': k must be a number, but was lots");
        CliRun check = run("alerts", "check", "--rules", RULES);
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("small-caps-confirmed-breakout").contains("trade-policy-news").contains("1h");
    }

    @Test
    void a_file_of_bars_runs_through_the_rules_after_the_stored_history() throws IOException {
        Path rules = Files.writeString(dir.resolve("level.yaml"), "rules:\n  - {id: above-2600, type: breakout, "
                + "symbols: [RUT], interval: 1m, level: 2600}\n");
        Path bars = Files.writeString(dir.resolve("bars.csv"), """
                symbol,time,interval,close,volume
                RUT,2026-11-23T10:00:00-05:00,1m,2590,1000
                RUT,2026-11-23T10:01:00-05:00,1m,2615,1500
                RUT,2026-11-23T10:02:00-05:00,1m,oops,1500
                """);
        CliRun run = run("alerts", "run", "--rules", rules.toString(), "--source", "tail:" + bars, "--once",
                "--no-history");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).singleElement().satisfies(a -> assertThat(a.get("note").asText())
                .startsWith("RUT broke 2,600 at 10:01 ET on 2026-11-23"));
        assertThat(run.err()).contains("bars.csv line 4: close must be a number, but was oops; skipped");
    }
}
