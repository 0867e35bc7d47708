package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreQueries;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.TableSpec;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.Test;

/** The importers of the other tables: macro series, fundamentals, members, events, instruments. */
class TableImportTest extends ImportTestBase {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Path fredRates() throws IOException {
        return file("rates.csv", """
                observation_date,DGS2,DGS10,BAMLH0A0HYM2
                2026-01-02,3.47,4.19,2.81
                2026-01-05,.,4.17,
                2026-01-06,3.45,4.15,2.79
                """);
    }

    @Test
    void fred_files_with_several_series_skip_dots_and_blanks() throws IOException {
        ImportReport report = imports.macro(fredRates(), null, "percent");
        assertThat(report.inserted()).isEqualTo(7);
        assertThat(StoreQueries.rows(store, "SELECT series_id, date, value, unit FROM macro WHERE series_id = 'DGS2' "
                + "ORDER BY date")).containsExactly("DGS2|2026-01-02|3.47|percent", "DGS2|2026-01-06|3.45|percent");
    }

    @Test
    void a_quarterly_file_dated_by_year_and_quarter_columns_and_a_monthly_one_by_month() throws IOException {
        // the layout of statsmodels' macrodata and of Fama-French's monthly factors
        imports.macro(file("macrodata.csv", """
                year,quarter,realgdp,unemp
                1959,1,2710.349,5.8
                1959,4,2785.204,NA
                """), null, (String) null);
        imports.macro(file("ff-monthly.csv", "month,mkt_rf\n1963-07,-0.39\n1963-08,5.07\n"), null, (String) null);
        assertThat(StoreQueries.rows(store, "SELECT series_id, date, value FROM macro ORDER BY series_id, date"))
                .containsExactly("MKT_RF|1963-07-01|-0.39", "MKT_RF|1963-08-01|5.07", "REALGDP|1959-01-01|2710.349",
                        "REALGDP|1959-10-01|2785.204", "UNEMP|1959-01-01|5.8");
    }

    @Test
    void real_macro_series_mauna_loa_co2_and_us_employment() {
        // data/real: Scripps CO2 (Date,CO2,adjusted CO2) and BLS employment (month + 24 series), see its README
        ImportReport co2 = imports.macro(Path.of("../data/real/co2-concentration.csv"), null, "ppm");
        assertThat(co2.rowsRead()).isEqualTo(741);
        assertThat(StoreQueries.rows(store, "SELECT series_id, count(*), min(date) FROM macro GROUP BY series_id "
                + "ORDER BY series_id")).containsExactly("ADJUSTED_CO2|741|1958-03-01", "CO2|741|1958-03-01");
        // first line: 1958-03-01,315.70,314.44
        assertThat(StoreQueries.rows(store, "SELECT value FROM macro WHERE series_id = 'CO2' AND date = '1958-03-01'"))
                .containsExactly("315.7");
        ImportReport employment = imports.macro(Path.of("../data/real/us-employment.csv"), null, "thousands");
        assertThat(employment.rowsRead()).isEqualTo(120);
        assertThat(employment.inserted()).isEqualTo(120L * 23);
        assertThat(StoreQueries.rows(store, "SELECT count(DISTINCT series_id) FROM macro WHERE unit = 'thousands'"))
                .containsExactly("23");
        // first line: 2006-01-01,135450,...
        assertThat(StoreQueries.rows(store, "SELECT value, unit FROM macro WHERE series_id = 'NONFARM' "
                + "AND date = '2006-01-01'")).containsExactly("135450.0|thousands");
    }

    @Test
    void a_fred_date_value_file_takes_its_series_from_the_option_or_the_file_name() throws IOException {
        imports.macro(file("DGS10.csv", "DATE,VALUE\n2026-01-02,4.19\n2026-01-05,.\n"), null, MacroUnits.NONE);
        imports.macro(file("download.csv", "DATE,VALUE\n2026-01-02,3.47\n"), "dgs2", MacroUnits.NONE);
        assertThat(StoreQueries.rows(store, "SELECT series_id, value FROM macro ORDER BY series_id"))
                .containsExactly("DGS10|4.19", "DGS2|3.47");
    }

