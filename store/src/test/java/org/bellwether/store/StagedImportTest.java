package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedImportTest {

    @TempDir
    Path dir;

    private MarketStore store() {
        return MarketStore.at(dir.resolve("test.duckdb"));
    }

    private static String[] bar(String symbol, String date, String close) {
        return new String[] {symbol, date, null, null, null, close, null, "100"};
    }

    private ImportResult importBars(MarketStore store, String[]... rows) {
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            long line = 2;
            for (String[] row : rows) {
                staged.add(line++, row);
            }
            return staged.commit(new ImportSource("test.csv", "long", rows.length, 0), false);
        }
    }

    @Test
    void first_import_creates_the_store_and_inserts_every_row() {
        MarketStore store = store();
        ImportResult result = importBars(store, bar("SPY", "2026-01-02", "100.5"), bar("SPY", "2026-01-05", "101.25"));
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, close, volume FROM daily_bars ORDER BY date"))
                .containsExactly("SPY|2026-01-02|100.5|100.0", "SPY|2026-01-05|101.25|100.0");
        assertThat(StoreQueries.rows(store, "SELECT max(version) FROM schema_version")).containsExactly("14");
        assertThat(StoreQueries.rows(store, "SELECT generation FROM store_generation")).as("one import that changed data")
                .containsExactly("2");
    }

    /** Fills the direct rows of {@code staged}: per row a symbol, an epoch day, then open..volume (NaN: none). */
    private static void fillDirect(StagedImport staged, List<Object[]> rows) throws InterruptedException {
        ArrowRows direct = staged.directRows();
        RowBatch batch = direct.emptyBatch();
        for (Object[] row : rows) {
            byte[] symbol = ((String) row[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            batch.text(0, symbol, 0, symbol.length);
            batch.day(1, (Integer) row[1]);
            for (int column = 2; column < 8; column++) {
                batch.number(column, (Double) row[column]);
            }
            if (batch.endRow()) {
                direct.put(batch);
                batch = direct.emptyBatch();
            }
        }
        if (batch.rows() > 0) {
            direct.put(batch);
        }
    }

    /** Rows of {@code symbols} symbols, a session each day from 2026-01-01, some prices and volumes absent. */
    private static List<Object[]> directRows(int symbols, int days) {
        List<Object[]> rows = new ArrayList<>();
        int first = (int) java.time.LocalDate.of(2026, 1, 1).toEpochDay();
        for (int s = 0; s < symbols; s++) {
            for (int d = 0; d < days; d++) {
                double close = 100 + s + d / 100.0;
                boolean some = (s + d) % 7 != 0;
                rows.add(new Object[] {"S" + s, first + d, some ? close : Double.NaN, close + 1, close - 1, close,
                    Double.NaN, some ? (double) (d * 1000 + s) : Double.NaN});
            }
        }
        return rows;
    }

    @Test
    void a_direct_import_stores_every_row_as_made_across_many_batches_with_nulls_where_none_was_set()
            throws InterruptedException {
        MarketStore store = store();
        int symbols = 7;
        int days = ArrowRows.BATCH_ROWS / 3; // rows for more than two batches, the last one partial
        List<Object[]> rows = directRows(symbols, days);
        java.time.LocalDate first = java.time.LocalDate.of(2026, 1, 1);
        List<SeriesSpan> spans = java.util.stream.IntStream.range(0, symbols).mapToObj(s -> new SeriesSpan("S" + s, days,
                first, first.plusDays(days - 1))).toList();
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows);
            staged.directRows().end();
            assertThat(staged.directLoadMatches(new DirectTally(rows.size(), true, spans))).isTrue();
            assertThat(staged.commit(new ImportSource("direct.csv", "long", rows.size(), 0), false).wholeSeries())
                    .as("into an empty table: the file's spans are the whole series").isEqualTo(spans);
        }
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows);
            staged.directRows().end();
            assertThat(staged.directLoadMatches(new DirectTally(rows.size(), true, spans))).isTrue();
            assertThat(staged.commit(new ImportSource("direct.csv", "long", rows.size(), 0), false).wholeSeries())
                    .as("into a table with rows: the store holds more than the file").isEmpty();
        }
        assertThat(StoreQueries.rows(store, "SELECT count(*), count(open), count(adj_close), count(volume), "
                + "count(DISTINCT symbol), min(date), max(date) FROM daily_bars")).containsExactly(
                rows.size() + "|" + rows.stream().filter(row -> !Double.isNaN((Double) row[2])).count() + "|0|"
                        + rows.stream().filter(row -> !Double.isNaN((Double) row[7])).count() + "|" + symbols
                        + "|2026-01-01|" + java.time.LocalDate.of(2026, 1, 1).plusDays(days - 1));
        Object[] sample = rows.get(rows.size() - 5);
        assertThat(StoreQueries.rows(store, "SELECT open, high, low, close, volume FROM daily_bars WHERE symbol = '"
                + sample[0] + "' AND date = DATE '1970-01-01' + " + sample[1])).containsExactly(
                (Double.isNaN((Double) sample[2]) ? "null" : sample[2]) + "|" + sample[3] + "|" + sample[4] + "|"
                        + sample[5] + "|" + (Double.isNaN((Double) sample[7]) ? "null" : sample[7]));
        double expectedCloses = rows.stream().mapToDouble(row -> (Double) row[5]).sum();
        assertThat(Double.parseDouble(StoreQueries.rows(store, "SELECT sum(close) FROM daily_bars").getFirst()))
                .isCloseTo(expectedCloses, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void a_direct_import_into_a_store_with_rows_inserts_the_new_replaces_the_changed_and_can_be_undone()
            throws InterruptedException {
        MarketStore store = store();
        List<Object[]> rows = directRows(3, ArrowRows.BATCH_ROWS / 2);
        long firstId;
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows);
            staged.directRows().end();
            assertThat(staged.directLoadMatches(new DirectTally(rows.size(), true, List.of()))).isTrue();
            firstId = staged.commit(new ImportSource("first.csv", "long", rows.size(), 0), false).importId();
        }
        List<Object[]> again = new ArrayList<>(rows);
        Object[] changed = rows.get(5).clone();
        changed[5] = (Double) changed[5] + 0.5;
        again.set(5, changed);
        Object[] last = rows.getLast();
        again.add(new Object[] {last[0], (Integer) last[1] + 1, 7.0, 8.0, 6.0, 7.5, Double.NaN, 10.0});
        ImportResult result;
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, again);
            staged.directRows().end();
            assertThat(staged.directLoadMatches(new DirectTally(again.size(), true, List.of()))).isTrue();
            result = staged.commit(new ImportSource("again.csv", "long", again.size(), 0), false);
        }
        assertThat(List.of(result.inserted(), result.replaced(), result.unchanged()))
                .containsExactly(1L, 1L, (long) rows.size() - 1);
        assertThat(result.wholeSeries()).as("the store holds more than the file").isEmpty();
        assertThat(StoreQueries.rows(store, "SELECT count(*), count(*) FILTER (WHERE import_id = " + result.importId()
                + ") FROM daily_bars")).containsExactly((rows.size() + 1) + "|2");
        assertThat(Double.parseDouble(StoreQueries.rows(store, "SELECT sum(close) FROM daily_bars").getFirst()))
                .isCloseTo(rows.stream().mapToDouble(row -> (Double) row[5]).sum() + 0.5 + 7.5,
                        org.assertj.core.data.Offset.offset(1e-6));
        assertThat(StoreQueries.rows(store, "SELECT close, import_id, replaced_by FROM replaced_daily_bars"))
                .as("the replaced row, kept for undo").containsExactly(rows.get(5)[5] + "|" + firstId + "|"
                        + result.importId());

        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, again.subList(0, 10));
            staged.directRows().abandon(); // the maker found a line it cannot vouch for
            assertThat(staged.directLoadMatches(new DirectTally(10, true, List.of()))).isFalse();
        }
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly(
                String.valueOf(rows.size() + 1));
        assertThat(importBars(store, bar("SPY", "2026-01-02", "100.5")).inserted()).as("the lock was released")
                .isEqualTo(1);
    }

    @Test
    void a_direct_import_whose_maker_gives_up_or_miscounts_writes_nothing_and_the_store_takes_the_next_import()
            throws InterruptedException {
        MarketStore store = store();
        List<Object[]> rows = directRows(3, ArrowRows.BATCH_ROWS / 2);
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows);
            staged.directRows().abandon(); // as the scan does on a line it cannot vouch for
            assertThat(staged.directLoadMatches(new DirectTally(rows.size(), true, List.of()))).isFalse();
        }
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows);
            staged.directRows().end();
            assertThat(staged.directLoadMatches(new DirectTally(rows.size() + 1, true, List.of()))).as("a row missing")
                    .isFalse();
        }
        try (StagedImport staged = StagedImport.beginDirect(store, Tables.DAILY_BARS)) {
            fillDirect(staged, rows.subList(0, 10)); // closed while DuckDB waits for more rows
        }
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly("0");
        assertThat(importBars(store, bar("SPY", "2026-01-02", "100.5")).inserted()).isEqualTo(1);
    }

    @Test
    void a_store_of_schema_version_1_is_migrated_by_the_next_read_and_keeps_its_rows() throws Exception {
        List<String> told = new ArrayList<>();
        MarketStore store = store().withLockWait(java.time.Duration.ofSeconds(5), told::add);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.file());
                Statement statement = connection.createStatement()) {
            statement.execute(new String(MarketStore.class.getResourceAsStream("migrations/V1__market_tables.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMPTZ NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (1, 'V1__market_tables.sql', now())");
            statement.execute("INSERT INTO instruments (symbol, name) VALUES ('SPY', 'SPDR S&P 500')");
            statement.execute("INSERT INTO daily_bars (symbol, date, close, volume) VALUES ('SPY', '2000-01-03', 145.4, "
                    + "931800000)");
        }
        assertThat(StoreQueries.rows(store, "SELECT symbol, name, source FROM instruments"))
                .containsExactly("SPY|SPDR S&P 500|null");
        assertThat(StoreQueries.rows(store, "SELECT version FROM schema_version ORDER BY 1"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(told).singleElement().asString().contains("from schema version 1 to 14");
        assertThat(StoreQueries.rows(store, "SELECT volume, typeof(volume) FROM daily_bars"))
                .as("a whole-number volume of version 1 is a decimal from version 12").containsExactly("9.318E8|DOUBLE");
    }

    @Test
    void reimporting_the_same_rows_changes_nothing() {
        MarketStore store = store();
        importBars(store, bar("SPY", "2026-01-02", "100.5"));
        ImportResult again = importBars(store, bar("SPY", "2026-01-02", "100.5"));
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly("1");
    }

    @Test
    void a_corrected_row_replaces_the_old_one() {
        MarketStore store = store();
        importBars(store, bar("SPY", "2026-01-02", "100.5"), bar("SPY", "2026-01-05", "101"));
        ImportResult corrected = importBars(store, bar("SPY", "2026-01-02", "100.75"));
        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(StoreQueries.rows(store, "SELECT date, close FROM daily_bars ORDER BY date"))
                .containsExactly("2026-01-02|100.75", "2026-01-05|101.0");
    }

    @Test
    void identical_duplicates_in_one_source_are_stored_once() {
        MarketStore store = store();
        ImportResult result = importBars(store, bar("SPY", "2026-01-02", "100.5"), bar("SPY", "2026-01-02", "100.5"));
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly("1");
    }

    @Test
    void conflicting_duplicates_fail_the_import_naming_both_lines_and_write_nothing() {
        MarketStore store = store();
        importBars(store, bar("QQQ", "2026-01-02", "500"));
        assertThatThrownBy(() -> importBars(store, bar("SPY", "2026-01-02", "100.5"), bar("IWM", "2026-01-02", "200"),
                bar("SPY", "2026-01-02", "100.6")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("lines 2, 4")
                .hasMessageContaining("symbol=SPY, date=2026-01-02");
        assertThat(StoreQueries.rows(store, "SELECT symbol FROM daily_bars")).containsExactly("QQQ");
    }

    @Test
    void conflicting_duplicates_can_be_skipped_and_are_returned_as_rejections() {
        MarketStore store = store();
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            staged.add(2, bar("SPY", "2026-01-02", "100.5"));
            staged.add(3, bar("IWM", "2026-01-02", "200"));
            staged.add(4, bar("SPY", "2026-01-02", "100.6"));
            ImportResult result = staged.commit(new ImportSource("test.csv", "long", 3, 0), true);
            assertThat(result.inserted()).isEqualTo(1);
            assertThat(result.rejections()).extracting(RowRejection::line).containsExactly(2L, 4L);
        }
        assertThat(StoreQueries.rows(store, "SELECT symbol FROM daily_bars")).containsExactly("IWM");
    }

    @Test
    void an_import_closed_without_commit_writes_nothing() {
        MarketStore store = store();
        importBars(store, bar("QQQ", "2026-01-02", "500"));
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            staged.add(2, bar("SPY", "2026-01-02", "100.5"));
        }
        assertThat(StoreQueries.rows(store, "SELECT symbol FROM daily_bars")).containsExactly("QQQ");
    }

    @Test
    void a_reader_can_query_while_an_import_is_staged() {
        MarketStore store = store();
        importBars(store, bar("QQQ", "2026-01-02", "500"));
        try (StagedImport staged = StagedImport.begin(store, Tables.DAILY_BARS)) {
            for (int i = 0; i < 300_000; i++) {
                staged.add(i + 2, bar("S" + (i % 1000), java.time.LocalDate.of(2000, 1, 1).plusDays(i / 1000).toString(), "1"));
            }
            // staged and partly loaded, not committed: the store is readable and unchanged
            assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly("1");
            staged.commit(new ImportSource("big.csv", "long", 300_000, 0), false);
        }
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars")).containsExactly("300001");
    }

    @Test
    void lists_and_timestamps_round_trip_through_staging() {
        MarketStore store = store();
        try (StagedImport staged = StagedImport.begin(store, Tables.EVENTS)) {
            staged.add(2, new String[] {"e1", "2026-01-21T13:05:00Z", "Greenland tariffs, reversed", "NEWS",
                    "trade-policy;tariffs", "RUT", null, "wire"});
            staged.commit(new ImportSource("events.csv", "csv", 1, 0), false);
        }
        assertThat(StoreQueries.rows(store, "SELECT id, strftime(ts, '%Y-%m-%dT%H:%M:%S'), headline, tags, symbols FROM events"))
                .containsExactly("e1|2026-01-21T13:05:00|Greenland tariffs, reversed|[trade-policy, tariffs]|[RUT]");
    }

    @Test
    void the_import_log_records_each_import() {
        MarketStore store = store();
        importBars(store, bar("SPY", "2026-01-02", "100.5"));
        importBars(store, bar("SPY", "2026-01-02", "100.5"));
        assertThat(StoreQueries.rows(store, "SELECT table_name, source, inserted, unchanged FROM imports ORDER BY imported_at"))
                .containsExactly("daily_bars|test.csv|1|0", "daily_bars|test.csv|0|1");
    }

    @Test
    void opening_a_missing_store_read_only_says_how_to_create_one() {
        assertThatThrownBy(() -> store().openReadOnly()).isInstanceOf(StoreException.class)
                .hasMessageContaining("there is no store at").hasMessageContaining("bellwether import");
    }

    @Test
    void parquet_export_writes_every_row_in_key_order() {
        MarketStore store = store();
        importBars(store, bar("SPY", "2026-01-05", "101"), bar("IWM", "2026-01-02", "200"), bar("SPY", "2026-01-02", "100"));
        Path parquet = dir.resolve("bars.parquet");
        assertThat(ParquetExport.export(store, Tables.DAILY_BARS, parquet)).isEqualTo(3);
        assertThat(StoreQueries.rows(store, "SELECT symbol, date FROM read_parquet('" + parquet + "')"))
                .containsExactly("IWM|2026-01-02", "SPY|2026-01-02", "SPY|2026-01-05");
    }
}
