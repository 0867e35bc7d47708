package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged executable, bin/bellwether, run as a user runs it: a separate process on the built jars. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "bellwether").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private Result bellwether(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    @Test
    void the_launcher_runs_the_demo_into_the_default_store_and_answers_queries() throws Exception {
        Result demo = bellwether("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Simulated data", "RUT", "+8.73%");
        assertThat(demo.err()).as("quiet when stderr is not a terminal").doesNotContain("%");
        assertThat(dir.resolve("bellwether.duckdb")).exists();

        // the first run of a command after a build may record its class list for the JDK's AOT cache, the last runs
        // from the cache made in the background meanwhile (where the JDK makes one): the same output each time
        for (int run = 0; run < 3; run++) {
            if (run == 2) {
                awaitCacheMade("symbols");
            }
            Result symbols = bellwether("symbols", "--json");
            assertThat(symbols.exitCode()).isZero();
            JsonNode json = new ObjectMapper().readTree(symbols.out());
            assertThat(json.get("symbols").findValuesAsText("symbol")).contains("RUT", "SPX", "NDX", "KRX", "DGS2");
            assertThat(symbols.err()).as("only the note, nothing of the JVM's cache")
                    .isEqualTo("bellwether: note: the store holds simulated data: small-cap-breakout-2026 (seed 42)\n");
        }
    }

    /** Waits (up to a minute) until no AOT cache of {@code command} is being recorded or made beside the CLI jar. */
    private static void awaitCacheMade(String command) throws IOException, InterruptedException {
        Path target = LAUNCHER.getParent().getParent().resolve("cli").resolve("target");
        for (int second = 0; second < 60; second++) {
            try (var files = Files.list(target)) {
                if (files.noneMatch(file -> file.getFileName().toString().matches(".*\\." + command
                        + "\\.aot\\.\\d+\\.(config|tmp)"))) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
    }

    @Test
    void a_replay_killed_mid_way_and_restarted_neither_repeats_nor_loses_an_alert() throws Exception {
        assertThat(bellwether("demo").exitCode()).isZero();
        Path rules = Path.of("..", "examples", "alerts", "demo.rules.yaml").toAbsolutePath().normalize();
        Files.copy(dir.resolve("bellwether.duckdb"), dir.resolve("clean.duckdb"));
        List<String> replay = List.of("alerts", "replay", "--rules", rules.toString(), "--from", "2026-01-02", "--to",
                "2026-01-23", "--speed", "max", "--sink", "file:alerts.jsonl", "--sink", "stdout");
        List<String> clean = new ArrayList<>(List.of("--db", "clean.duckdb"));
        clean.addAll(replay);
        clean.set(clean.indexOf("file:alerts.jsonl"), "file:clean.jsonl");
        assertThat(bellwether(clean.toArray(String[]::new)).exitCode()).isZero();
        List<String> expected = keys(Files.readString(dir.resolve("clean.jsonl")));
        assertThat(expected).hasSizeGreaterThan(10);

        // killed (SIGKILL: no shutdown hook runs) as soon as its first alert is out
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(replay);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(
                ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder stdout = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            stdout.append(lines.readLine()).append('\n');
            // the JVM (the launcher's child on a command's first run, which records a class cache), then the launcher
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.toHandle().destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
            lines.lines().forEach(line -> stdout.append(line).append('\n'));
        }
        List<String> deliveredAtKill = deliveredKeys(dir.resolve("bellwether.duckdb"));
        Result restart = bellwether(replay.toArray(String[]::new));
        assertThat(restart.exitCode()).as(restart.err()).isZero();

        assertThat(keys(Files.readString(dir.resolve("alerts.jsonl")))).as("the file: each alert exactly once")
                .containsExactlyElementsOf(expected);
        List<String> beforeKill = keys(stdout.toString());
        List<String> afterRestart = keys(restart.out());
        List<String> printed = new ArrayList<>(beforeKill);
        printed.addAll(afterRestart);
        assertThat(new HashSet<>(printed)).as("stdout: none lost").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(beforeKill).as("the first run prints each alert once").doesNotHaveDuplicates();
        assertThat(afterRestart).as("the restart prints each alert once").doesNotHaveDuplicates();
        // the stdout sink runs ahead of the file sink: what it printed but was not yet marked delivered is in flight
        List<String> repeated = new ArrayList<>(afterRestart);
        repeated.retainAll(beforeKill);
        assertThat(repeated).as("only alerts in flight at the kill are printed again, never one already marked")
                .filteredOn(deliveredAtKill::contains).isEmpty();
    }

    private static List<String> deliveredKeys(Path store) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT key FROM alert_history WHERE delivered")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private static List<String> keys(String jsonLines) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (line.startsWith("{")) {
                keys.add(new ObjectMapper().readTree(line).get("key").asText());
            }
        }
        return keys;
    }

    @Test
    void the_launcher_passes_exit_codes_through() throws Exception {
        assertThat(bellwether("--version").exitCode()).isZero();
        assertThat(bellwether("no-such-command").exitCode()).isEqualTo(2);
        Result missing = bellwether("--db", "absent.duckdb", "symbols");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no store");
    }
}
