package org.bellwether.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.bellwether.fetch.ReplayServer.Reply;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.MacroUnits;
import org.bellwether.store.ImportLog;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fetcher against a loopback server replaying answers recorded by hand in the source's documented format, into a
 * real store: what lands in the tables, the import log's URL and retrieval time, and the failures each source has.
 */
class SourcesTest {

    private static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(5),
            Duration.ofSeconds(20));

    @TempDir
    Path dir;

    private final ReplayServer server = new ReplayServer();
    private MarketStore store;
    private FetchContext context;

    @BeforeEach
    void open() {
        store = MarketStore.at(dir.resolve("store.duckdb"));
        context = contextWith("Jane Doe jane@example.com");
    }

    private FetchContext contextWith(String userAgent) {
        HttpSource http = new HttpSource(dir.resolve("cache"), userAgent, QUICK, 50, Clock.systemUTC());
        return new FetchContext(http, server.baseUrl() + "/", store, ImportProgress.NONE, false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ImportLog.Entry lastImport() {
        var entries = new ImportLog(store).entries();
        return entries.get(entries.size() - 1);
    }

    @Test
    void fred_graph_csv_in_either_header_imports_and_a_refetch_revalidates_without_duplicating() {
        server.on("/graph/fredgraph.csv",
                Reply.ok("fredgraph_DGS10.csv", "text/csv").withHeader("Last-Modified", "Wed, 02 Dec 2026 21:01:02 GMT"),
                Reply.status(304, Map.of(), ""),
                Reply.ok("fredgraph_DGS10_old_header.csv", "text/csv"));
        Fetched first = Fred.graph(context, "DGS10", null, MacroUnits.fileWide("percent"));
        assertThat(first.imports().get(0).inserted()).isEqualTo(4);
        assertThat(StoreQueries.rows(store, "SELECT date, value, unit FROM macro WHERE series_id = 'DGS10' "
                + "ORDER BY date")).containsExactly("2020-03-13|0.94|percent", "2020-03-16|0.73|percent",
                "2020-03-17|1.02|percent", "2020-03-19|1.12|percent");
        ImportLog.Entry logged = lastImport();
        assertThat(logged.source()).isEqualTo(server.baseUrl() + "/graph/fredgraph.csv?id=DGS10");
        assertThat(logged.retrievedAt()).isEqualTo(first.retrievedAt());

        Fetched again = Fred.graph(context, "DGS10", null, MacroUnits.fileWide("percent"));
        assertThat(again.revalidated()).isTrue();
        assertThat(again.imports().get(0).unchanged()).isEqualTo(4);
        assertThat(server.requests("/graph/fredgraph.csv").get(1).headers())
                .containsEntry("if-modified-since", "Wed, 02 Dec 2026 21:01:02 GMT");

        // the header FRED used until 2024 (DATE) and its "." for no observation
        Fetched old = Fred.graph(context, "DGS10", null, MacroUnits.fileWide("percent"));
        assertThat(old.imports().get(0).unchanged()).isEqualTo(4);
        assertThat(StoreQueries.count(store, "macro")).isEqualTo(4);
    }

    @Test
    void fred_answering_a_web_page_is_reported_not_imported() {
        server.on("/graph/fredgraph.csv", Reply.status(200, Map.of("Content-Type", "text/html"),
                "<!DOCTYPE html><html><body>Series not found</body></html>"));
        assertThatThrownBy(() -> Fred.graph(context, "NOPE", null, MacroUnits.NONE)).isInstanceOf(FetchException.class)
                .hasMessageContaining("FRED answered with a web page").hasMessageContaining("is NOPE a FRED series id");
        assertThat(StoreQueries.count(store, "macro")).isZero();
    }

    @Test
    void fred_api_vintages_keep_each_value_with_the_day_it_was_published_and_the_key_stays_out_of_the_log() {
        server.on("/fred/series", Reply.ok("fred_series_GDPC1.json", "application/json"));
        server.on("/fred/series/observations", Reply.ok("fred_observations_GDPC1_vintages.json", "application/json"));
        Fred.api(context, "GDPC1", "abcdef0123456789abcdef0123456789", true, null, MacroUnits.NONE);

        // of several vintages of one observation the store keeps the first release (docs/store.md)
        assertThat(StoreQueries.rows(store, "SELECT date, value, released, unit FROM macro ORDER BY date"))
                .containsExactly("2019-10-01|19219.8|2020-01-30|Billions of Chained 2017 Dollars",
                        "2020-01-01|18987.9|2020-04-29|Billions of Chained 2017 Dollars");
        assertThat(server.requests("/fred/series/observations").get(0).query())
                .contains("api_key=abcdef0123456789abcdef0123456789").contains("realtime_start=1776-07-04");
        assertThat(lastImport().source()).doesNotContain("api_key").doesNotContain("abcdef")
                .contains("series_id=GDPC1");
    }

    @Test
    void fred_api_refusing_the_key_says_what_fred_said() {
        server.on("/fred/series/observations", Reply.status(400, Map.of("Content-Type", "application/json"),
                new String(ReplayServer.resource("fred_error_bad_key.json"), java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> Fred.api(context, "DGS10", "nokey", false, null, MacroUnits.fileWide("percent")))
                .isInstanceOf(FetchException.class).hasMessageContaining("HTTP 400")
                .hasMessageContaining("api_key is not a 32 character").hasMessageNotContaining("nokey");
    }

    @Test
    void stooq_daily_bars_import_under_the_plain_symbol() {
        server.on("/q/d/l/", Reply.ok("stooq_spy_us.csv", "text/csv"));
        Stooq.daily(context, "spy.us", null, null);
        assertThat(StoreQueries.rows(store, "SELECT symbol, date, close FROM daily_bars ORDER BY date"))
                .containsExactly("SPY|2020-03-13|269.32", "SPY|2020-03-16|239.85", "SPY|2020-03-17|252.8");
        assertThat(server.requests("/q/d/l/").get(0).query()).isEqualTo("s=spy.us&i=d");
    }

    @Test
    void stooq_challenge_page_and_no_data_are_told_apart_and_neither_imports() {
        server.on("/q/d/l/", Reply.ok("stooq_challenge.html", "text/html"), Reply.status(200, Map.of(), "No data"));
        assertThatThrownBy(() -> Stooq.daily(context, "spy.us", null, null)).isInstanceOf(FetchException.class)
                .hasMessageContaining("web page (a bot check or sign-in page)").hasMessageContaining("nothing was imported");
        assertThatThrownBy(() -> Stooq.daily(context, "spyy.us", null, null)).isInstanceOf(FetchException.class)
                .hasMessageContaining("Stooq has no data for spyy.us");
        assertThat(StoreQueries.count(store, "daily_bars")).isZero();
    }

    @Test
    void yahoo_chart_bars_keep_the_adjusted_close_and_list_the_split_and_dividend() {
        server.on("/v8/finance/chart/AAPL", Reply.ok("yahoo_chart_AAPL.json", "application/json"));
        Yahoo.Chart chart = Yahoo.daily(context, "AAPL", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 1));
        // timestamps are the sessions' 09:30 New York opens: 1598448600 is 2020-08-26
        assertThat(StoreQueries.rows(store, "SELECT date, close, adj_close, volume FROM daily_bars ORDER BY date"))
                .containsExactly("2020-08-26|126.52|123.85|1.630224E8", "2020-08-27|125.01|122.37|1.555524E8",
                        "2020-08-28|124.81|122.18|1.8763E8", "2020-08-31|129.04|126.32|2.257027E8",
                        "2020-09-01|134.18|131.35|null");
        assertThat(chart.actions()).containsExactly(new Yahoo.Action(LocalDate.of(2020, 8, 7), "dividend", 0.205),
                new Yahoo.Action(LocalDate.of(2020, 8, 31), "split", 4.0));
        assertThat(StoreQueries.rows(store, "SELECT date, kind, value FROM corporate_actions ORDER BY date"))
                .containsExactly("2020-08-07|DIVIDEND|0.205", "2020-08-31|SPLIT|4.0");
        assertThat(server.requests("/v8/finance/chart/AAPL").get(0).query())
                .isEqualTo("period1=1596240000&period2=1599004800&interval=1d&events=div%2Csplit&includeAdjustedClose=true");
    }

    @Test
    void yahoo_errors_and_cut_json_are_reported() {
        server.on("/v8/finance/chart/ZZZZ", Reply.ok("yahoo_chart_not_found.json", "application/json"));
        assertThatThrownBy(() -> Yahoo.daily(context, "ZZZZ", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 1)))
                .isInstanceOf(FetchException.class).hasMessageContaining("Not Found: No data found");
        server.on("/v8/finance/chart/AAPL", Reply.status(200, Map.of(), "{\"chart\":{\"result\":[{\"meta\":"));
        assertThatThrownBy(() -> Yahoo.daily(context, "AAPL", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 9, 1)))
                .isInstanceOf(FetchException.class).hasMessageContaining("not whole JSON");
    }

    @Test
    void edgar_company_facts_by_ticker_carry_filing_dates_and_send_the_user_agent() {
        server.on("/files/company_tickers.json", Reply.ok("edgar_company_tickers.json", "application/json"));
        server.on("/api/xbrl/companyfacts/CIK0001234567.json",
                Reply.ok("edgar_companyfacts_CIK0001234567.json", "application/json"));
        server.on("/submissions/CIK0001234567.json", Reply.ok("edgar_submissions_CIK0001234567.json",
                "application/json"));
        Edgar.companyFacts(context, context, "exmp");
        assertThat(StoreQueries.rows(store, "SELECT symbol, name, kind, source FROM instruments")).containsExactly(
                "EXMP|Example Industries Inc.|STOCK|SEC EDGAR submissions, CIK 1234567");
        assertThat(StoreQueries.rows(store, "SELECT symbol, period_end, ebit, interest_expense, total_debt, filed "
                + "FROM fundamentals ORDER BY period_end")).containsExactly(
                "EXMP|2023-09-30|100.0|10.0|500.0|2023-11-03", "EXMP|2024-09-30|120.0|12.0|550.0|2024-11-01");
        assertThat(server.requests("/api/xbrl/companyfacts/CIK0001234567.json").get(0).headers())
                .containsEntry("user-agent", "Jane Doe jane@example.com");

        Edgar.companyFacts(context, context, "CIK1234567");
        assertThat(StoreQueries.count(store, "fundamentals")).isEqualTo(2);
        assertThatThrownBy(() -> Edgar.checkUserAgent("Bellwether/0.1")).isInstanceOf(FetchException.class)
                .hasMessageContaining("--user-agent");
        assertThatThrownBy(() -> Edgar.companyFacts(context, context, "NOPE")).isInstanceOf(FetchException.class)
                .hasMessageContaining("ticker list has no NOPE");
    }

    @Test
    void ishares_holdings_become_the_funds_weighted_members_from_the_as_of_date() {
        server.on("/us/products/239710/fund/1467271812596.ajax", Reply.ok("ishares_IWM_holdings.csv", "text/csv"));
        IShares.holdings(context, "iwm", null);
        assertThat(StoreQueries.rows(store, "SELECT index_symbol, member_symbol, from_date, weight FROM members "
                + "ORDER BY weight DESC")).containsExactly("IWM|CRDO|2026-11-28|0.0071", "IWM|BE|2026-11-28|0.0063",
                "IWM|IONQ|2026-11-28|0.0042");
        assertThat(server.requests("/us/products/239710/fund/1467271812596.ajax").get(0).query())
                .isEqualTo("fileType=csv&fileName=IWM_holdings&dataType=fund");
        assertThatThrownBy(() -> IShares.holdings(context, "XYZ", null)).isInstanceOf(FetchException.class)
                .hasMessageContaining("--product-id");
    }
}
