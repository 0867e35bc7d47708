package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.TableSpec;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset written a few symbols at a time holds every row, once, in the folder of its partition, in key order. */
class DatasetExportTest {

    @TempDir
    Path dir;

    @Test
    void batches_of_symbols_write_the_same_dataset_as_one_batch() throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("s.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        StringBuilder daily = new StringBuilder("symbol,date,close\n");
        StringBuilder minutes = new StringBuilder("symbol,ts,open,high,low,close,volume\n");
        for (String symbol : List.of("AAA", "BBB", "CCC", "DDD", "EEE")) {
            for (int day = 2; day <= 9; day++) {
                daily.append(symbol).append(",2026-01-0").append(day).append(',').append(100 + day).append('\n');
            }
            for (String ts : List.of("2025-12-31T20:58:00Z", "2025-12-31T20:59:00Z", "2026-01-02T14:30:00Z")) {
                minutes.append(symbol).append(',').append(ts).append(",10,11,9,10.5,100\n");
            }
        }
        imports.bars(Files.writeString(dir.resolve("daily.csv"), daily), BarOptions.defaults());
        imports.bars(Files.writeString(dir.resolve("minutes.csv"), minutes), BarOptions.defaults());

        for (TableSpec table : List.of(Tables.DAILY_BARS, Tables.INTRADAY_BARS)) {
            long rows = table == Tables.DAILY_BARS ? 40 : 15;
            assertThat(ParquetExport.exportDataset(store, table, dir.resolve("whole"))).isEqualTo(rows);
            // batches of about 2 symbols' rows: AAA-BBB, CCC-DDD, EEE
            assertThat(ParquetExport.exportDataset(store, table, dir.resolve("batched"), rows / 5 * 2)).isEqualTo(rows);
            List<String> whole = read(dir.resolve("whole").resolve(table.name()));
            assertThat(whole).hasSize((int) rows);
            assertThat(read(dir.resolve("batched").resolve(table.name()))).isEqualTo(whole);
            try (Stream<Path> files = Files.list(dir.resolve("batched").resolve(table.name()))) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .containsExactlyInAnyOrder("symbol=AAA", "symbol=BBB", "symbol=CCC", "symbol=DDD",
                                "symbol=EEE", ParquetExport.GENERATION_FILE);
            }
        }
        assertThat(dir.resolve("batched/intraday_bars/symbol=CCC/year=2025/data_0.parquet")).exists();
        assertThat(dir.resolve("batched/intraday_bars/symbol=CCC/year=2026/data_0.parquet")).exists();
    }

    /** Every row of a dataset table with its partition values, file by file in path order, rows as stored. */
    private static List<String> read(Path table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * EXCLUDE (filename), filename FROM read_parquet('"
                        + table + "/**/*.parquet', hive_partitioning = true, filename = true) ORDER BY filename, "
                        + "file_row_number")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    Object value = result.getObject(c);
                    row.append(value instanceof String text ? text.replace(table.getParent().toString(), "") : value)
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
