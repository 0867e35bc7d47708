package org.bellwether.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * The process's one DuckDB instance for reads. Each store file is attached to it read-only, under an alias of its
 * own, while at least one read connection of that store is open, and detached when the last one closes, so that an
 * import of another process gets the file between reads. A read connection is a connection of this instance
 * (DuckDB's {@code duplicate}) with the file as its default catalog: opening one costs well under a millisecond, where
 * starting a DuckDB instance costs tens, and concurrent readers of one store share its attachment. Attaching,
 * detaching and opening a connection take one lock for the whole instance, across stores.
 */
final class ReadInstance {

    /** Attaches a store file to the instance under an alias, waiting for another process's lock as the store does. */
    @FunctionalInterface
    interface Attach {
        /** Attaches the file read-only as {@code alias} on {@code connection}; throws when it cannot. */
        void attach(Connection connection, String alias) throws SQLException;
    }

    private static DuckDBConnection instance; // started with the first read, kept for the life of the process
    private static final Map<Path, Attachment> ATTACHMENTS = new HashMap<>();
    private static int aliases;

    private ReadInstance() {
    }

    /**
     * A read connection of {@code file} with it as the default catalog, attaching it first when no other read of it is
     * open; empty when {@code check}, run on the first connection of each attachment, finds the file unusable as it
     * is (an older schema), which is then detached again.
     */
    static Optional<Connection> open(Path file, Attach attach, Check check) throws SQLException {
        Attachment attachment;
        synchronized (ReadInstance.class) {
            if (instance == null) {
                instance = (DuckDBConnection) MarketStore.memoryConnection();
            }
            attachment = ATTACHMENTS.computeIfAbsent(file, f -> new Attachment("store_" + ++aliases));
        }
        return attachment.open(attach, check);
    }

    /** Runs on the first read connection of an attachment, before it is handed out. */
    @FunctionalInterface
    interface Check {
        /** Whether the store, the default catalog of {@code connection} under {@code alias}, can be read as it is. */
        boolean usable(Connection connection, String alias) throws SQLException;
    }

    /** One store file's attachment: how many read connections use it. */
    private static final class Attachment {
        private final String alias;
        private int readers;

        Attachment(String alias) {
            this.alias = alias;
        }

        /**
         * A read connection, attaching the file first when none is open. Under the instance's lock: the instance is one
         * connection, whose ATTACH, DETACH and duplicate must not run at once for two stores.
         */
        Optional<Connection> open(Attach attach, Check check) throws SQLException {
            synchronized (ReadInstance.class) {
                return openLocked(attach, check);
            }
        }

        private Optional<Connection> openLocked(Attach attach, Check check) throws SQLException {
            boolean first = readers == 0;
            if (first) {
                attach.attach(instance, alias);
            }
            Connection connection;
            try {
                connection = instance.duplicate();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TimeZone = 'UTC'");
                    statement.execute("USE " + alias);
                }
                if (first && !check.usable(connection, alias)) {
                    connection.close();
                    detach();
                    return Optional.empty();
                }
            } catch (SQLException | RuntimeException e) {
                if (first) {
                    detach();
                }
                throw e;
            }
            readers++;
            return Optional.of(released(connection));
        }

        private void release() throws SQLException {
            synchronized (ReadInstance.class) {
                if (--readers == 0) {
                    detach();
                }
            }
        }

        private void detach() throws SQLException {
            try (Statement statement = instance.createStatement()) {
                statement.execute("DETACH " + alias);
            }
        }

        /** {@code connection}, which releases the attachment when it is closed (once). */
        private Connection released(Connection connection) {
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {
                    Connection.class}, (proxy, method, arguments) -> {
                        switch (method.getName()) {
                            case "close" -> {
                                synchronized (closed) {
                                    if (!closed[0]) {
                                        closed[0] = true;
                                        try {
                                            connection.close();
                                        } finally {
                                            release();
                                        }
                                    }
                                }
                                return null;
                            }
                            case "isClosed" -> {
                                return closed[0] || connection.isClosed();
                            }
                            default -> {
                                try {
                                    return method.invoke(connection, arguments);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            }
                        }
                    });
        }
    }
}
