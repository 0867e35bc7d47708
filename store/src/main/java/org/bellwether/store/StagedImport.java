package org.bellwether.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One all-or-nothing import into one table. Rows are staged in an in-memory DuckDB (written in chunks of
 * normalized CSV that a loader thread bulk-loads while the caller parses the next rows); {@link #commit} then
 * checks the staged keys, attaches the store file and merges in one transaction: new keys are inserted,
 * changed rows replaced, identical rows left alone. Closing without committing writes nothing.
 *
 * <p>Not thread-safe: one thread adds rows and commits.
 */
public final class StagedImport implements AutoCloseable {

    private static final int CHUNK_ROWS = 262_144;
    private static final int MAX_REPORTED_CONFLICTS = 5;

    private final MarketStore store;
    private final TableSpec table;
    private final Connection connection;
    private final Path chunkDirectory;
    private final ExecutorService loader;
    private final List<Future<?>> loads = new ArrayList<>();
    private final KeyOrder keyOrder;
    private StagingFile chunk;
    private Path chunkFile;
    private int chunkRows;
    private int chunkCount;
    private long rowsStaged;
    private boolean committed;
    private final DirectCsv direct;
    private final ColumnTally directCheck;
    private volatile Statement running;
    private volatile boolean closing;
    /** Set by the loader before it loads, read after its future completes. */
    private boolean intoStore;

    private StagedImport(MarketStore store, TableSpec table, DirectCsv direct) throws IOException, SQLException {
        this.store = store;
        this.table = table;
        this.direct = direct;
        this.directCheck = direct == null ? null : new ColumnTally(table.columns());
        this.keyOrder = new KeyOrder(table.keyColumns().stream().mapToInt(column -> table.indexOf(column.name()))
                .toArray());
        this.chunkDirectory = Files.createTempDirectory("bellwether-import-");
        this.connection = MarketStore.memoryConnection();
        this.loader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bellwether-staging-loader");
            thread.setDaemon(true);
            return thread;
        });
        try (Statement statement = connection.createStatement()) {
            // Loads run beside the parsing thread: one DuckDB thread leaves the other core to the parser.
            statement.execute("SET threads = 1");
            statement.execute("CREATE TABLE staging (_line BIGINT, " + table.columns().stream()
                    .map(column -> column.name() + " " + column.type().sql()).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** Starts an import into {@code table} of {@code store}. */
    public static StagedImport begin(MarketStore store, TableSpec table) {
        return create(store, table, null);
    }

    /**
     * Starts an import whose rows DuckDB loads straight from {@code csv} in the background, while the caller parses
     * and validates the same file and passes each row to {@link #add} as usual (rows are then only tallied, not
     * written). Before committing, {@link #directLoadMatches()} must confirm that DuckDB read exactly the rows the
     * caller validated; otherwise the caller discards this import and stages the rows the ordinary way.
     */
    public static StagedImport beginDirect(MarketStore store, TableSpec table, DirectCsv csv) {
        StagedImport staged = create(store, table, csv);
        staged.loads.add(staged.loader.submit(() -> {
            staged.loadDirect(csv);
            return null;
        }));
        return staged;
    }

    private static StagedImport create(MarketStore store, TableSpec table, DirectCsv direct) {
        try {
            return new StagedImport(store, table, direct);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a staging folder for the import", e);
        } catch (SQLException e) {
            throw new StoreException("could not create the staging table: " + e.getMessage(), e);
        }
    }

    /** The table this import writes. */
    public TableSpec table() {
        return table;
    }

    /**
     * Stages one row.
     *
     * @param line the source line, reported on conflicts
     * @param values one value per column in {@link TableSpec#columns()} order, as text DuckDB reads for the column's
     *     type (ISO dates, ISO instants, plain numbers, {@code ;}-joined lists), {@code null} when missing
     */
    public void add(long line, String[] values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException("values must have " + table.columns().size() + " entries for table "
                    + table.name() + ", but had " + values.length);
        }
        if (direct != null) {
            keyOrder.add(values);
            directCheck.add(values);
            rowsStaged++;
            return;
        }
        if (chunk == null) {
            openChunk();
        }
        try {
            chunk.write(line, values);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the staging file " + chunkFile, e);
        }
        keyOrder.add(values);
        rowsStaged++;
        if (++chunkRows == CHUNK_ROWS) {
            submitChunk();
        }
    }

    /** Rows staged so far. */
    public long rowsStaged() {
        return rowsStaged;
    }

    private void openChunk() {
        try {
            chunkFile = chunkDirectory.resolve("chunk-" + (chunkCount++) + ".csv");
            chunk = new StagingFile(chunkFile, table.columns());
            chunkRows = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the staging file " + chunkFile, e);
        }
    }

    private void submitChunk() {
        try {
            chunk.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the staging file " + chunkFile, e);
        }
        Path file = chunkFile;
        chunk = null;
        loads.add(loader.submit(() -> {
            load(file);
            return null;
        }));
    }

    private void load(Path file) throws SQLException, IOException {
        String columns = "'_line': 'BIGINT', " + table.columns().stream()
                .map(column -> "'" + column.name() + "': '" + stagingFileType(column) + "'")
                .collect(Collectors.joining(", "));
        String select = "_line, " + table.columns().stream()
                .map(column -> column.type() == ColumnType.VARCHAR_LIST
                        ? "string_split(" + column.name() + ", ';')" : column.name())
                .collect(Collectors.joining(", "));
        execute("INSERT INTO staging SELECT " + select + " FROM read_csv('" + sqlPath(file)
                + "', header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {"
                + columns + "})");
        Files.delete(file);
    }

    /**
     * Loads the file straight into the store table when that table is empty (the first import: nothing to compare
     * with, so no staging copy is needed), in a transaction left open until {@link #commit}; otherwise into staging.
     * The store stays locked for writers and other processes for the duration of that first import.
     */
    private void loadDirect(DirectCsv csv) throws SQLException {
        String target = "memory.main.staging";
        String line = "NULL, ";
        store.attachForWrite(connection);
        try (Statement statement = connection.createStatement()) {
            if (isEmpty(statement, storeTable())) {
                statement.execute("BEGIN TRANSACTION");
                intoStore = true;
                target = storeTable();
                line = "";
            } else {
                MarketStore.detach(connection);
            }
        }
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < csv.columnTypes().size(); i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(csv.columnTypes().get(i))
                    .append("'");
        }
        execute("INSERT INTO " + target + " SELECT " + line + String.join(", ", csv.select()) + " FROM read_csv('"
                + sqlPath(csv.file()) + "', header = true, auto_detect = false, delim = ',', quote = '\"', "
                + "escape = '\"', columns = {" + columns + "})");
    }

    /** Runs a load, keeping the statement so that {@link #close} can cancel it. */
    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running = statement;
            if (closing) { // close() ran before the statement was visible to it
                throw new SQLException("the import was closed");
            }
            statement.execute(sql);
        } finally {
            running = null;
        }
    }

    /**
     * Whether the background load of a direct import read exactly the rows passed to {@link #add}: their keys
     * strictly increase (so none repeats), and the row count, every column's count of values and the sums of its
     * whole-number and date columns agree.
     */
    public boolean directLoadMatches() {
        if (direct == null) {
            throw new IllegalStateException("not a direct import");
        }
        try {
            awaitLoads();
            if (!keyOrder.provesDistinct()) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet tally = statement.executeQuery("SELECT " + directCheck.sql() + " FROM "
                            + (intoStore ? storeTable() : "memory.main.staging"))) {
                tally.next();
                return directCheck.matches(tally);
            }
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    private void useAllCores() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET threads");
        }
    }

    private static String stagingFileType(Column column) {
        return column.type() == ColumnType.VARCHAR_LIST ? "VARCHAR" : column.type().sql();
    }

    private static String sqlPath(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    /**
     * Merges the staged rows into the store in one transaction and logs the import.
     *
     * @param source what was read, for the import log
     * @param skipConflicts whether rows sharing a key with different values are left out (and returned as
     *     rejections) instead of failing the import
     * @throws DuplicateKeyException when rows conflict and {@code skipConflicts} is false; nothing is written
     */
    public ImportResult commit(ImportSource source, boolean skipConflicts) {
        if (committed) {
            throw new IllegalStateException("this import was committed already");
        }
        try {
            awaitLoads();
            if (direct != null && !directLoadMatches()) {
                throw new IllegalStateException("the direct load does not match the parsed rows; check it first");
            }
            useAllCores();
            if (intoStore) {
                return commitIntoStore(source);
            }
            List<RowRejection> rejections = resolveDuplicates(skipConflicts);
            store.attachForWrite(connection);
            try {
                ImportResult result = merge(source, rejections);
                committed = true;
                return result;
            } finally {
                MarketStore.detach(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("the import into " + table.name() + " failed and wrote nothing: "
                    + e.getMessage(), e);
        }
    }

    private ImportResult commitIntoStore(ImportSource source) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            logImport(statement, source, rowsStaged, 0, 0, List.of());
            statement.execute("COMMIT");
            committed = true;
        } finally {
            MarketStore.detach(connection);
        }
        return new ImportResult(table.name(), rowsStaged, rowsStaged, 0, 0, List.of());
    }

    private String storeTable() {
        return MarketStore.CATALOG + ".main." + table.name();
    }

    private void awaitLoads() throws SQLException {
        if (chunk != null) {
            submitChunk();
        }
        for (Future<?> load : loads) {
            try {
                load.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while staging the import", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql) {
                    throw sql;
                }
                throw new StoreException("staging the import failed: " + cause.getMessage(), cause);
            }
        }
    }

    /** Finds keys staged more than once; identical repeats are dropped, conflicting ones fail or are skipped. */
    private List<RowRejection> resolveDuplicates(boolean skipConflicts) throws SQLException {
        String keys = table.columnList(table.keyColumns(), "");
        String values = table.valueColumns().stream().map(column -> column.name() + " := " + column.name())
                .collect(Collectors.joining(", "));
        List<RowRejection> conflicts = new ArrayList<>();
        if (keyOrder.provesDistinct()) {
            return conflicts;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet repeated = statement.executeQuery("SELECT count(*) FROM (SELECT 1 FROM staging GROUP BY "
                    + keys + " HAVING count(*) > 1)")) {
                repeated.next();
                if (repeated.getLong(1) == 0) {
                    return conflicts;
                }
            }
            statement.execute("CREATE TABLE conflicts AS SELECT " + keys + ", list(_line ORDER BY _line) AS lines "
                    + "FROM staging GROUP BY " + keys + " HAVING count(DISTINCT struct_pack(" + values + ")) > 1");
            try (ResultSet rows = statement.executeQuery("SELECT * FROM conflicts ORDER BY lines[1]")) {
                List<String> descriptions = new ArrayList<>();
                while (rows.next()) {
                    String key = describeKey(rows);
                    Array lineArray = rows.getArray("lines");
                    Object[] lines = (Object[]) lineArray.getArray();
                    String lineList = Stream.of(lines).map(String::valueOf).collect(Collectors.joining(", "));
                    if (descriptions.size() < MAX_REPORTED_CONFLICTS) {
                        descriptions.add("lines " + lineList + " have the same key (" + key + ") with different values");
                    }
                    for (Object line : lines) {
                        conflicts.add(new RowRejection(((Number) line).longValue(), "key", key,
                                "the same key appears on lines " + lineList + " with different values"));
                    }
                }
                if (!conflicts.isEmpty() && !skipConflicts) {
                    throw new DuplicateKeyException(String.join("; ", descriptions)
                            + " (rows with the same key must be identical; correct or remove one of them)", conflicts);
                }
            }
            String join = table.keyColumns().stream().map(column -> "s." + column.name() + " IS NOT DISTINCT FROM c."
                    + column.name()).collect(Collectors.joining(" AND "));
            statement.execute("DELETE FROM staging s USING conflicts c WHERE " + join);
            statement.execute("CREATE TABLE deduplicated AS SELECT DISTINCT ON (" + keys + ") * FROM staging");
            statement.execute("DROP TABLE staging");
            statement.execute("ALTER TABLE deduplicated RENAME TO staging");
        }
        conflicts.sort(Comparator.comparingLong(RowRejection::line));
        return conflicts;
    }

    private String describeKey(ResultSet row) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (Column column : table.keyColumns()) {
            parts.add(column.name() + "=" + row.getString(column.name()));
        }
        return String.join(", ", parts);
    }

    private ImportResult merge(ImportSource source, List<RowRejection> rejections) throws SQLException {
        String target = MarketStore.CATALOG + ".main." + table.name();
        String keyJoin = table.keyColumns().stream().map(column -> "s." + column.name() + " = t." + column.name())
                .collect(Collectors.joining(" AND "));
        String firstKey = table.keyColumns().get(0).name();
        String changed = table.valueColumns().stream()
                .map(column -> "s." + column.name() + " IS DISTINCT FROM t." + column.name())
                .collect(Collectors.joining(" OR "));
        String allColumns = table.columnList(table.columns(), "");
        long inserted;
        long replaced;
        long unique;
        try (Statement statement = connection.createStatement()) {
            if (isEmpty(statement, target)) {
                return insertAll(statement, target, source, rejections);
            }
            // Classified outside the write transaction: DuckDB writes one database per transaction, and the
            // store cannot change meanwhile because this connection holds its write lock.
            statement.execute("CREATE OR REPLACE TABLE memory.main.changes AS SELECT s.*, t." + firstKey
                    + " IS NULL AS _is_new FROM memory.main.staging s LEFT JOIN " + target + " t ON " + keyJoin
                    + " WHERE t." + firstKey + " IS NULL" + (changed.isEmpty() ? "" : " OR " + changed));
            try (ResultSet counts = statement.executeQuery("SELECT (SELECT count(*) FROM memory.main.staging), "
                    + "count(*) FILTER (WHERE _is_new), count(*) FILTER (WHERE NOT _is_new) FROM memory.main.changes")) {
                counts.next();
                unique = counts.getLong(1);
                inserted = counts.getLong(2);
                replaced = counts.getLong(3);
            }
            statement.execute("BEGIN TRANSACTION");
            try {
                if (replaced > 0) {
                    statement.execute("DELETE FROM " + target + " t USING memory.main.changes s WHERE NOT s._is_new AND "
                            + keyJoin);
                }
                statement.execute("INSERT INTO " + target + " SELECT " + allColumns + " FROM memory.main.changes");
                logImport(statement, source, inserted, replaced, unique - inserted - replaced, rejections);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
        return new ImportResult(table.name(), rowsStaged, inserted, replaced, unique - inserted - replaced, rejections);
    }

    private static boolean isEmpty(Statement statement, String target) throws SQLException {
        try (ResultSet any = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + target + ")")) {
            any.next();
            return any.getBoolean(1);
        }
    }

    /** The first import into a table: every staged row is new, no classification needed. */
    private ImportResult insertAll(Statement statement, String target, ImportSource source,
            List<RowRejection> rejections) throws SQLException {
        statement.execute("BEGIN TRANSACTION");
        try {
            long inserted = statement.executeUpdate("INSERT INTO " + target + " SELECT "
                    + table.columnList(table.columns(), "") + " FROM memory.main.staging");
            logImport(statement, source, inserted, 0, 0, rejections);
            statement.execute("COMMIT");
            return new ImportResult(table.name(), rowsStaged, inserted, 0, 0, rejections);
        } catch (SQLException | RuntimeException e) {
            statement.execute("ROLLBACK");
            throw e;
        }
    }

    private void logImport(Statement statement, ImportSource source, long inserted, long replaced, long unchanged,
            List<RowRejection> rejections) throws SQLException {
        statement.execute("INSERT INTO " + MarketStore.CATALOG + ".main.imports VALUES (now(), '" + table.name() + "', '"
                + source.name().replace("'", "''") + "', "
                + (source.format() == null ? "NULL" : "'" + source.format().replace("'", "''") + "'") + ", "
                + source.rowsRead() + ", " + inserted + ", " + replaced + ", " + unchanged + ", "
                + (source.rowsRejected() + rejections.size()) + ")");
    }

    /** Discards anything staged and not committed, and the staging files. */
    @Override
    public void close() {
        closing = true;
        Statement load = running;
        if (load != null) {
            try {
                load.cancel();
            } catch (SQLException ignored) {
                // the load ends with the connection below
            }
        }
        loader.shutdownNow();
        try {
            loader.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (chunk != null) {
            MarketStore.closeQuietly(chunk);
        }
        MarketStore.closeQuietly(connection);
        try (Stream<Path> files = Files.list(chunkDirectory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(chunkDirectory);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the store itself is untouched
        }
    }
}