    @Test
    void each_series_takes_its_columns_unit_else_the_references_else_the_files() throws IOException {
        MacroUnits units = new MacroUnits("percent", java.util.Map.of("CPI", "index 1982-84=100"),
                id -> id.equals("VIXCLS") ? java.util.Optional.of("index") : java.util.Optional.empty());
        imports.macro(file("wide.csv", "observation_date,DGS10,VIXCLS,CPI\n2026-01-02,4.19,14.5,320.1\n"), null, units);
        assertThat(StoreQueries.rows(store, "SELECT series_id, unit FROM macro ORDER BY series_id")).containsExactly(
                "CPI|index 1982-84=100", "DGS10|percent", "VIXCLS|index");
    }

    @Test
    void a_file_of_price_bars_is_refused_as_macro_series() throws IOException {
        Path bars = file("spy.csv", "date,open,high,low,close,volume\n2026-01-02,1,2,0.5,1.5,100\n");
        assertThatThrownBy(() -> imports.macro(bars, null, (String) null)).hasMessageContaining("spy.csv")
                .hasMessageContaining("price bars (OPEN, HIGH, LOW, CLOSE, VOLUME)")
                .hasMessageContaining("bellwether import bars");
        assertThat(store.file()).as("nothing written").doesNotExist();
    }

    @Test
    void fundamentals_accept_any_of_the_documented_columns() throws IOException {
        imports.fundamentals(file("fundamentals.csv", """
                symbol,period_end,ebit,interest_expense,total_debt,floating_rate_debt,market_cap,fiscal_months,source
                ZOMB,2025-09-30,-12.5,30,800,500,450,12,10-K
                HLTH,2025-12-31,900,20,300,,25000,12,10-K
                """));
        assertThat(StoreQueries.rows(store, "SELECT symbol, ebit / interest_expense FROM fundamentals ORDER BY symbol"))
                .containsExactly("HLTH|45.0", "ZOMB|-0.4166666666666667");
    }

    @Test
    void a_10k_layout_that_splits_debt_and_ebitda_has_them_summed() throws IOException {
        // the columns of the NYSE fundamentals file of the Kaggle S&P 500 set (AAL's 2012 row, in dollars)
        imports.fundamentals(file("nyse-fundamentals.csv", """
                Ticker Symbol,Period Ending,Earnings Before Interest and Tax,Depreciation,Interest Expense,\
                Long-Term Debt,Short-Term Debt / Current Portion of Long-Term Debt
                AAL,2012-12-31,-1813000000,1020000000,632000000,7116000000,1419000000
                """));
        assertThat(StoreQueries.rows(store, "SELECT total_debt, ebitda FROM fundamentals"))
                .as("7,116 + 1,419 million of debt; -1,813 + 1,020 million of EBITDA")
                .containsExactly("8.535E9|-7.93E8");
        imports.fundamentals(file("direct.csv", """
                symbol,period_end,total_debt,long_term_debt,short_term_debt_/_current_portion_of_long_term_debt
                BBB,2012-12-31,100,70,20
                """));
        assertThat(StoreQueries.rows(store, "SELECT total_debt FROM fundamentals WHERE symbol = 'BBB'"))
                .as("a total_debt column is taken as it is").containsExactly("100.0");
    }

    @Test
    void floating_rate_debt_above_total_debt_is_refused() throws IOException {
        Path file = file("bad-fundamentals.csv", "symbol,period_end,total_debt,floating_rate_debt\nX,2025-12-31,100,150\n");
        assertThatThrownBy(() -> imports.fundamentals(file))
                .hasMessageContaining("line 2").hasMessageContaining("floating_rate_debt")
                .hasMessageContaining("at most the total debt (100)");
    }

