package org.bellwether.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A market store: one DuckDB file, attached to an in-memory DuckDB for as long as a connection needs it, so a long
 * import holds the file only while it commits, and another process that finds the file locked waits (up to
 * {@link #lockWait()}) instead of failing. Reads share the process's one instance ({@link ReadInstance}): the file
 * stays attached while any read of it is open. A write attaches it as {@value #CATALOG} to an instance of its own.
 *
 * <p>All connections use UTC as their session time zone: timestamps are stored and compared as instants.
 */
public final class MarketStore {

    /** The catalog name under which the store file is attached. */
    public static final String CATALOG = "store";

    /** The default store file, in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("bellwether.duckdb");

    private static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);
    private static final long LOCK_POLL_MILLIS = 100;

    private final Path file;
    private final Duration lockWait;
    private final Consumer<String> waitListener;
    private Connection stateConnection; // the in-memory DuckDB that attaches the file for state writes
    private boolean stateMigrated;

    private MarketStore(Path file, Duration lockWait, Consumer<String> waitListener) {
        this.file = file.toAbsolutePath().normalize();
        this.lockWait = lockWait;
        this.waitListener = waitListener;
    }

    /** The store in {@code file}, waiting up to a minute for a lock held by another process. */
    public static MarketStore at(Path file) {
        ScratchFiles.sweepOnce();
        return new MarketStore(Objects.requireNonNull(file, "file"), DEFAULT_LOCK_WAIT, message -> { });
    }

    /** This store with another lock wait and a listener told (once per open) when it has to wait, and of migrations. */
    public MarketStore withLockWait(Duration wait, Consumer<String> listener) {
        return new MarketStore(file, wait, listener);
    }

    /** The store file. */
    public Path file() {
        return file;
    }

    /** How long an open waits for a lock held by another process. */
    public Duration lockWait() {
        return lockWait;
    }

    /** Whether the store file exists. */
    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * A read-only connection with the store attached as the default catalog. Closing it releases the file.
     *
     * A store of an older schema version is migrated first (the listener is told).
     *
     * @throws StoreException when there is no store file, it is locked past the wait, or its schema is too new
     */
    public Connection openReadOnly() {
        if (!exists()) {
            throw new StoreException("there is no store at " + file
                    + ": import data first (bellwether import ...) or run bellwether demo");
        }
        int[] version = {Migrations.LATEST};
        try {
            Optional<Connection> connection = ReadInstance.open(file, (root, alias) -> attachAs(root, alias, true),
                    (read, alias) -> {
                        version[0] = Migrations.currentVersion(read, alias);
                        Migrations.requireNotNewer(version[0], file.toString());
                        return version[0] >= Migrations.LATEST;
                    });
            if (connection.isPresent()) {
                return connection.get();
            }
        } catch (SQLException | RuntimeException e) {
            throw e instanceof StoreException se ? se : new StoreException("could not open the store " + file + ": "
                    + e.getMessage(), e);
        }
        migrate(version[0]);
        return openReadOnly();
    }

    /**
     * The store's data generation: bumped by every import that changes data, not by alert-history or results
     * writes. What was computed from the data (an exported dataset, Spark's results) records it.
     */
    public long generation() {
        try (Connection connection = openReadOnly()) {
            return generation(connection);
        } catch (SQLException e) {
            throw new StoreException("could not read the generation of the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The data generation of the store that is the default catalog of {@code connection}. */
    static long generation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT generation FROM store_generation")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A write of the store's own state within one transaction. */
    @FunctionalInterface
    public interface StateWrite<T> {
        /** Does the write on {@code connection}, whose default catalog is the store. */
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code write} in one transaction on the store opened for writing, for state no snapshot holds (the alert
     * history): unlike an import, it leaves the daily snapshot valid. Waits for the lock as an import does; a failed
     * write is rolled back whole.
     */
    public synchronized <T> T writeState(StateWrite<T> write) {
        if (stateConnection == null) { // one DuckDB instance for all state writes: starting one costs ~12 ms
            stateConnection = memoryConnection();
        }
        Connection connection = stateConnection;
        try {
            attach(connection, false);
            try (Statement statement = connection.createStatement()) {
                if (!stateMigrated) {
                    Migrations.migrate(connection, CATALOG, file.toString());
                    stateMigrated = true;
                }
                statement.execute("BEGIN TRANSACTION");
                try {
                    T result = write.apply(connection);
                    statement.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    Migrations.rollback(connection);
                    throw e;
                }
            } finally {
                detach(connection); // releases the file between writes, for readers and imports of other processes
            }
        } catch (SQLException e) {
            throw new StoreException("could not write to the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Brings a store of an older schema up to date (each step in its own transaction) and says so. */
    private void migrate(int from) {
        Connection connection = memoryConnection();
        try {
            attachForWrite(connection);
            detach(connection);
            waitListener.accept("migrated the store " + file + " from schema version " + from + " to "
                    + Migrations.LATEST);
        } catch (SQLException e) {
            throw new StoreException("could not migrate the store " + file + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** An in-memory DuckDB connection with UTC as its time zone and nothing attached. */
    static Connection memoryConnection() {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException("could not start DuckDB: " + e.getMessage(), e);
        }
    }

    /**
     * Attaches the store file to {@code connection} read-write, migrates it to the latest schema and makes it the
     * default catalog, after removing the store's {@link DailySnapshot}, which the write will outdate. The caller
     * detaches it (see {@link #detach}).
     */
    void attachForWrite(Connection connection) throws SQLException {
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create the store " + file + ": the folder " + parent + " does not exist");
        }
        attach(connection, false);
        DailySnapshot.delete(this); // with the lock held: no reader can write a new one until this write is done
        Migrations.migrate(connection, CATALOG, file.toString());
    }

    /** Detaches the store file, which checkpoints it, and returns to the in-memory catalog. */
    static void detach(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("USE memory");
            statement.execute("DETACH " + CATALOG);
        }
    }

    private void attach(Connection connection, boolean readOnly) throws SQLException {
        attachAs(connection, CATALOG, readOnly);
        try (Statement statement = connection.createStatement()) {
            statement.execute("USE " + CATALOG);
        }
    }

    /** Attaches the store file as {@code alias}, waiting for a lock another process or DuckDB instance holds. */
    private void attachAs(Connection connection, String alias, boolean readOnly) throws SQLException {
        String sql = "ATTACH '" + file.toString().replace("'", "''") + "' AS " + alias
                + (readOnly ? " (READ_ONLY)" : "");
        long deadline = System.nanoTime() + lockWait.toNanos();
        boolean told = false;
        while (true) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreException("the store " + file + " is in use by another import and stayed locked for "
                            + lockWait.toSeconds() + " s (" + firstLine(e.getMessage()) + ")", e);
                }
                if (!told) {
                    waitListener.accept("waiting for the store " + file + ", which another import is writing ("
                            + firstLine(e.getMessage()) + ")");
                    told = true;
                }
                sleep();
            }
        }
    }

    /** Another process holds the file's lock, or another DuckDB instance of this process has it attached. */
    private static boolean isLockConflict(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Could not set lock") || message.contains("Conflicting lock")
                || message.contains("Unique file handle conflict");
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void sleep() {
        try {
            Thread.sleep(LOCK_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store lock", e);
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing after a failure; the failure is what the caller reports
        }
    }
}
