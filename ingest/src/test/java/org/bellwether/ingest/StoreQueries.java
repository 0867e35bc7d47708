package org.bellwether.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.store.MarketStore;

/** Reads a store in tests: each row as its values joined by {@code |}. */
final class StoreQueries {

    private StoreQueries() {
    }

    static List<String> rows(MarketStore store, String sql) {
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

    static long count(MarketStore store, String table) {
        if (!store.exists()) {
            return 0;
        }
        return Long.parseLong(rows(store, "SELECT count(*) FROM " + table).get(0));
    }
}