    @Test
    void members_are_point_in_time_with_an_open_end() throws IOException {
        imports.members(file("members.csv", """
                index,symbol,from,to,weight
                RUT,AAA,2024-06-28,,0.0012
                RUT,BBB,2024-06-28,2025-06-27,0.0008
                """));
        assertThat(StoreQueries.rows(store, "SELECT member_symbol FROM members WHERE index_symbol = 'RUT' "
                + "AND from_date <= DATE '2025-12-31' AND (to_date IS NULL OR to_date >= DATE '2025-12-31')"))
                .containsExactly("AAA");
    }

    @Test
    void a_constituents_list_becomes_an_index_s_members_from_their_date_added() throws IOException {
        // the layout of the S&P 500 lists: a symbol per line, a date added where known
        Path list = file("constituents.csv", """
                Ticker symbol,Security,GICS Sector,Date first added
                MMM,3M Company,Industrials,1976-08-09
                ABT,Abbott Laboratories,Health Care,
                """);
        assertThatThrownBy(() -> imports.members(list, "^GSPC", null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("pass --from DATE");
        imports.members(list, "^GSPC", LocalDate.of(2017, 6, 30));
        assertThat(StoreQueries.rows(store, "SELECT index_symbol, member_symbol, from_date, to_date FROM members "
                + "ORDER BY member_symbol")).containsExactly("^GSPC|ABT|2017-06-30|null", "^GSPC|MMM|1976-08-09|null");
        Path withIndex = file("with-index.csv", "index,symbol,from\nIDX,AAA,2020-01-01\n");
        assertThatThrownBy(() -> imports.members(withIndex, "^GSPC", null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--index is only for a constituents list");
    }

    @Test
    void an_issuers_holdings_weights_in_percent_become_fractions() throws IOException {
        imports.members(file("holdings.csv", "Ticker,Name,Weight (%)\nCRDO,CREDO,0.71\nBE,BLOOM,0.63\n"), "IWM",
                LocalDate.of(2026, 11, 28));
        assertThat(StoreQueries.rows(store, "SELECT member_symbol, weight FROM members ORDER BY weight DESC"))
                .containsExactly("CRDO|0.0071", "BE|0.0063");
        assertThatThrownBy(() -> imports.members(file("bad.csv", "Ticker,Weight (%)\nX,120\n"), "IWM",
                LocalDate.of(2026, 11, 28))).isInstanceOf(BadInputException.class).hasMessageContaining("0 to 100");
    }

    @Test
    void a_membership_ending_before_it_starts_is_refused() throws IOException {
        Path file = file("members.csv", "index,symbol,from,to\nRUT,AAA,2025-06-27,2024-06-28\n");
        assertThatThrownBy(() -> imports.members(file)).hasMessageContaining("field to")
                .hasMessageContaining("on or after from (2025-06-27)");
    }

    @Test
    void weights_are_fractions() throws IOException {
        Path file = file("members.csv", "index,symbol,from,weight\nRUT,AAA,2024-06-28,1.2\n");
        assertThatThrownBy(() -> imports.members(file)).hasMessageContaining("a weight as a fraction from 0 to 1");
    }

    @Test
    void events_from_csv_get_an_id_a_kind_and_utc_instants() throws IOException {
        imports.events(file("events.csv", """
                timestamp,headline,tags,symbols,kind,expected_date
                2026-01-21 07:45,"Administration signals U-turn on Greenland tariffs",trade-policy;tariffs,RUT;IWM,,
                2026-01-29 08:30,"GDP, fourth quarter (advance)",gdp,,ECONOMIC_RELEASE,2026-01-29
                """), NEW_YORK);
        assertThat(StoreQueries.rows(store, "SELECT strftime(ts, '%Y-%m-%dT%H:%MZ'), headline, kind, tags, symbols, "
                + "expected_date, id LIKE 'ev-%' FROM events ORDER BY ts")).containsExactly(
                "2026-01-21T12:45Z|Administration signals U-turn on Greenland tariffs|NEWS|[trade-policy, tariffs]"
                        + "|[RUT, IWM]|null|true",
                "2026-01-29T13:30Z|GDP, fourth quarter (advance)|ECONOMIC_RELEASE|[gdp]|null|2026-01-29|true");
    }

    @Test
    void events_from_json_arrays_of_objects() throws IOException {
        imports.events(file("events.json", """
                {"events": [
                  {"id": "gdp-q4", "timestamp": "2026-01-29T08:30:00-05:00", "headline": "GDP Q4 advance",
                   "kind": "economic_release", "tags": ["gdp", "macro"], "expected_date": "2026-01-29"},
                  {"timestamp": "2026-01-21T12:45:00Z", "headline": "Greenland U-turn", "symbols": "RUT"}
                ]}
                """), NEW_YORK);
        assertThat(StoreQueries.rows(store, "SELECT id, kind, tags FROM events ORDER BY ts DESC LIMIT 1"))
                .containsExactly("gdp-q4|ECONOMIC_RELEASE|[gdp, macro]");
    }

    @Test
    void an_unknown_event_kind_lists_the_known_ones() throws IOException {
        Path file = file("events.csv", "timestamp,headline,kind\n2026-01-21,Something,RUMOUR\n");
        assertThatThrownBy(() -> imports.events(file, NEW_YORK)).hasMessageContaining("field kind")
                .hasMessageContaining("one of NEWS, ECONOMIC_RELEASE, EARNINGS");
    }

    @Test
    void instruments_carry_aliases_inception_and_founding_year() throws IOException {
        imports.instruments(file("instruments.csv", """
                symbol,name,kind,sector,aliases,inception,founded
                IWM,iShares Russell 2000 ETF,ETF,,Russell 2000;small caps,2000-05-22,
                ABBV,AbbVie,STOCK,Health Care,,,2013 (1888)
                """));
        assertThat(StoreQueries.rows(store, "SELECT symbol, kind, aliases, inception, founded FROM instruments ORDER BY symbol"))
                .containsExactly("ABBV|STOCK|null|null|1888", "IWM|ETF|[Russell 2000, small caps]|2000-05-22|null");
        imports.instruments(file("securities.csv", "Ticker symbol,Security,GICS Sector\nMMM,3M Company,Industrials\n"));
        assertThat(StoreQueries.rows(store, "SELECT name, sector FROM instruments WHERE symbol = 'MMM'"))
                .as("an S&P 500 securities list names its symbol column so").containsExactly("3M Company|Industrials");
    }

    @Test
    void a_file_of_some_columns_updates_only_those_and_an_empty_cell_clears_one() throws IOException {
        imports.instruments(file("founded.csv", "symbol,name,sector,founded\nMMM,3M,Industrials,1902\n"
                + "ABBV,AbbVie,Health Care,2013 (1888)\n"));
        ImportReport names = imports.instruments(file("names.csv", "Ticker symbol,Security\nMMM,3M Company\n"
                + "ABBV,AbbVie Inc.\nAAPL,Apple Inc.\n"));
        assertThat(StoreQueries.rows(store, "SELECT symbol, name, sector, founded FROM instruments ORDER BY symbol"))
                .as("the names file keeps the founding years and sectors it does not have").containsExactly(
                        "AAPL|Apple Inc.|null|null", "ABBV|AbbVie Inc.|Health Care|1888", "MMM|3M Company|Industrials|1902");
        assertThat(names.inserted()).isEqualTo(1);
        assertThat(names.replaced()).isEqualTo(2);
        assertThat(imports.instruments(file("names.csv", "Ticker symbol,Security\nMMM,3M Company\n"
                + "ABBV,AbbVie Inc.\nAAPL,Apple Inc.\n")).unchanged()).as("re-imported, nothing changes").isEqualTo(3);

        imports.instruments(file("cleared.csv", "symbol,sector\nMMM,\n"));
        assertThat(StoreQueries.rows(store, "SELECT name, sector, founded FROM instruments WHERE symbol = 'MMM'"))
                .as("a column the file has, empty, clears the value").containsExactly("3M Company|null|1902");

        imports.fundamentals(file("caps.csv", "symbol,period_end,market_cap\nMMM,2024-12-31,7.1e10\n"));
        imports.fundamentals(file("ebit.csv", "symbol,period_end,ebit\nMMM,2024-12-31,5.6e9\n"));
        assertThat(StoreQueries.rows(store, "SELECT ebit, market_cap FROM fundamentals")).containsExactly(
                "5.6E9|7.1E10");
    }

    @Test
    void every_table_exported_to_parquet_imports_back_losslessly() throws IOException {
        imports.macro(fredRates(), null, "percent");
        imports.fundamentals(file("f.csv", "symbol,period_end,ebit,interest_expense,source\nZOMB,2025-09-30,-12.5,30,10-K\n"));
        imports.members(file("m.csv", "index,symbol,from,to,weight,shares\nRUT,AAA,2024-06-28,,0.0012,\n"));
        imports.events(file("e.csv", "timestamp,headline,tags,symbols\n2026-01-21 07:45,\"U-turn, again\",a;b,RUT\n"),
                NEW_YORK);
        imports.instruments(file("i.csv", "symbol,name,kind,aliases,inception,founded\nRUT,Russell 2000,INDEX,"
                + "small caps;the Russell,1987-09-10,\n"));
        imports.bars(file("i.csv.bars", "symbol,timestamp,open,high,low,close,volume\n"
                + "RUT,2026-01-22T12:30:00-05:00,2449.5,2455.25,2448,2454.125,900\n"), BarOptions.defaults());
        imports.bars(BarImportTest.SPX, BarOptions.defaults());
        // close-only bars: their missing open, high, low, adj_close and volume are nulls in Parquet
        imports.bars(file("close-only.csv", "symbol,date,close\nCLOSE,2026-01-02,5\nCLOSE,2026-01-05,5.5\n"),
                BarOptions.defaults());

        MarketStore copy = MarketStore.at(dir.resolve("copy.duckdb"));
        Imports into = new Imports(copy, ImportProgress.NONE, false);
        roundTrip(Tables.MACRO, copy, (imports, file) -> imports.macro(file, null, MacroUnits.NONE), into);
        roundTrip(Tables.FUNDAMENTALS, copy, (imports, file) -> imports.fundamentals(file), into);
        roundTrip(Tables.MEMBERS, copy, (imports, file) -> imports.members(file), into);
        roundTrip(Tables.EVENTS, copy, (imports, file) -> imports.events(file, NEW_YORK), into);
        roundTrip(Tables.INSTRUMENTS, copy, (imports, file) -> imports.instruments(file), into);
        roundTrip(Tables.INTRADAY_BARS, copy, (imports, file) -> imports.bars(file, BarOptions.defaults()), into);
        roundTrip(Tables.DAILY_BARS, copy, (imports, file) -> imports.bars(file,
                new BarOptions(BarFormat.PARQUET, null, OptionalInt.empty(), NEW_YORK)), into);
        assertThat(StoreQueries.rows(copy, "SELECT open, volume FROM daily_bars WHERE symbol = 'CLOSE' LIMIT 1"))
                .containsExactly("null|null");
    }

    private void roundTrip(TableSpec table, MarketStore copy, BiFunction<Imports, Path, ImportReport> importer,
            Imports into) {
        Path parquet = dir.resolve(table.name() + ".parquet");
        long rows = ParquetExport.export(store, table, parquet);
        assertThat(rows).as(table.name()).isPositive();
        assertThat(importer.apply(into, parquet).inserted()).as(table.name()).isEqualTo(rows);
        Path again = dir.resolve(table.name() + "-again.parquet");
        ParquetExport.export(copy, table, again);
        String a = "read_parquet('" + parquet + "')";
        String b = "read_parquet('" + again + "')";
        assertThat(StoreQueries.rows(copy, "SELECT (SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM "
                + b + ")) + (SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))"))
                .as(table.name() + " differs after the round trip").containsExactly("0");
    }
}
