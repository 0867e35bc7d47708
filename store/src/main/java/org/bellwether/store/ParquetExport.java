package org.bellwether.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writes a store table to a Parquet file, ordered by its key, for Spark, pandas, polars and re-import. */
public final class ParquetExport {

    /**
     * The file of a dataset table (and of a Spark job's results) that holds the store's data generation it was
     * exported at; Parquet readers skip it (its name starts with an underscore).
     */
    public static final String GENERATION_FILE = "_generation";

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
                    statement.execute("COPY (" + select(table, "") + ") TO '" + quoted(partial) + "' (FORMAT parquet, "
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
            Path out = partitions.isEmpty() ? Files.createDirectories(staging).resolve("data_0.parquet") : staging;
            long generation = generation(statement); // read first: an import meanwhile makes the dataset newer, not older
            statement.execute("COPY (" + select(table, extra) + ") TO '" + quoted(out) + "' (FORMAT parquet, "
                    + "COMPRESSION zstd" + partitions + ")");
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

    private static String select(TableSpec table, String extraColumns) {
        return "SELECT " + table.columnList(table.columns(), "") + extraColumns + " FROM " + table.name()
                + " ORDER BY " + table.keyOrder();
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
