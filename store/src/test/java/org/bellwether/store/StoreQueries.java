package org.bellwether.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a store in tests: each row as its values joined by {@code |}. Shared with other modules as a test-jar. */
public final class StoreQueries {

    private StoreQueries() {
    }

    /** The rows of {@code sql}. */
    public static List<String> rows(MarketStore store, String sql) {
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(line.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The number of rows of {@code table} (0 when there is no store yet). */
    public static long count(MarketStore store, String table) {
        if (!store.exists()) {
            return 0;
        }
        return Long.parseLong(rows(store, "SELECT count(*) FROM " + table).get(0));
    }
}
