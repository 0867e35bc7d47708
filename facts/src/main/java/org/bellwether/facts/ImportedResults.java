package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results computed elsewhere (the Spark jobs) and imported into the store, answered from only while they were
 * computed from the store's data as they are now (its data generation); empty where the store holds none.
 */
public final class ImportedResults {

    /**
     * The condition on imported results that they were computed from the store's data as they are now: results of
     * an older data generation (or of none known) are not answered from.
     */
    private static final String CURRENT = " AND data_generation = (SELECT generation FROM store_generation)";
    /** The index weight held by the members with data: the results computed elsewhere carry member counts only. */
    private static final double NOT_KNOWN_HERE = Double.NaN;
    private final MarketData data;

    ImportedResults(MarketData data) {
        this.data = data;
    }

    /** The screen of {@code vs} on {@code asOf} imported from results computed elsewhere, if the store holds one. */
    public Optional<Reports.Screen> screen(LocalDate asOf, String vs) {
        List<Reports.ScreenRow> rows = new ArrayList<>();
        String[] source = new String[1];
        data.query("screen_results", "SELECT symbol, return_mtd_pct, return_ytd_pct, volatility_20_pct, beta_60, "
                + "correlation_60, records_ytd, breakout_252, source, stale_since FROM screen_results WHERE as_of = ? AND "
                + "vs = ?" + CURRENT
                + " ORDER BY symbol", List.of(asOf, vs), row -> {
                    rows.add(new Reports.ScreenRow(row.getString(1), MarketData.orNaN(row, 2), MarketData.orNaN(row, 3), MarketData.orNaN(row, 4),
                            MarketData.orNaN(row, 5), MarketData.orNaN(row, 6), row.getInt(7), row.getObject(8) == null ? null
                            : row.getBoolean(8), row.getObject(10, LocalDate.class)));
                    source[0] = row.getString(9);
                });
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Reports.Screen(asOf, vs, rows, source[0]));
    }

    /** The breadth of {@code index} on {@code asOf} imported from results computed elsewhere, if the store holds it. */
    public Optional<Reports.Breadth> breadth(String index, LocalDate asOf) {
        List<Reports.Breadth> found = new ArrayList<>();
        data.query("breadth_results", "SELECT members, with_data, above_50d, above_50d_pct, advancers, decliners, unchanged, "
                + "new_highs, new_lows, net_new_highs FROM breadth_results WHERE index_symbol = ? AND as_of = ?" + CURRENT,
                List.of(index, asOf), row -> found.add(new Reports.Breadth(index, asOf, row.getInt(1), row.getInt(2),
                        NOT_KNOWN_HERE, row.getInt(3), MarketData.orNaN(row, 4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8),
                        row.getInt(9), row.getInt(10))));
        return found.stream().findFirst();
    }

    /**
     * The concentration of {@code index} on {@code asOf} (top {@code topN}, returns from {@code periodStart}) imported
     * from results computed elsewhere, if the store holds it.
     */
    public Optional<Reports.Concentration> concentration(String index, LocalDate asOf, int topN,
            LocalDate periodStart) {
        List<Reports.Concentration> found = new ArrayList<>();
        data.query("concentration_results", "SELECT members, weighting, top_weight_pct, herfindahl, effective_number, "
                + "cap_weighted_return_pct, equal_weighted_return_pct, cap_minus_equal_bp, coalesce(with_data, members) "
                + "FROM concentration_results WHERE index_symbol = ? AND as_of = ? AND top_n = ? AND period_start = ?"
                + CURRENT, List.of(index, asOf, topN, periodStart), row -> found.add(new Reports.Concentration(index,
                        asOf, row.getInt(1), row.getInt(9), NOT_KNOWN_HERE, row.getString(2), topN, MarketData.orNaN(row, 3),
                        MarketData.orNaN(row, 4), MarketData.orNaN(row, 5), periodStart, MarketData.orNaN(row, 6),
                        MarketData.orNaN(row, 7), MarketData.orNaN(row, 8))));
        return found.stream().findFirst();
    }

    /**
     * The company rows of the zombie screen of {@code index} on {@code asOf} imported from results computed elsewhere,
     * by symbol, if the store holds them.
     */
    public Optional<Map<String, Reports.ZombieCompany>> zombies(String index, LocalDate asOf) {
        Map<String, Reports.ZombieCompany> companies = new LinkedHashMap<>();
        data.query("zombie_results", "SELECT symbol, sector, period_end, coverage, zombie, strict, leverage, floating_share, "
                + "market_cap, total_debt, floating_rate_debt, ebit, interest_expense FROM zombie_results WHERE "
                + "index_symbol = ? AND as_of = ?" + CURRENT + " ORDER BY symbol", List.of(index, asOf), row -> companies.put(
                        row.getString(1), new Reports.ZombieCompany(row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class), MarketData.orNaN(row, 4), row.getBoolean(5), row.getObject(6) == null
                        ? null : row.getBoolean(6), MarketData.orNaN(row, 7), MarketData.orNaN(row, 8), MarketData.orNaN(row, 9), MarketData.orNaN(row, 10),
                        MarketData.orNaN(row, 11), MarketData.orNaN(row, 12), MarketData.orNaN(row, 13))));
        return companies.isEmpty() ? Optional.empty() : Optional.of(companies);
    }

    /** {@code symbol}'s statistics against {@code vs} over {@code [from, to]} imported from results, if held. */
    public Optional<Reports.Stats> stats(String symbol, String vs, LocalDate from, LocalDate to) {
        List<Reports.Stats> found = new ArrayList<>();
        data.query("stats_results", "SELECT sessions, volatility_pct, beta, correlation, tracking_error_pct, max_drawdown_pct "
                + "FROM stats_results WHERE symbol = ? AND vs = ? AND from_date = ? AND to_date = ?" + CURRENT,
                List.of(symbol, vs, from, to), row -> found.add(new Reports.Stats(symbol, vs, row.getInt(1),
                        MarketData.orNaN(row, 2), MarketData.orNaN(row, 3), MarketData.orNaN(row, 4), MarketData.orNaN(row, 5), MarketData.orNaN(row, 6),
                        List.of())));
        return found.stream().findFirst();
    }

    /** {@code symbol}'s record closes of {@code year} up to {@code asOf} imported from results, if held (any). */
    public Optional<Reports.Records> records(String symbol, int year, LocalDate asOf) {
        List<Reports.RecordClose> records = new ArrayList<>();
        LocalDate[] historyStart = new LocalDate[1];
        data.query("records_results", "SELECT date, close, history_start FROM records_results WHERE symbol = ? AND year = ? "
                + "AND as_of = ?" + CURRENT + " ORDER BY date", List.of(symbol, year, asOf), row -> {
                    records.add(new Reports.RecordClose(row.getObject(1, LocalDate.class), row.getDouble(2)));
                    historyStart[0] = row.getObject(3, LocalDate.class);
                });
        return records.isEmpty() ? Optional.empty()
                : Optional.of(new Reports.Records(symbol, historyStart[0], records.size(), records, List.of()));
    }

    /**
     * {@code symbol}'s breaks over {@code [from, to]} on {@code interval} ("1d" or "1m") bars imported from results,
     * if held (any).
     */
    public Optional<Reports.Breakouts> breakouts(String symbol, String interval, LocalDate from, LocalDate to) {
        List<Reports.BreakoutRow> rows = new ArrayList<>();
        data.query("breakout_results", "SELECT time, level, direction, touches, held_minutes, volume_ratio, confirmed FROM "
                + "breakout_results WHERE symbol = ? AND interval = ? AND from_date = ? AND to_date = ?" + CURRENT
                + " ORDER BY n",
                List.of(symbol, interval, from, to), row -> rows.add(new Reports.BreakoutRow(row.getString(1),
                        row.getDouble(2), row.getString(3), row.getInt(4), row.getObject(5) == null ? null
                        : row.getDouble(5), MarketData.orNaN(row, 6), row.getBoolean(7), List.of(), List.of())));
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Reports.Breakouts(symbol, rows));
    }
}
