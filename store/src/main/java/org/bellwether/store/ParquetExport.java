package org.bellwether.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Writes a store table to a Parquet file, ordered by its key, for Spark, pandas, polars and re-import. */
public final class ParquetExport {

    /**
     * The file of a dataset table (and of a Spark job's results) that holds the store's data generation it was
     * exported at; Parquet readers skip it (its name starts with an underscore).
     */
    public static final String GENERATION_FILE = "_generation";

    /** The rows of a dataset export's batch: a few hundred MB for DuckDB to sort and buffer at a time. */
    public static final long BATCH_ROWS = 4_000_000;

    private ParquetExport() {
    }

    /**
     * Exports {@code table} to {@code file} and returns the number of rows written; the file is written beside and
     * renamed into place, so a reader never sees it half-written and a failed export leaves an older one as it was.
     */
    public static long export(MarketStore store, TableSpec table, Path file) {
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement()) {
            ScratchFiles.writeAtomically(file, partial -> {
                try {
                    statement.execute("COPY (" + select(table, "", "") + ") TO '" + quoted(partial) + "' (FORMAT parquet, "
                            + "COMPRESSION zstd)");
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            return count(statement, table);
        } catch (SQLException | IOException e) {
            throw new StoreException("could not export " + table.name() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Exports {@code table} as a dataset folder {@code dir/TABLE} for Spark: bars partitioned by symbol, 1-minute bars
     * also by UTC year ({@code daily_bars/symbol=RUT/data_0.parquet}, {@code intraday_bars/symbol=RUT/year=2026/...};
     * the partition columns are in the paths, not the files), other tables as one file. Written beside the target
     * and renamed into place when complete, so a dataset folder is never half-written; an existing one is refused.
     *
     * @return the number of rows written
     */
    public static long exportDataset(MarketStore store, TableSpec table, Path dir) {
        return exportDataset(store, table, dir, BATCH_ROWS);
    }

    /**
     * As {@link #exportDataset(MarketStore, TableSpec, Path)}, the bars written a batch of whole symbols of about
     * {@code batchRows} rows at a time (what DuckDB sorts and buffers at once, so memory stays bounded).
     */
    public static long exportDataset(MarketStore store, TableSpec table, Path dir, long batchRows) {
        Path target = dir.resolve(table.name());
        if (Files.exists(target)) {
            throw new StoreException("the dataset " + target + " exists already: remove it or export to another "
                    + "folder");
        }
        Path staging = dir.resolve("." + table.name() + ".writing-" + ProcessHandle.current().pid());
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement()) {
            Files.createDirectories(dir);
            deleteRecursively(staging);
            String partitions = switch (table.name()) {
                case "daily_bars" -> ", PARTITION_BY (symbol)";
                case "intraday_bars" -> ", PARTITION_BY (symbol, year)";
                default -> "";
            };
            String extra = table.name().equals("intraday_bars") ? ", year(ts) AS year" : "";
            long generation = generation(statement); // read first: an import meanwhile makes the dataset newer, not older
            if (partitions.isEmpty()) {
                Path out = Files.createDirectories(staging).resolve("data_0.parquet");
                statement.execute("COPY (" + select(table, extra, "") + ") TO '" + quoted(out) + "' (FORMAT parquet, "
                        + "COMPRESSION zstd)");
            } else {
                // a batch of whole symbols at a time: DuckDB sorts and buffers one batch, not the table
                for (String[] batch : symbolBatches(statement, table, batchRows)) {
                    try (PreparedStatement copy = connection.prepareStatement("COPY (" + select(table, extra,
                            " WHERE symbol BETWEEN ? AND ?") + ") TO '" + quoted(staging) + "' (FORMAT parquet, "
                            + "COMPRESSION zstd" + partitions + ", OVERWRITE_OR_IGNORE)")) {
                        copy.setString(1, batch[0]);
                        copy.setString(2, batch[1]);
                        copy.execute();
                    }
                }
                Files.createDirectories(staging);
            }
            Files.writeString(staging.resolve(GENERATION_FILE), Long.toString(generation));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return count(statement, table);
        } catch (SQLException | IOException e) {
            deleteRecursivelyQuietly(staging);
            throw new StoreException("could not export " + table.name() + " to the dataset " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static long generation(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT generation FROM store_generation")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String select(TableSpec table, String extraColumns, String where) {
        return "SELECT " + table.columnList(table.columns(), "") + extraColumns + " FROM " + table.name() + where
                + " ORDER BY " + table.keyOrder();
    }

    /**
     * The table's symbols in order, cut into ranges (first, last) of about {@code batchRows} rows; a symbol with
     * more rows than that is a range of its own.
     */
    private static List<String[]> symbolBatches(Statement statement, TableSpec table, long batchRows)
            throws SQLException {
        List<String[]> batches = new ArrayList<>();
        try (ResultSet symbols = statement.executeQuery("SELECT symbol, count(*) FROM " + table.name()
                + " GROUP BY symbol ORDER BY symbol")) {
            String first = null;
            String last = null;
            long rows = 0;
            while (symbols.next()) {
                long count = symbols.getLong(2);
                if (first != null && rows + count > batchRows) {
                    batches.add(new String[] {first, last});
                    first = null;
                    rows = 0;
                }
                first = first == null ? symbols.getString(1) : first;
                last = symbols.getString(1);
                rows += count;
            }
            if (first != null) {
                batches.add(new String[] {first, last});
            }
        }
        return batches;
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    private static long count(Statement statement, TableSpec table) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void deleteRecursivelyQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException ignored) {
            // the export's own failure is the one to report
        }
    }
}
