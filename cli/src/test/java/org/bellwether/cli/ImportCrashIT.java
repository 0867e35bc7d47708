package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher's import of 400,000 bars killed (SIGKILL: no shutdown hook, no finally) at points spread over
 * its run, at least two of them before it finished: each time the store opens afterwards holding either what it held
 * before or the whole file, never part of it; the next process sweeps the dead one's staging folders; and importing
 * the file again completes it.
 */
class ImportCrashIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "bellwether").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SYMBOLS = 80;
    private static final int SESSIONS = 5_000;

    @TempDir
    Path dir;

    private ProcessBuilder bellwether(Path store, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--db", store.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        // the staging folders go to a folder of the test's own, to be looked at
        builder.environment().put("BELLWETHER_JAVA_OPTS", "-Djava.io.tmpdir=" + Files.createDirectories(
                dir.resolve("tmp")));
        return builder;
    }

    private int run(Path store, String... args) throws Exception {
        Process process = bellwether(store, args).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    /** Daily bars in the store, by symbol, as bellwether symbols lists them. */
    private long bars(Path store) throws Exception {
        Path out = dir.resolve("symbols.json");
        Process process = bellwether(store, "symbols", "--json").redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("the store opens after the kill").isZero();
        long total = 0;
        for (JsonNode symbol : JSON.readTree(out.toFile()).get("symbols")) {
            total += symbol.get("daily_bars").asLong();
        }
        return total;
    }

    private Path bigFile() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("symbol,date,open,high,low,close,volume\n");
            for (int s = 0; s < SYMBOLS; s++) {
                LocalDate day = LocalDate.of(1990, 1, 1);
                for (int i = 0; i < SESSIONS; i++, day = day.plusDays(1)) {
                    double close = 100 + s + (i % 50) / 10.0;
                    out.write("S" + s + "," + day + "," + close + "," + (close + 1) + "," + (close - 1) + "," + close
                            + "," + (1000 + i) + "\n");
                }
            }
        }
        return file;
    }

    private List<Path> staging() throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve("tmp"))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("bellwether-import-")).toList();
        }
    }

    @Test
    void an_import_killed_anywhere_leaves_the_store_before_or_after_and_no_leftovers() throws Exception {
        Path file = bigFile();
        Path seed = Files.writeString(dir.resolve("seed.csv"), "symbol,date,close\nQQQ,2025-12-31,500\n");
        Path base = dir.resolve("base.duckdb");
        assertThat(run(base, "import", "bars", seed.toString())).isZero();
        long before = bars(base);

        Path whole = dir.resolve("whole.duckdb");
        Files.copy(base, whole);
        long started = System.nanoTime();
        assertThat(run(whole, "import", "bars", file.toString())).isZero();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long after = bars(whole);
        assertThat(after).isEqualTo(before + (long) SYMBOLS * SESSIONS);

        Random random = new Random(20_261_206);
        Map<String, Long> seen = new java.util.TreeMap<>();
        int killedMidRun = 0;
        for (int kill = 0; kill < 6; kill++) {
            Path store = dir.resolve("killed-" + kill + ".duckdb");
            Files.copy(base, store, StandardCopyOption.REPLACE_EXISTING);
            Process process = bellwether(store, "import", "bars", file.toString()).start();
            long at = (long) (millis * (0.3 + 0.8 * random.nextDouble())); // from parsing to past the commit
            boolean finished = process.waitFor(at, TimeUnit.MILLISECONDS);
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly(); // SIGKILL
            process.waitFor(1, TimeUnit.MINUTES);
            int left = staging().size();
            long held = bars(store);
            seen.put("kill " + kill + " at " + at + " ms" + (finished ? " (done)" : "") + ", " + left
                    + " staging folders left", held);
            assertThat(held).as("killed at %d ms of %d", at, millis).isIn(before, after);
            if (!finished && held == before) {
                killedMidRun++;
            }
            assertThat(staging()).as("swept by the process that opened the store next").isEmpty();
            assertThat(run(store, "import", "bars", file.toString())).isZero();
            assertThat(bars(store)).as("the import again completes it").isEqualTo(after);
        }
        System.out.println("import killed at: " + seen + " (before " + before + ", after " + after + ")");
        assertThat(killedMidRun).as("kills that cut an import short, not only finished ones: " + seen)
                .isGreaterThanOrEqualTo(2);
    }
}
