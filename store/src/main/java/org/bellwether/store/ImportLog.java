package org.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The store's import log, and undo: each import is logged with an id, every row it wrote carries that id, and the
 * rows it replaced are kept in {@code replaced_<table>} with the id of the import that replaced them. Undoing an
 * import deletes its rows and puts back the rows it replaced, in one transaction; it is refused while a later import
 * has replaced rows this one wrote (undo that one first), so an undo never removes anything another import wrote.
 */
public final class ImportLog {

    private final MarketStore store;

    /** The log of {@code store}. */
    public ImportLog(MarketStore store) {
        this.store = store;
    }

    /**
     * One logged import into one table.
     *
     * @param id the import's id, or null for an import logged before the store recorded ids (it cannot be undone)
     * @param importedAt when it committed
     * @param table the table it wrote
     * @param source the file (or other source) it read
     * @param format the format it was read as, or null
     * @param rowsRead data rows read
     * @param inserted rows with new keys
     * @param replaced rows that replaced others with the same key
     * @param unchanged rows identical to what the table held
     * @param rejected rows left out
     * @param undoneAt when it was undone, or null
     * @param retrievedAt when a fetched source (its URL in {@code source}) was retrieved, or null for a file
     */
    public record Entry(Long id, Instant importedAt, String table, String source, String format, long rowsRead,
            long inserted, long replaced, long unchanged, long rejected, Instant undoneAt, Instant retrievedAt) {
    }

    /**
     * What an undo changed.
     *
     * @param entry the import undone, as logged before the undo
     * @param removed rows of the import deleted
     * @param restored rows it had replaced, put back
     */
    public record Undo(Entry entry, long removed, long restored) {
    }

    /** The name of the table holding the rows that imports replaced in {@code table}. */
    static String replacedTable(TableSpec table) {
        return "replaced_" + table.name();
    }

    /** Every logged import, oldest first. */
    public List<Entry> entries() {
        try (Connection connection = store.openReadOnly();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(select("") + " ORDER BY imported_at, id")) {
            List<Entry> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(entry(rows));
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("could not read the import log of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** The symbols of the rows import {@code id} wrote to {@code table} (a table keyed by symbol first), sorted. */
    public List<String> symbolsWritten(long id, TableSpec table) {
        String key = table.keyColumns().get(0).name();
        try (Connection connection = store.openReadOnly();
                PreparedStatement query = connection.prepareStatement("SELECT DISTINCT " + key + " FROM "
                        + table.name() + " WHERE import_id = ? ORDER BY 1")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                List<String> symbols = new ArrayList<>();
                while (rows.next()) {
                    symbols.add(rows.getString(1));
                }
                return symbols;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read what import " + id + " wrote: " + e.getMessage(), e);
        }
    }

    /**
     * Undoes import {@code id}: deletes the rows it wrote that are still in the table and restores the rows it
     * replaced, all in one transaction, and marks it undone.
     *
     * @throws IllegalArgumentException when there is no such import, it was undone already, it was logged before ids
     *     were, or a later import replaced rows it wrote
     */
    public Undo undo(long id) {
        Connection connection = MarketStore.memoryConnection();
        try {
            store.attachForWrite(connection);
            try {
                return undo(connection, id);
            } finally {
                MarketStore.detach(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("could not undo import " + id + " in " + store.file() + "; nothing was changed: "
                    + e.getMessage(), e);
        } finally {
            MarketStore.closeQuietly(connection);
        }
    }

    private Undo undo(Connection connection, long id) throws SQLException {
        Entry entry = find(connection, id);
        TableSpec table = Tables.byName(entry.table()).orElseThrow(() -> new IllegalStateException(
                "import " + id + " wrote the unknown table " + entry.table()));
        String target = MarketStore.CATALOG + ".main." + table.name();
        String replaced = MarketStore.CATALOG + ".main." + replacedTable(table);
        List<Long> later = laterImports(connection, replaced, id);
        if (!later.isEmpty()) {
            throw new IllegalArgumentException("import " + id + " cannot be undone: " + (later.size() == 1 ? "import "
                    : "imports ") + later.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " replaced rows it wrote; undo " + (later.size() == 1 ? "that one" : "those") + " first");
        }
        String columns = table.columnList(table.columns(), "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN TRANSACTION");
            try {
                long removed = statement.executeUpdate("DELETE FROM " + target + " WHERE import_id = " + id);
                long restored = statement.executeUpdate("INSERT INTO " + target + " (" + columns + ", import_id) "
                        + "SELECT " + columns + ", import_id FROM " + replaced + " WHERE replaced_by = " + id);
                statement.execute("DELETE FROM " + replaced + " WHERE replaced_by = " + id);
                statement.execute("UPDATE " + MarketStore.CATALOG + ".main.imports SET undone_at = now() WHERE id = "
                        + id);
                if (removed + restored > 0) {
                    KeyedMerge.bumpGeneration(connection);
                }
                statement.execute("COMMIT");
                return new Undo(entry, removed, restored);
            } catch (SQLException | RuntimeException e) {
                Migrations.rollback(connection);
                throw e;
            }
        }
    }

    private static Entry find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select(MarketStore.CATALOG + ".main.")
                + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("there is no import " + id + " in the store's log "
                            + "(bellwether imports lists them)");
                }
                Entry entry = entry(row);
                if (entry.undoneAt() != null) {
                    throw new IllegalArgumentException("import " + id + " was undone already, at " + entry.undoneAt());
                }
                return entry;
            }
        }
    }

    /** The live imports that replaced rows import {@code id} wrote (undone imports have put theirs back). */
    private static List<Long> laterImports(Connection connection, String replaced, long id) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT DISTINCT replaced_by FROM " + replaced
                        + " WHERE import_id = " + id + " ORDER BY 1")) {
            List<Long> later = new ArrayList<>();
            while (rows.next()) {
                later.add(rows.getLong(1));
            }
            return later;
        }
    }

    private static String select(String catalog) {
        return "SELECT id, imported_at, table_name, source, format, rows_read, inserted, replaced, unchanged, rejected, "
                + "undone_at, retrieved_at FROM " + catalog + "imports";
    }

    private static Entry entry(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Long logged = row.wasNull() ? null : id;
        return new Entry(logged, instant(row, "imported_at"), row.getString("table_name"), row.getString("source"),
                row.getString("format"), row.getLong("rows_read"), row.getLong("inserted"), row.getLong("replaced"),
                row.getLong("unchanged"), row.getLong("rejected"), instant(row, "undone_at"),
                instant(row, "retrieved_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
