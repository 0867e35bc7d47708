package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreQueries;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.Test;

/** Every bar format, on real data where the project ships it and on hand-written files that pin each rule. */
class BarImportTest extends ImportTestBase {

    /** Real S&P 500 daily bars 2000-01-03..2020-04-17 from vega-datasets (see data/real/README.md). */
    static final Path SPX = Path.of("../data/real/SPX.csv");

    private static BarOptions symbol(String symbol) {
        return new BarOptions(BarFormat.AUTO, symbol, OptionalInt.empty(), ZoneId.of("America/New_York"));
    }

    @Test
    void real_sp500_history_imports_every_session_with_its_values() {
        ImportReport report = imports.bars(SPX, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("long");
        assertThat(report.rowsRead()).isEqualTo(5105);
        assertThat(report.inserted()).isEqualTo(5105);
        assertThat(StoreQueries.rows(store, "SELECT symbol, min(date), max(date), count(*) FROM daily_bars GROUP BY symbol"))
                .containsExactly("SPX|2000-01-03|2020-04-17|5105");
        // first line of the file: 2000-01-03,1469.250000,1478.000000,1438.359985,1455.219971,1455.219971,931800000
        assertThat(StoreQueries.rows(store, "SELECT open, high, low, close, adj_close, volume FROM daily_bars "
                + "WHERE date = '2000-01-03'")).containsExactly("1469.25|1478.0|1438.359985|1455.219971|1455.219971|9.318E8");
        // the Covid crash: the close of 2020-03-16 was 2386.129883
        assertThat(StoreQueries.rows(store, "SELECT close FROM daily_bars WHERE date = '2020-03-16'"))
                .containsExactly("2386.129883");
    }

    @Test
    void a_gzip_file_imports_as_its_content_and_a_cut_one_is_refused() throws IOException {
        Path gzip = dir.resolve("SPX.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
            Files.copy(SPX, out);
        }
        ImportReport report = imports.bars(gzip, BarOptions.defaults());
        assertThat(report.inserted()).isEqualTo(5105);
        assertThat(StoreQueries.rows(store, "SELECT close FROM daily_bars WHERE date = '2020-03-16'"))
                .containsExactly("2386.129883");

        byte[] whole = Files.readAllBytes(gzip);
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> imports.bars(cut, symbol("CUT"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cut.csv.gz").hasMessageContaining("gzip file that could not be decompressed");
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars WHERE symbol = 'CUT'")).containsExactly("0");
    }

    @Test
    void mapped_columns_are_read_as_the_fields_they_name() throws IOException {
        Path vendor = file("vendor.csv", "Ticker,Date,Trade Date,Last Price,Vol\nSPY,2020-01-01,2020-03-16,239.85,"
                + "297240011\nSPY,2020-01-01,2020-03-17,252.8,262070547\n");
        Imports mapped = new Imports(store, ImportProgress.NONE, false, null, new Dialect(
                java.util.Map.of("Trade Date", "date", "Last Price", "close", "Vol", "volume"), DateOrder.AUTO));
        mapped.bars(vendor, BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, close, volume FROM daily_bars ORDER BY date"))
                .as("the mapped Trade Date is read, not the Date column it displaces")
                .containsExactly("SPY|2020-03-16|239.85|2.97240011E8", "SPY|2020-03-17|252.8|2.62070547E8");
        Imports typo = new Imports(store, ImportProgress.NONE, false, null, new Dialect(
                java.util.Map.of("Trade Dte", "date"), DateOrder.AUTO));
        assertThatThrownBy(() -> typo.bars(vendor, BarOptions.defaults())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--map names the column Trade Dte").hasMessageContaining("Trade Date");
    }

    @Test
    void slash_dates_are_read_in_the_order_the_file_shows_or_the_option_gives() throws IOException {
        // the first rows are ambiguous (both numbers at most 12); 03/16/2020 further down tells the US order
        Path us = file("us.csv", "Date,Close\n03/12/2020,2480.64\n03/13/2020,2711.02\n03/16/2020,2386.13\n");
        imports.bars(us, symbol("US"));
        assertThat(StoreQueries.rows(store, "SELECT date FROM daily_bars WHERE symbol = 'US' ORDER BY date"))
                .containsExactly("2020-03-12", "2020-03-13", "2020-03-16");
        Path european = file("eu.csv", "Date,Close\n13/03/2020,2711.02\n16/03/2020,2386.13\n");
        imports.bars(european, symbol("EU"));
        assertThat(StoreQueries.rows(store, "SELECT date FROM daily_bars WHERE symbol = 'EU' ORDER BY date"))
                .containsExactly("2020-03-13", "2020-03-16");
        Path dotted = file("de.csv", "Date;Close\n02.03.2020;2.954,22\n");
        imports.bars(dotted, symbol("DE"));
        assertThat(StoreQueries.rows(store, "SELECT date, close FROM daily_bars WHERE symbol = 'DE'"))
                .containsExactly("2020-03-02|2954.22");

        Path unknown = file("unknown.csv", "Date,Close\n03/02/2020,3090.23\n03/03/2020,3003.37\n");
        assertThatThrownBy(() -> imports.bars(unknown, symbol("UNK"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("--date-order mdy");
        new Imports(store, ImportProgress.NONE, false, null, new Dialect(java.util.Map.of(), DateOrder.DMY))
                .bars(unknown, symbol("UNK"));
        assertThat(StoreQueries.rows(store, "SELECT date FROM daily_bars WHERE symbol = 'UNK' ORDER BY date"))
                .containsExactly("2020-02-03", "2020-03-03");

        Path mixed = file("mixed.csv", "Date,Close\n03/16/2020,2386.13\n17/03/2020,2529.19\n");
        assertThatThrownBy(() -> imports.bars(mixed, symbol("MIX"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("both day first and month first");
    }

    @Test
    void reimporting_the_same_file_changes_nothing() {
        imports.bars(SPX, BarOptions.defaults());
        ImportReport again = imports.bars(SPX, BarOptions.defaults());
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.unchanged()).isEqualTo(5105);
        assertThat(StoreQueries.count(store, "daily_bars")).isEqualTo(5105);
    }

    @Test
    void a_corrected_file_replaces_only_the_corrected_rows() throws IOException {
        imports.bars(SPX, BarOptions.defaults());
        String corrected = Files.readString(SPX).replace("2000-01-03,1469.250000,1478.000000,1438.359985,1455.219971",
                "2000-01-03,1469.250000,1478.000000,1438.359985,1455.229971");
        ImportReport report = imports.bars(file("SPX.csv", corrected), BarOptions.defaults());
        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(5104);
        assertThat(StoreQueries.rows(store, "SELECT close FROM daily_bars WHERE date = '2000-01-03'"))
                .containsExactly("1455.229971");
    }

    @Test
    void parquet_export_imports_back_losslessly() {
        imports.bars(SPX, BarOptions.defaults());
        Path parquet = dir.resolve("daily.parquet");
        ParquetExport.export(store, Tables.DAILY_BARS, parquet);
        MarketStore copy = MarketStore.at(dir.resolve("copy.duckdb"));
        ImportReport report = new Imports(copy, ImportProgress.NONE, false).bars(parquet, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("parquet");
        assertThat(report.inserted()).isEqualTo(5105);
        String original = dir.resolve("store.duckdb").toString();
        assertThat(StoreQueries.rows(copy, "SELECT count(*) FROM (SELECT * EXCLUDE (import_id) FROM daily_bars EXCEPT ALL "
                + "SELECT * FROM read_parquet('" + parquet + "'))")).containsExactly("0");
        Path again = dir.resolve("again.parquet");
        ParquetExport.export(copy, Tables.DAILY_BARS, again);
        assertThat(StoreQueries.rows(copy, "SELECT count(*) FROM (SELECT * FROM read_parquet('" + again + "') EXCEPT ALL "
                + "SELECT * FROM read_parquet('" + parquet + "'))")).containsExactly("0");
        assertThat(original).isNotEqualTo(copy.file().toString());
    }

    @Test
    void parquet_from_other_tools_with_naive_midnight_timestamps_gives_daily_bars() throws Exception {
        Path parquet = dir.resolve("pandas-like.parquet");
        try (java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT 'iwm' AS Ticker, TIMESTAMP '2026-01-02 00:00:00' AS Date, 250.5 AS Close, "
                    + "NULL::DOUBLE AS Open) TO '" + parquet + "' (FORMAT parquet)");
        }
        ImportReport report = imports.bars(parquet, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("parquet");
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, open, close FROM daily_bars"))
                .containsExactly("IWM|2026-01-02|null|250.5");
    }

    @Test
    void the_fast_path_and_the_staged_path_store_the_same_rows() throws IOException {
        imports.bars(SPX, BarOptions.defaults());
        // the same data with padded values is not canonical, so it goes through normalized staging
        String padded = Files.readString(SPX).replace(",", ", ");
        MarketStore other = MarketStore.at(dir.resolve("other.duckdb"));
        new Imports(other, ImportProgress.NONE, false).bars(file("SPX.csv", padded), BarOptions.defaults());
        Path parquet = dir.resolve("fast.parquet");
        ParquetExport.export(store, Tables.DAILY_BARS, parquet);
        assertThat(StoreQueries.rows(other, "SELECT count(*) FROM (SELECT * EXCLUDE (import_id) FROM daily_bars EXCEPT ALL "
                + "SELECT * FROM read_parquet('" + parquet + "'))")).containsExactly("0");
        assertThat(StoreQueries.count(other, "daily_bars")).isEqualTo(5105);
    }

    @Test
    void a_first_import_that_fails_on_its_last_line_leaves_the_new_store_empty() throws IOException {
        // canonical rows into an empty table take the direct path, straight into the store in one transaction
        String content = Files.readString(SPX).stripTrailing() + "\n2020-04-20,2845.62,2868.98,2820.43,-2823.16,2823.16,5220160000\n";
        Path file = file("SPX.csv", content);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.bars(file, BarOptions.defaults()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 5107");
        assertThat(StoreQueries.count(store, "daily_bars")).isZero();
        assertThat(imports.bars(SPX, BarOptions.defaults()).inserted()).isEqualTo(5105);
    }

    @Test
    void blank_lines_that_duckdb_would_read_differently_fall_back_to_staging() throws IOException {
        String content = Files.readString(SPX);
        int middle = content.indexOf("\n2010-01-04");
        Path file = file("SPX.csv", content.substring(0, middle + 1) + "\n" + content.substring(middle + 1));
        assertThat(imports.bars(file, BarOptions.defaults()).inserted()).isEqualTo(5105);
        assertThat(StoreQueries.count(store, "daily_bars")).isEqualTo(5105);
    }

    @Test
    void long_files_name_their_columns_in_any_order_and_may_be_close_only() throws IOException {
        Path file = file("mixed.csv", """
                volume,Close,Date,Ticker,Adj Close
                1000,101.5,2026-01-05,spy,100.9
                ,102,2026-01-02,SPY,
                """);
        imports.bars(file, BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, open, close, adj_close, volume FROM daily_bars ORDER BY date"))
                .containsExactly("SPY|2026-01-02|null|102.0|null|null", "SPY|2026-01-05|null|101.5|100.9|1000.0");
    }

    @Test
    void out_of_order_rows_and_identical_duplicates_are_fine() throws IOException {
        Path file = file("unordered.csv", """
                symbol,date,close
                SPY,2026-01-06,3
                SPY,2026-01-02,1
                SPY,2026-01-05,2
                SPY,2026-01-02,1
                """);
        ImportReport report = imports.bars(file, BarOptions.defaults());
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(StoreQueries.rows(store, "SELECT date, close FROM daily_bars ORDER BY date"))
                .containsExactly("2026-01-02|1.0", "2026-01-05|2.0", "2026-01-06|3.0");
    }

    @Test
    void wide_files_have_one_close_column_per_symbol() throws IOException {
        Path file = file("rut_gspc.csv", """
                date,GSPC_close,RUT_close
                2025-09-23,6656.92,2444.01
                2025-09-24,6637.97,
                """);
        ImportReport report = imports.bars(file, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("wide");
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, close FROM daily_bars ORDER BY symbol, date"))
                .containsExactly("GSPC|2025-09-23|6656.92", "GSPC|2025-09-24|6637.97", "RUT|2025-09-23|2444.01");
    }

    @Test
    void yahoo_downloads_take_the_symbol_from_the_file_name_and_skip_null_rows() throws IOException {
        Path file = file("^GSPC.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2026-01-02,5980.00,6001.50,5970.25,5990.10,5990.10,2500000000
                2026-01-05,null,null,null,null,null,null
                2026-01-06,5990.10,6010.00,5985.00,6005.75,6005.75,2600000000
                """);
        ImportReport report = imports.bars(file, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("yahoo");
        assertThat(report.emptyRecordsSkipped()).isEqualTo(1);
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, close FROM daily_bars ORDER BY date"))
                .containsExactly("^GSPC|2026-01-02|5990.1", "^GSPC|2026-01-06|6005.75");
    }

    @Test
    void symbol_option_names_a_file_without_a_symbol_column() throws IOException {
        Path file = file("prices.csv", """
                date,close
                2026-01-02,10
                """);
        imports.bars(file, symbol("IWM"));
        assertThat(StoreQueries.rows(store, "SELECT symbol FROM daily_bars")).containsExactly("IWM");
    }

    @Test
    void stooq_daily_downloads_drop_the_us_suffix_of_the_file_name() throws IOException {
        Path file = file("spy.us.txt", """
                Date,Open,High,Low,Close,Volume
                2026-01-02,590.1,595.2,589.0,594.3,51234567
                """);
        imports.bars(file, BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT symbol, close, volume FROM daily_bars"))
                .containsExactly("SPY|594.3|5.1234567E7");
    }

    @Test
    void stooq_intraday_downloads_combine_date_and_time_in_the_exchange_zone() throws IOException {
        Path file = file("iwm.us.txt", """
                Date,Time,Open,High,Low,Close,Volume
                2026-01-22,09:30:00,250.0,250.5,249.8,250.2,120000
                2026-01-22,09:31:00,250.2,250.4,250.1,250.3,80000
                """);
        imports.bars(file, new BarOptions(BarFormat.AUTO, null, OptionalInt.of(60), ZoneId.of("America/New_York")));
        assertThat(StoreQueries.rows(store, "SELECT symbol, strftime(ts, '%Y-%m-%dT%H:%M:%SZ'), interval_s, close "
                + "FROM intraday_bars ORDER BY ts"))
                .containsExactly("IWM|2026-01-22T14:30:00Z|60|250.2", "IWM|2026-01-22T14:31:00Z|60|250.3");
    }

    @Test
    void stooq_bulk_files_give_symbol_and_bar_length_per_row() throws IOException {
        Path file = file("bulk.txt", """
                <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>
                IWM.US,5,20260122,093000,250,250.5,249.8,250.2,120000,0
                IWM.US,5,20260122,093500,250.2,250.4,250.1,250.3,80000,0
                """);
        ImportReport report = imports.bars(file, BarOptions.defaults());
        assertThat(report.format()).isEqualTo("stooq");
        assertThat(StoreQueries.rows(store, "SELECT symbol, strftime(ts, '%H:%M'), interval_s FROM intraday_bars ORDER BY ts"))
                .containsExactly("IWM|14:30|300", "IWM|14:35|300");
    }

    @Test
    void intraday_timestamps_with_offsets_are_stored_as_instants() throws IOException {
        Path file = file("bars.csv", """
                symbol,timestamp,open,high,low,close,volume
                RUT,2026-01-22T12:30:00-05:00,2449,2455,2448,2454,900
                RUT,2026-01-22T17:31:00Z,2454,2456,2453,2455,800
                """);
        imports.bars(file, BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT strftime(ts, '%Y-%m-%dT%H:%M:%SZ') FROM intraday_bars ORDER BY ts"))
                .containsExactly("2026-01-22T17:30:00Z", "2026-01-22T17:31:00Z");
    }

    @Test
    void an_open_slightly_outside_the_range_widens_it_and_is_counted_and_one_far_outside_is_refused()
            throws IOException {
        // a real Yahoo SPY row (2015-03-30): the open 0.59% below the low
        Path near = file("near.csv", "symbol,date,open,high,low,close,volume\n"
                + "SPY,2015-03-27,204.410004,205.100006,203.679993,204.630005,1000\n"
                + "SPY,2015-03-30,205.179993,207.679993,206.389999,207.449997,1000\n");
        ImportReport report = imports.bars(near, BarOptions.defaults());
        assertThat(report.rangesWidened()).isEqualTo(1);
        Path closeOnly = file("close-only.csv", "symbol,date,close\nIWM,2015-03-30,120.5\n");
        assertThat(imports.bars(closeOnly, BarOptions.defaults()).rangesWidened()).as("no range, nothing widened")
                .isZero();
        assertThat(StoreQueries.rows(store, "SELECT high, low FROM daily_bars WHERE symbol = 'IWM'"))
                .containsExactly("null|null");
        assertThat(StoreQueries.rows(store, "SELECT open, high, low FROM daily_bars WHERE symbol = 'SPY' AND date = '2015-03-30'"))
                .containsExactly("205.179993|207.679993|205.179993");
        Path far = file("far.csv", "symbol,date,open,high,low,close,volume\nQQQ,2015-03-30,200,207.68,206.39,207.45,1\n");
        assertThatThrownBy(() -> imports.bars(far, BarOptions.defaults())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("field open")
                .hasMessageContaining("at most 1% outside it");
    }

    @Test
    void crypto_klines_labelled_by_their_end_are_stored_by_their_start_with_fractional_volume() throws IOException {
        // the layout of ta4j's ETH-USD 5-minute file: the end's last millisecond in both epoch and ISO form
        Path klines = file("ethusd.csv", """
                end_time_ms,end_time_utc,open,high,low,close,volume
                1678730699999,2023-03-13T18:04:59.999Z,1673.58,1677.62,1672.44,1672.99,65.3033
                1678730999999,2023-03-13T18:09:59.999Z,1673.04,1673.04,1665.4,1670.41,147.3332
                """);
        assertThatThrownBy(() -> imports.bars(klines, symbol("ETHUSD"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("labels its bars by their end (end_time_utc)").hasMessageContaining("--interval");
        ImportReport report = imports.bars(klines, new BarOptions(BarFormat.AUTO, "ETHUSD", OptionalInt.of(300),
                ZoneId.of("America/New_York")));
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(StoreQueries.rows(store, "SELECT epoch(ts)::BIGINT, interval_s, volume FROM intraday_bars ORDER BY ts"))
                .as("18:00 and 18:05 UTC").containsExactly("1678730400|300|65.3033", "1678730700|300|147.3332");
    }

    @Test
    void unix_timestamps_in_seconds_or_milliseconds_are_instants() throws IOException {
        imports.bars(file("epoch.csv", "symbol,timestamp,close\nBTCUSD,1385337600,800.01\nBTCUSD,1385337660000,801\n"),
                BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT epoch(ts)::BIGINT FROM intraday_bars ORDER BY ts"))
                .containsExactly("1385337600", "1385337660");
    }

    @Test
    void a_file_of_trades_is_refused_rather_than_read_as_two_price_series() throws IOException {
        Path trades = file("trades.csv", "timestamp,price,amount\n1385337600,800.01,0.1\n1385337601,800.02,0.0\n");
        assertThatThrownBy(() -> imports.bars(trades, BarOptions.defaults())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("holds trades").hasMessageContaining("import trades").hasMessageContaining("--interval 1m");
    }

    @Test
    void semicolon_files_with_decimal_commas_tab_files_and_quoted_thousands_read_as_plain_numbers() throws IOException {
        imports.bars(file("european.csv", "symbol;date;open;high;low;close;volume\n"
                + "DAX;2026-01-02;24.490,5;24.612,25;24.401,0;24.539,75;1250\n"), BarOptions.defaults());
        imports.bars(file("tabs.tsv", "symbol\tdate\tclose\nSMI\t2026-01-02\t13150.5\n"), BarOptions.defaults());
        imports.bars(file("thousands.csv", "symbol,date,close,volume\nSPX,2026-01-02,\"6,858.47\",\"2,510,000\"\n"),
                BarOptions.defaults());
        assertThat(StoreQueries.rows(store, "SELECT symbol, open, high, low, close, volume FROM daily_bars ORDER BY symbol"))
                .containsExactly("DAX|24490.5|24612.25|24401.0|24539.75|1250.0", "SMI|null|null|null|13150.5|null",
                        "SPX|null|null|null|6858.47|2510000.0");
    }
}
