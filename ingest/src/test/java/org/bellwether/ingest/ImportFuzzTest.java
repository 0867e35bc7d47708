package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bellwether.store.MarketStore;

/**
 * Every importer fed arbitrary bytes (Jazzer; the seeds under ImportFuzzTestInputs run as regression tests, and
 * {@code bin/fuzz} fuzzes for a set time): a file is imported or refused with {@link BadInputException} or
 * {@link IllegalArgumentException}, whose message names the file, and a refused file leaves the store as it was.
 * Any other exception, a hang or a crash is a finding.
 */
class ImportFuzzTest {

    private static MarketStore store;
    private static Imports imports;
    private static Path dir;

    private static synchronized Imports imports() throws IOException {
        if (imports == null) {
            dir = Files.createTempDirectory("bellwether-fuzz");
            store = MarketStore.at(dir.resolve("fuzz.duckdb"));
            imports = new Imports(store, ImportProgress.NONE, false);
            imports.bars(Files.writeString(dir.resolve("seed.csv"), "symbol,date,close\nQQQ,2025-12-31,500\n"),
                    BarOptions.defaults());
        }
        return imports;
    }

    /** Imports {@code bytes} as a file named {@code name} with {@code importer}, checking the contract. */
    private static void importOrRefuse(byte[] bytes, String name, Importing importer) throws IOException {
        Imports into = imports();
        Path file = Files.write(dir.resolve(name), bytes);
        long before = rows();
        try {
            importer.run(into, file);
        } catch (BadInputException | IllegalArgumentException refused) {
            assertThat(refused).as("a refusal of ours, not a parser's exception escaping")
                    .isNotInstanceOf(NumberFormatException.class);
            assertThat(refused.getMessage()).as("a refusal names the file").contains(name);
            assertThat(rows()).as("a refused file writes nothing").isEqualTo(before);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve(name + ".rejects.csv"));
        }
    }

    @FunctionalInterface
    private interface Importing {
        void run(Imports imports, Path file) throws IOException;
    }

    /** Rows in the store's tables that imports write. */
    private static long rows() {
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT (SELECT count(*) FROM daily_bars) + (SELECT count(*) "
                        + "FROM intraday_bars) + (SELECT count(*) FROM macro) + (SELECT count(*) FROM fundamentals)")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csv_bars(byte[] bytes) throws IOException {
        importOrRefuse(bytes, "bars.csv", (into, file) -> into.bars(file, BarOptions.defaults()));
    }

    @FuzzTest(maxDuration = "30s")
    void json_bars(byte[] bytes) throws IOException {
        importOrRefuse(bytes, "bars.json", (into, file) -> into.bars(file, BarOptions.defaults()));
    }

    @FuzzTest(maxDuration = "30s")
    void parquet_bars(byte[] bytes) throws IOException {
        importOrRefuse(bytes, "bars.parquet", (into, file) -> into.bars(file, BarOptions.defaults()));
    }

    @FuzzTest(maxDuration = "30s")
    void macro_series(byte[] bytes) throws IOException {
        importOrRefuse(bytes, "DGS10.csv", (into, file) -> into.macro(file, null, MacroUnits.NONE));
    }

    @FuzzTest(maxDuration = "30s")
    void company_facts(byte[] bytes) throws IOException {
        importOrRefuse(bytes, "CIK0000320193.json", (into, file) -> into.fundamentals(file, "AAPL"));
    }
}
