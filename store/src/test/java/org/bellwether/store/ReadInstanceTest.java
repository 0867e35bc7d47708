package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadInstanceTest {

    @TempDir
    Path dir;

    private MarketStore store(Duration lockWait) {
        return MarketStore.at(dir.resolve("test.duckdb")).withLockWait(lockWait, message -> { });
    }

    private static ImportResult importBar(MarketStore store, String date) {
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            staged.add(2, new String[] {"SPY", date, null, null, null, "100", null, "100"});
            return staged.commit(new ImportSource("test.csv", "long", 1, 0), false);
        }
    }

    private static long query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void reads_of_one_store_share_one_attachment_of_its_file() throws SQLException {
        MarketStore store = store(Duration.ofSeconds(5));
        importBar(store, "2026-01-02");
        MarketStore sameFile = MarketStore.at(store.file());
        try (Connection a = store.openReadOnly(); Connection b = sameFile.openReadOnly()) {
            assertThat(query(a, "SELECT count(*) FROM daily_bars")).isEqualTo(1);
            assertThat(query(b, "SELECT count(*) FROM daily_bars")).isEqualTo(1);
            String attached = "SELECT count(*) FROM duckdb_databases() WHERE path = '" + store.file() + "'";
            assertThat(query(a, attached)).as("one attachment, both connections").isEqualTo(1);
        }
    }

    @Test
    void an_import_waits_for_open_reads_and_goes_ahead_once_the_last_closes() throws SQLException {
        MarketStore store = store(Duration.ofMillis(300));
        importBar(store, "2026-01-02");
        Connection first = store.openReadOnly();
        Connection second = store.openReadOnly();
        first.close();
        first.close(); // a second close releases nothing more: the other reader keeps the file attached
        assertThat(query(second, "SELECT count(*) FROM daily_bars")).isEqualTo(1);
        assertThatThrownBy(() -> importBar(store, "2026-01-05")).isInstanceOf(StoreException.class)
                .hasMessageContaining("stayed locked");
        second.close();
        assertThat(importBar(store, "2026-01-05").inserted()).isEqualTo(1);
        assertThat(StoreQueries.count(store, "daily_bars")).isEqualTo(2);
    }

    @Test
    void concurrent_reads_each_see_the_store_and_release_it_when_done() throws Exception {
        MarketStore store = store(Duration.ofMillis(300));
        importBar(store, "2026-01-02");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reads.add(threads.submit(() -> {
                    try (Connection connection = store.openReadOnly()) {
                        return query(connection, "SELECT count(*) FROM daily_bars");
                    }
                }));
            }
            for (Future<Long> read : reads) {
                assertThat(read.get()).isEqualTo(1);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(importBar(store, "2026-01-05").inserted()).as("no read left the file attached").isEqualTo(1);
    }

    @Test
    void concurrent_reads_of_two_stores_attach_and_detach_each_without_disturbing_the_other() throws Exception {
        MarketStore one = store(Duration.ofSeconds(5));
        importBar(one, "2026-01-02");
        MarketStore two = MarketStore.at(dir.resolve("other.duckdb")).withLockWait(Duration.ofSeconds(5), m -> { });
        importBar(two, "2026-01-02");
        importBar(two, "2026-01-05");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> reads = new ArrayList<>();
            for (int i = 0; i < 4000; i++) {
                MarketStore store = i % 2 == 0 ? one : two; // the instance attaches and detaches both, interleaved
                reads.add(threads.submit(() -> {
                    try (Connection connection = store.openReadOnly()) {
                        return query(connection, "SELECT count(*) FROM daily_bars");
                    }
                }));
            }
            for (int i = 0; i < reads.size(); i++) {
                assertThat(reads.get(i).get()).as("read " + i).isEqualTo(i % 2 == 0 ? 1 : 2);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void a_read_connection_is_in_utc_and_has_the_store_as_its_default_catalog() throws SQLException {
        MarketStore store = store(Duration.ofSeconds(5));
        importBar(store, "2026-01-02");
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('TimeZone'), "
                        + "(SELECT count(*) FROM store_generation)")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("UTC");
            assertThat(row.getLong(2)).isEqualTo(1);
        }
    }
}
