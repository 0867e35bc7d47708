package org.bellwether.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

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
    /** The batches of a direct import going round: room for the reading to go on while DuckDB is set up. */
    private static final int DIRECT_BATCHES = 8;

    private final MarketStore store;
    private final TableSpec table;
    /** The in-memory DuckDB that stages the rows; a direct import's loader opens it (see {@link #beginDirect}). */
    private volatile Connection connection;
    private final Path chunkDirectory;
    private final ExecutorService loader;
    private final List<Future<?>> loads = new ArrayList<>();
    private List<String> kept = List.of();
    private final KeyOrder keyOrder;
    /** The rows the caller makes and DuckDB inserts as they come (see {@link #beginDirect}), or null. */
    private final ArrowRows direct;
    /** Whether the direct load matched the importer's tally of the file (see {@link #directLoadMatches}). */
    private boolean directMatched;
    /** The symbols' spans in the importer's tally of a direct load. */
    private List<SeriesSpan> directSpans = List.of();
    /** The rows DuckDB inserted (or classified) from {@link #direct}, set by the loader. */
    private long directRowsLoaded;
    private StagingFile chunk;
    private Path chunkFile;
    private int chunkRows;
    private int chunkCount;
    private long rowsStaged;
    private boolean committed;
    private volatile Statement running;
    private volatile boolean closing;
    /** Set by the loader before it loads, read after its future completes. */
    private boolean intoStore;
    /** The id of a direct import into an empty store table, logged at commit. */
    private long directImportId;

    private StagedImport(MarketStore store, TableSpec table, ArrowRows direct) throws IOException, SQLException {
        this.store = store;
        this.table = table;
        this.direct = direct;
        this.keyOrder = new KeyOrder(table.keyColumns().stream().mapToInt(column -> table.indexOf(column.name()))
                .toArray());
        this.chunkDirectory = ScratchFiles.folder("import");
        this.loader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bellwether-staging-loader");
            thread.setDaemon(true);
            return thread;
        });
        if (direct == null) {
            connection = openStaging();
        }
    }

    /** A new in-memory DuckDB with the staging table. */
    private Connection openStaging() throws SQLException {
        Connection staging = MarketStore.memoryConnection();
        try (Statement statement = staging.createStatement()) {
            // Loads run beside the parsing thread: one DuckDB thread leaves the other core to the parser.
            statement.execute("SET threads = 1");
            statement.execute("CREATE TABLE staging (_line BIGINT, " + table.columns().stream()
                    .map(column -> column.name() + " " + column.type().sql()).collect(Collectors.joining(", ")) + ")");
        } catch (SQLException e) {
            MarketStore.closeQuietly(staging);
            throw e;
        }
        return staging;
    }

    /** Starts an import into {@code table} of {@code store}. */
    public static StagedImport begin(MarketStore store, TableSpec table) {
        return create(store, table, null);
    }

    /**
     * Starts an import of whole rows (no kept columns) whose keys the caller proves distinct, made in batches
     * ({@link #directRows}) while DuckDB inserts them (a first import) or compares them with the store's (a
     * re-import) in the background, on every core; DuckDB and the store are set up in the background too, so the
     * caller may start reading at once. The caller ends the rows, or abandons them when its reading of the file finds
     * anything it cannot vouch for; before committing, {@link #directLoadMatches} must confirm that DuckDB took every
     * row the caller made, else the caller discards this import and stages the rows the ordinary way.
     */
    public static StagedImport beginDirect(MarketStore store, TableSpec table) {
        StagedImport staged = create(store, table, new ArrowRows(table, DIRECT_BATCHES));
        staged.loads.add(staged.loader.submit(() -> {
            staged.loadDirect();
            return null;
        }));
        return staged;
    }

    /** The rows of a direct import (see {@link #beginDirect}), for the caller to fill. */
    public ArrowRows directRows() {
        if (direct == null) {
            throw new IllegalStateException("not a direct import");
        }
        return direct;
    }

    private static StagedImport create(MarketStore store, TableSpec table, ArrowRows direct) {
        try {
            return new StagedImport(store, table, direct);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a staging folder for the import", e);
        } catch (SQLException e) {
            throw new StoreException("could not create the staging table: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps, for every key the store already holds, its values of {@code columns} (value columns the source does not
     * have), so that a file of some columns updates only those.
     */
    public void keepExisting(List<String> columns) {
        if (direct != null && !columns.isEmpty()) {
            throw new IllegalStateException("a direct import writes whole rows: it keeps no columns");
        }
        for (String column : columns) {
            if (table.keyColumns().stream().anyMatch(key -> key.name().equals(column))) {
                throw new IllegalArgumentException(column + " is a key column of " + table.name());
            }
            table.indexOf(column);
        }
        kept = List.copyOf(columns);
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
            throw new IllegalStateException("a direct import takes its rows as Arrow batches, not from add");
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
     * Loads the direct rows as they come, the store attached for writing (its lock held until {@link #commit}): when
     * the store table is empty (a first import: nothing to compare with) they go straight into it, in a transaction
     * left open until the commit; otherwise they are classified against the store's rows as they come (a re-import:
     * no staging copy), and the commit writes the new and changed ones.
     */
    private void loadDirect() throws SQLException {
        connection = openStaging();
        store.attachForWrite(connection);
        String load;
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET threads"); // the rows come from the caller's threads: DuckDB takes every core
            // rows written in the order the threads take them, as compressed row groups, leave nothing to the commit
            statement.execute("SET preserve_insertion_order = false");
            if (KeyedMerge.isEmpty(statement, storeTable())) {
                directImportId = KeyedMerge.nextImportId(statement);
                statement.execute("BEGIN TRANSACTION");
                intoStore = true;
                String columns = table.columnList(table.columns(), "");
                load = "INSERT INTO " + storeTable() + " (" + columns + ", import_id) SELECT " + columns + ", "
                        + directImportId + " FROM direct_rows";
            } else {
                load = new KeyedMerge(connection, table).classification("direct_rows", List.of());
            }
        }
        connection.unwrap(DuckDBConnection.class).registerArrowStream("direct_rows", direct.open());
        long inserted = execute(load);
        // what DuckDB inserted, or the rows it took to classify
        directRowsLoaded = intoStore ? inserted : direct.rowsTaken();
    }

    /** Runs a load, keeping the statement so that {@link #close} can cancel it; the rows it inserted. */
    private long execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running = statement;
            if (closing) { // close() ran before the statement was visible to it
                throw new SQLException("the import was closed");
            }
            return statement.executeLargeUpdate(sql);
        } finally {
            running = null;
        }
    }

    /**
     * Whether the background load of a direct import took exactly the rows the caller made and tallied: their keys
     * strictly increase (so none repeats) and DuckDB inserted, or classified, as many rows. Only then may
     * {@link #commit} run.
     */
    public boolean directLoadMatches(DirectTally tally) {
        if (direct == null) {
            throw new IllegalStateException("not a direct import");
        }
        try {
            awaitLoads();
        } catch (SQLException | StoreException e) {
            return false;
        }
        directMatched = tally.keysIncreasing() && directRowsLoaded == tally.rows();
        rowsStaged = tally.rows();
        directSpans = tally.spans();
        return directMatched;
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
            if (direct != null && !directMatched) {
                throw new IllegalStateException("the direct load was not matched with the file; check it first");
            }
            useAllCores();
            if (intoStore) {
                return commitIntoStore(source);
            }
            if (direct != null) { // classified as the rows came, the store still attached
                try {
                    ImportResult result = new KeyedMerge(connection, table).applyChanges(source, rowsStaged,
                            rowsStaged, List.of());
                    committed = true;
                    return result;
                } finally {
                    MarketStore.detach(connection);
                }
            }
            KeyedMerge merge = new KeyedMerge(connection, table);
            List<RowRejection> rejections = keyOrder.provesDistinct() ? List.of()
                    : merge.resolveDuplicates(skipConflicts);
            store.attachForWrite(connection);
            try {
                ImportResult result = merge.merge(source, rowsStaged, rejections, kept);
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
            new KeyedMerge(connection, table).logImport(directImportId, source, rowsStaged, 0, 0, 0);
            statement.execute("COMMIT");
            committed = true;
        } finally {
            MarketStore.detach(connection);
        }
        // into an empty table: the symbols' spans in the file are their whole series
        return new ImportResult(table.name(), rowsStaged, rowsStaged, 0, 0, List.of(), directImportId, 0, directSpans);
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

    /** Discards anything staged and not committed, and the staging files. */
    @Override
    public void close() {
        closing = true;
        if (direct != null) {
            direct.abandon(); // DuckDB's reading of the rows ends, whatever the caller did
        }
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
        if (connection != null) {
            MarketStore.closeQuietly(connection);
        }
        if (direct != null) {
            direct.close();
        }
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
