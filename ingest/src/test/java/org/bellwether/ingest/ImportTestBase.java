package org.bellwether.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store in a temporary folder per test, its importers (whole files, no progress) and files written there. */
abstract class ImportTestBase {

    @TempDir
    Path dir;

    MarketStore store;
    Imports imports;

    @BeforeEach
    void openStore() {
        store = MarketStore.at(dir.resolve("store.duckdb"));
        imports = new Imports(store, ImportProgress.NONE, false);
    }

    /** {@code content} written to {@code name} in the test's folder. */
    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
