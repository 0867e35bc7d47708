package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportLogTest {

    @TempDir
    Path dir;

    private MarketStore store() {
        return MarketStore.at(dir.resolve("test.duckdb"));
    }

    private static String[] bar(String date, String close) {
        return new String[] {"SPY", date, null, null, null, close, null, "100"};
    }

    private static void importBars(MarketStore store, String file, String[]... rows) {
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            long line = 2;
            for (String[] row : rows) {
                staged.add(line++, row);
            }
            staged.commit(new ImportSource(file, "long", rows.length, 0), false);
        }
    }

    private static List<String> bars(MarketStore store) {
        return StoreQueries.rows(store, "SELECT date, close, import_id FROM daily_bars ORDER BY date");
    }

    @Test
    void undo_removes_what_an_import_added_and_puts_back_what_it_replaced() {
        MarketStore store = store();
        importBars(store, "a.csv", bar("2026-01-02", "100"), bar("2026-01-05", "101"));
        importBars(store, "b.csv", bar("2026-01-05", "105"), bar("2026-01-06", "106"), bar("2026-01-02", "100"));
        assertThat(bars(store)).containsExactly("2026-01-02|100.0|1", "2026-01-05|105.0|2", "2026-01-06|106.0|2");
        List<ImportLog.Entry> entries = new ImportLog(store).entries();
        assertThat(entries).extracting(ImportLog.Entry::id, ImportLog.Entry::source, ImportLog.Entry::inserted,
                ImportLog.Entry::replaced, ImportLog.Entry::unchanged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "a.csv", 2L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(2L, "b.csv", 1L, 1L, 1L));
        long generation = store.generation();

        assertThatThrownBy(() -> new ImportLog(store).undo(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import 1 cannot be undone: import 2 replaced rows it wrote; undo that one first");
        assertThat(bars(store)).as("a refused undo changes nothing").hasSize(3);

        ImportLog.Undo undoB = new ImportLog(store).undo(2);
        assertThat(undoB.removed()).isEqualTo(2);
        assertThat(undoB.restored()).isEqualTo(1);
        assertThat(bars(store)).containsExactly("2026-01-02|100.0|1", "2026-01-05|101.0|1");
        assertThat(store.generation()).isEqualTo(generation + 1);
        assertThat(new ImportLog(store).entries().get(1).undoneAt()).isNotNull();
        assertThatThrownBy(() -> new ImportLog(store).undo(2)).hasMessageStartingWith("import 2 was undone already, at ");

        ImportLog.Undo undoA = new ImportLog(store).undo(1);
        assertThat(undoA.removed()).isEqualTo(2);
        assertThat(undoA.restored()).isZero();
        assertThat(bars(store)).isEmpty();
        assertThat(StoreQueries.count(store, "replaced_daily_bars")).isZero();
    }

    @Test
    void an_import_after_an_undo_gets_a_new_id_and_can_itself_be_undone() {
        MarketStore store = store();
        importBars(store, "a.csv", bar("2026-01-02", "100"));
        importBars(store, "b.csv", bar("2026-01-02", "99"));
        new ImportLog(store).undo(2);
        importBars(store, "c.csv", bar("2026-01-02", "98"));
        assertThat(bars(store)).containsExactly("2026-01-02|98.0|3");
        new ImportLog(store).undo(3);
        assertThat(bars(store)).containsExactly("2026-01-02|100.0|1");
    }

    @Test
    void an_unknown_id_is_refused_by_name() {
        MarketStore store = store();
        importBars(store, "a.csv", bar("2026-01-02", "100"));
        assertThatThrownBy(() -> new ImportLog(store).undo(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no import 7 in the store's log (bellwether imports lists them)");
    }

    @Test
    void imports_logged_before_ids_were_are_listed_without_one_and_their_rows_stay() throws Exception {
        MarketStore store = store();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.file());
                Statement statement = connection.createStatement()) {
            statement.execute(new String(MarketStore.class.getResourceAsStream("migrations/V1__market_tables.sql")
                    .readAllBytes(), StandardCharsets.UTF_8));
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMPTZ NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (1, 'V1__market_tables.sql', now())");
            statement.execute("INSERT INTO daily_bars (symbol, date, close) VALUES ('SPY', DATE '2025-12-31', 90)");
            statement.execute("INSERT INTO imports VALUES (now(), 'daily_bars', 'old.csv', 'long', 1, 1, 0, 0, 0)");
        }
        importBars(store, "a.csv", bar("2026-01-02", "100"));
        assertThat(new ImportLog(store).entries()).extracting(ImportLog.Entry::id).containsExactly(null, 1L);
        new ImportLog(store).undo(1);
        assertThat(bars(store)).containsExactly("2025-12-31|90.0|null");
    }
}
