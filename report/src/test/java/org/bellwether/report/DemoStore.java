package org.bellwether.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bellwether.facts.MarketData;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.sim.Scenario;
import org.bellwether.sim.Simulator;
import org.bellwether.store.MarketStore;

/** The demo store (the built-in scenario, seed 42), simulated once for all the report's tests. */
public final class DemoStore {

    private static MarketData data;

    private DemoStore() {
    }

    /** The demo store's data, simulated into a temporary folder on first use. */
    public static synchronized MarketData data() {
        if (data == null) {
            try {
                Path dir = Files.createTempDirectory("bellwether-report-test");
                dir.toFile().deleteOnExit();
                MarketStore store = MarketStore.at(dir.resolve("demo.duckdb"));
                Path files = Files.createDirectory(dir.resolve("files"));
                Map<String, Integer> rows = Simulator.write(Scenario.load("small-cap-breakout-2026"), 42, files);
                Simulator.importFolder(new Imports(store, ImportProgress.NONE, false), files, rows);
                data = new MarketData(store);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }
}
