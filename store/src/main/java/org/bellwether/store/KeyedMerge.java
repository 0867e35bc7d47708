package org.bellwether.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The keyed merge of a staged table ({@code memory.main.staging}, with a {@code _line} column) into the store table
 * of the same name: repeated keys resolved first, then new keys inserted, changed rows replaced and identical rows
 * left alone, in one transaction with the import's log entry.
 */
final class KeyedMerge {

    private static final int MAX_REPORTED_CONFLICTS = 5;

    private final Connection connection;
    private final TableSpec table;
    private long laterVintages;

    KeyedMerge(Connection connection, TableSpec table) {
        this.connection = connection;
        this.table = table;
    }

    /** Finds keys staged more than once; identical repeats are dropped, conflicting ones fail or are skipped. */
    List<RowRejection> resolveDuplicates(boolean skipConflicts) throws SQLException {
        String keys = table.columnList(table.keyColumns(), "");
        String values = table.valueColumns().stream().map(column -> column.name() + " := " + column.name())
                .collect(Collectors.joining(", "));
        List<RowRejection> conflicts = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet repeated = statement.executeQuery("SELECT count(*) FROM (SELECT 1 FROM staging GROUP BY "
                    + keys + " HAVING count(*) > 1)")) {
                repeated.next();
                if (repeated.getLong(1) == 0) {
                    return conflicts;
                }
            }
            if (table.releaseColumn() != null) {
                laterVintages = dropLaterVintages(statement, keys);
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
            statement.execute("DELETE FROM staging s USING conflicts c WHERE " + keysEqual("s", "c"));
            statement.execute("CREATE TABLE deduplicated AS SELECT DISTINCT ON (" + keys + ") * FROM staging");
            statement.execute("DROP TABLE staging");
            statement.execute("ALTER TABLE deduplicated RENAME TO staging");
        }
        conflicts.sort(Comparator.comparingLong(RowRejection::line));
        return conflicts;
    }

    /**
     * Keeps, of the rows staged for one key with different releases (an ALFRED file's vintages), the first release
     * only: the value as first published, known from its release on. A later revision dated at the first release
     * would be look-ahead. Returns how many rows it left out.
     */
    private long dropLaterVintages(Statement statement, String keys) throws SQLException {
        String release = table.releaseColumn();
        return statement.executeUpdate("DELETE FROM staging s USING (SELECT " + keys + ", min(" + release
                + ") AS first FROM staging GROUP BY " + keys + ") f WHERE " + keysEqual("s", "f") + " AND s." + release
                + " > f.first");
    }

    /** SQL that holds when the rows aliased {@code a} and {@code b} have the same key. */
    private String keysEqual(String a, String b) {
        return table.keyColumns().stream().map(column -> a + "." + column.name() + " IS NOT DISTINCT FROM " + b + "."
                + column.name()).collect(Collectors.joining(" AND "));
    }

    private String describeKey(ResultSet row) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (Column column : table.keyColumns()) {
            parts.add(column.name() + "=" + row.getString(column.name()));
        }
        return String.join(", ", parts);
    }

    /**
     * Merges staging into the attached store in one transaction, logs the import and says what changed. The
     * {@code kept} columns, which the source did not have, keep the values the store holds for each key.
     */
    ImportResult merge(ImportSource source, long rowsStaged, List<RowRejection> rejections, List<String> kept)
            throws SQLException {
        long unique;
        try (Statement statement = connection.createStatement()) {
            if (isEmpty(statement, target())) {
                return insertAll(statement, target(), source, rowsStaged, rejections);
            }
            // Classified outside the write transaction: DuckDB writes one database per transaction, and the
            // store cannot change meanwhile because this connection holds its write lock.
            statement.execute(classification("memory.main.staging", kept));
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM memory.main.staging")) {
                count.next();
                unique = count.getLong(1);
            }
        }
        return applyChanges(source, rowsStaged, unique, rejections);
    }

    /**
     * SQL that classifies the rows of {@code staged} (the table's columns, keys distinct) against the attached store:
     * {@code memory.main.changes} gets those with a new key or other values, marked {@code _is_new}. In the same
     * join, a {@code kept} column takes the store's value where the key exists (and is left out of the comparison).
     */
    String classification(String staged, List<String> kept) {
        String firstKey = table.keyColumns().get(0).name();
        String changed = table.valueColumns().stream().filter(column -> !kept.contains(column.name()))
                .map(column -> "s." + column.name() + " IS DISTINCT FROM t." + column.name())
                .collect(Collectors.joining(" OR "));
        return "CREATE OR REPLACE TABLE memory.main.changes AS SELECT " + table.columns().stream()
                .map(column -> kept.contains(column.name()) ? "CASE WHEN t." + firstKey + " IS NULL THEN s."
                        + column.name() + " ELSE t." + column.name() + " END AS " + column.name()
                        : "s." + column.name())
                .collect(Collectors.joining(", ")) + ", t." + firstKey + " IS NULL AS _is_new FROM " + staged
                + " s LEFT JOIN " + target() + " t ON " + keyJoin() + " WHERE t." + firstKey + " IS NULL"
                + (changed.isEmpty() ? "" : " OR " + changed);
    }

    /**
     * Writes the classified changes ({@link #classification}) into the attached store in one transaction: changed
     * rows replaced (the old ones kept for undo), new ones inserted, the import logged; says what changed.
     *
     * @param unique the distinct keys staged, of which those not changed were identical
     */
    ImportResult applyChanges(ImportSource source, long rowsStaged, long unique, List<RowRejection> rejections)
            throws SQLException {
        String target = target();
        String keyJoin = keyJoin();
        String allColumns = table.columnList(table.columns(), "");
        String replacedTable = MarketStore.CATALOG + ".main." + ImportLog.replacedTable(table);
        long inserted;
        long replaced;
        long id;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet counts = statement.executeQuery("SELECT count(*) FILTER (WHERE _is_new), "
                    + "count(*) FILTER (WHERE NOT _is_new) FROM memory.main.changes")) {
                counts.next();
                inserted = counts.getLong(1);
                replaced = counts.getLong(2);
            }
            id = nextImportId(statement);
            statement.execute("BEGIN TRANSACTION");
            try {
                if (replaced > 0) { // kept, so that undoing this import can put them back
                    statement.execute("INSERT INTO " + replacedTable + " (" + allColumns + ", import_id, replaced_by) "
                            + "SELECT " + table.columnList(table.columns(), "t.") + ", t.import_id, " + id + " FROM "
                            + target + " t, memory.main.changes s WHERE NOT s._is_new AND " + keyJoin);
                    statement.execute("DELETE FROM " + target + " t USING memory.main.changes s WHERE NOT s._is_new AND "
                            + keyJoin);
                }
                statement.execute("INSERT INTO " + target + " (" + allColumns + ", import_id) SELECT " + allColumns
                        + ", " + id + " FROM memory.main.changes");
                logImport(id, source, inserted, replaced, unique - inserted - replaced, rejections.size());
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
        return new ImportResult(table.name(), rowsStaged, inserted, replaced, unique - inserted - replaced, rejections,
                id, laterVintages, List.of());
    }

    /** The store's table, attached. */
    private String target() {
        return MarketStore.CATALOG + ".main." + table.name();
    }

    /** SQL that holds when the staged row {@code s} and the store's row {@code t} have the same key. */
    private String keyJoin() {
        return table.keyColumns().stream().map(column -> "s." + column.name() + " = t." + column.name())
                .collect(Collectors.joining(" AND "));
    }

    /** Whether {@code table} has no rows. */
    static boolean isEmpty(Statement statement, String target) throws SQLException {
        try (ResultSet any = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + target + ")")) {
            any.next();
            return any.getBoolean(1);
        }
    }

    /** The first import into a table: every staged row is new, no classification needed. */
    private ImportResult insertAll(Statement statement, String target, ImportSource source, long rowsStaged,
            List<RowRejection> rejections) throws SQLException {
        long id = nextImportId(statement);
        statement.execute("BEGIN TRANSACTION");
        try {
            String allColumns = table.columnList(table.columns(), "");
            long inserted = statement.executeUpdate("INSERT INTO " + target + " (" + allColumns + ", import_id) SELECT "
                    + allColumns + ", " + id + " FROM memory.main.staging");
            logImport(id, source, inserted, 0, 0, rejections.size());
            statement.execute("COMMIT");
            return new ImportResult(table.name(), rowsStaged, inserted, 0, 0, rejections, id, laterVintages,
                    List.of());
        } catch (SQLException | RuntimeException e) {
            statement.execute("ROLLBACK");
            throw e;
        }
    }

    /** The id the next import logged in the attached store gets (the caller holds the store's write lock). */
    static long nextImportId(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + MarketStore.CATALOG
                + ".main.imports")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Adds the import to the store's log as import {@code id}, in the caller's transaction, and bumps the store's data generation when it
     * changed data (a re-import that changes nothing leaves what was computed from the data valid).
     */
    void logImport(long id, ImportSource source, long inserted, long replaced, long unchanged, long rejectedAtCommit)
            throws SQLException {
        if (inserted + replaced > 0) {
            bumpGeneration(connection);
        }
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO " + MarketStore.CATALOG
                + ".main.imports (imported_at, table_name, source, format, rows_read, inserted, replaced, unchanged, "
                + "rejected, id, retrieved_at) VALUES (now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            log.setString(1, table.name());
            log.setString(2, source.name());
            log.setString(3, source.format());
            log.setLong(4, source.rowsRead());
            log.setLong(5, inserted);
            log.setLong(6, replaced);
            log.setLong(7, unchanged);
            log.setLong(8, source.rowsRejected() + rejectedAtCommit);
            log.setLong(9, id);
            log.setObject(10, source.retrievedAt() == null ? null
                    : OffsetDateTime.ofInstant(source.retrievedAt(), ZoneOffset.UTC));
            log.executeUpdate();
        }
    }

    /** Bumps the attached store's data generation, in the caller's transaction. */
    static void bumpGeneration(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE " + MarketStore.CATALOG + ".main.store_generation SET generation = generation + 1");
        }
    }
}
