package org.bellwether.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every property the issue plants in the built-in scenario, checked through the engine's own queries where they exist
 * and through SQL on the store otherwise (zombies, macro, events: their engines come with a later release).
 */
class SmallCapBreakoutScenarioTest {

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate JAN_22 = LocalDate.of(2026, 1, 22);

    @TempDir
    static Path dir;

    static MarketStore store;
    static FactsEngine engine;
    static IndexFacts indexFacts;
    static LevelFacts levelFacts;

    @BeforeAll
    static void simulate() throws IOException {
        store = MarketStore.at(dir.resolve("demo.duckdb"));
        Path files = Files.createDirectory(dir.resolve("files"));
        Map<String, Integer> rows = Simulator.write(Scenario.load("small-cap-breakout-2026"), 42, files);
        Simulator.importFolder(new Imports(store, ImportProgress.NONE, false), files, rows);
        MarketData data = new MarketData(store);
        engine = new FactsEngine(data);
        indexFacts = new IndexFacts(data);
        levelFacts = new LevelFacts(data);
    }

    @Test
    void the_closes_are_those_of_the_story_table() {
        Reports.Perf perf = engine.perf(List.of("RUT", "SPX", "NDX"), YEAR_END, JAN_22);
        assertThat(perf.rows()).extracting(Reports.PerfRow::startLevel).containsExactly(2310.45, 5980.12, 21100.30);
        assertThat(perf.rows()).extracting(Reports.PerfRow::endLevel).containsExactly(2512.18, 6120.45, 21350.12);
        assertThat(perf.rows().get(0).returnPct()).isCloseTo(8.73, within(0.005));
        assertThat(perf.relativeBp().get(0).bp()).as("the story's 'nearly 400 bp' is really").isCloseTo(638, within(1.0));
    }

    @Test
    void rut_sets_its_seventh_all_time_record_of_2026_on_january_22() {
        Reports.Records records = engine.records("RUT", 2026, JAN_22);
        assertThat(records.count()).isEqualTo(7);
        assertThat(records.records().get(6).date()).isEqualTo(JAN_22);
        assertThat(engine.isAllTime(records)).as("history from the inception").isTrue();
    }

    @Test
    void rut_s_largest_gain_of_the_period_is_two_percent_on_the_day_of_the_trade_policy_news() {
        Reports.Move largest = engine.moves("RUT", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 23), 0).moves()
                .stream().max(Comparator.comparingDouble(Reports.Move::returnPct)).orElseThrow();
        assertThat(largest.date()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(largest.returnPct()).isCloseTo(2.0, within(1e-9));
        assertThat(StoreQueries.rows(store, "SELECT headline, strftime(ts AT TIME ZONE 'America/New_York', '%H:%M') "
                + "FROM events WHERE list_contains(tags, 'trade-policy') AND CAST(ts AT TIME ZONE 'America/New_York' "
                + "AS DATE) = DATE '2026-01-21'")).containsExactly("Tariff threat on Greenland withdrawn|08:05");
    }

    @Test
    void the_2450_resistance_breaks_at_12_30_after_three_hours_on_twice_the_usual_volume() {
        List<Reports.BreakoutRow> breaks = levelFacts.breakouts("RUT", LocalDate.of(2026, 1, 21),
                LocalDate.of(2026, 1, 21), true).breakouts().stream()
                .filter(row -> Math.abs(row.level() / 2450 - 1) <= 0.005).toList();
        assertThat(breaks).hasSize(1);
        Reports.BreakoutRow row = breaks.get(0);
        assertThat(row.time()).isEqualTo("2026-01-21T12:30:00-05:00");
        assertThat(row.direction()).isEqualTo("up");
        assertThat(row.touches()).isGreaterThanOrEqualTo(3);
        assertThat(row.heldMinutes()).isEqualTo(180.0);
        assertThat(row.volumeRatio()).isGreaterThanOrEqualTo(2.0);
        assertThat(row.confirmed()).isTrue();
    }

    @Test
    void regional_banks_track_small_caps_tick_for_tick_over_the_last_five_sessions() {
        Reports.Correlation correlation = levelFacts.intradayCorrelation("KRX", "RUT", LocalDate.of(2026, 1, 16),
                LocalDate.of(2026, 1, 23));
        assertThat(correlation.correlation()).isGreaterThanOrEqualTo(0.9);
        assertThat(correlation.observations()).isGreaterThan(4 * 389);
    }

    @Test
    void industrials_and_materials_contribute_most_to_rut_s_month_to_date_return() {
        List<Reports.SectorRow> sectors = indexFacts.sectors("RUT", YEAR_END, JAN_22).sectors().stream()
                .sorted(Comparator.comparingDouble(Reports.SectorRow::contributionBp).reversed()).toList();
        assertThat(sectors.subList(0, 2)).extracting(Reports.SectorRow::sector)
                .containsExactly("Industrials", "Materials");
    }

    @Test
    void the_top_five_share_of_spx_falls_through_january_while_equal_weight_beats_cap_weight() {
        double start = indexFacts.concentration("SPX", YEAR_END, 5, null).topWeightPct();
        double middle = indexFacts.concentration("SPX", LocalDate.of(2026, 1, 12), 5, null).topWeightPct();
        Reports.Concentration end = indexFacts.concentration("SPX", JAN_22, 5, YEAR_END);
        assertThat(middle).isLessThan(start);
        assertThat(end.topWeightPct()).isLessThan(middle);
        assertThat(end.equalWeightedReturnPct()).isGreaterThan(end.capWeightedReturnPct());
    }

    @Test
    void about_a_fifth_of_rut_and_under_eight_percent_of_spx_cannot_cover_their_interest() {
        String share = "SELECT round(avg(CASE WHEN f.ebit < f.interest_expense THEN 1.0 ELSE 0.0 END), 4), "
                + "round(sum(f.floating_rate_debt) / sum(f.total_debt), 4) FROM members m JOIN fundamentals f "
                + "ON f.symbol = m.member_symbol AND f.period_end = DATE '2025-09-30' WHERE m.index_symbol = ";
        String[] rut = StoreQueries.rows(store, share + "'RUT'").get(0).split("\\|");
        String[] spx = StoreQueries.rows(store, share + "'SPX'").get(0).split("\\|");
        assertThat(Double.parseDouble(rut[0])).isCloseTo(0.20, within(0.005));
        assertThat(Double.parseDouble(spx[0])).isLessThan(0.08);
        assertThat(Double.parseDouble(rut[1])).as("floating-rate share of debt").isGreaterThan(
                Double.parseDouble(spx[1]) + 0.2);
    }

    @Test
    void two_year_yields_fall_and_high_yield_spreads_tighten_through_january() {
        for (String series : List.of("DGS2", "BAMLH0A0HYM2")) {
            List<String> values = StoreQueries.rows(store, "SELECT value FROM macro WHERE series_id = '" + series
                    + "' AND date IN (DATE '2025-12-31', DATE '2026-01-09', DATE '2026-01-15', DATE '2026-01-22') "
                    + "ORDER BY date");
            List<Double> path = values.stream().map(Double::parseDouble).toList();
            assertThat(path).as(series).hasSize(4).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(path.get(3)).as(series).isLessThan(path.get(0) - 0.2);
        }
    }

    @Test
    void the_q4_gdp_advance_release_is_scheduled_for_january_29() {
        assertThat(StoreQueries.rows(store, "SELECT kind, expected_date FROM events WHERE headline LIKE 'GDP%'"))
                .containsExactly("ECONOMIC_RELEASE|2026-01-29");
    }

    @Test
    void the_indices_carry_their_aliases_inception_and_the_simulated_source() {
        assertThat(StoreQueries.rows(store, "SELECT symbol, inception, source FROM instruments WHERE kind = 'INDEX' "
                + "ORDER BY symbol")).containsExactly(
                "KRX|2024-01-02|simulated: small-cap-breakout-2026 (seed 42)",
                "NDX|2024-01-02|simulated: small-cap-breakout-2026 (seed 42)",
                "RUT|2024-01-02|simulated: small-cap-breakout-2026 (seed 42)",
                "SPX|2024-01-02|simulated: small-cap-breakout-2026 (seed 42)");
        assertThat(StoreQueries.rows(store, "SELECT aliases FROM instruments WHERE symbol = 'RUT'").get(0))
                .contains("small caps", "the Russell 2000");
        assertThat(StoreQueries.rows(store, "SELECT index_symbol, count(*) FROM members GROUP BY 1 ORDER BY 1"))
                .containsExactly("KRX|50", "NDX|100", "RUT|2000", "SPX|500");
    }

    @Test
    void daily_bars_agree_with_their_minutes_and_every_bar_is_consistent() {
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars WHERE NOT (low <= least(open, close) "
                + "AND high >= greatest(open, close) AND low > 0)")).containsExactly("0");
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM intraday_bars WHERE NOT (low <= least(open, close) "
                + "AND high >= greatest(open, close) AND low > 0)")).containsExactly("0");
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM daily_bars d JOIN (SELECT symbol, "
                + "CAST(ts AT TIME ZONE 'America/New_York' AS DATE) AS day, max(high) AS high, min(low) AS low, "
                + "sum(volume) AS volume, arg_max(close, ts) AS close FROM intraday_bars GROUP BY 1, 2) m "
                + "ON d.symbol = m.symbol AND d.date = m.day WHERE d.high <> m.high OR d.low <> m.low "
                + "OR d.volume <> m.volume OR d.close <> m.close")).containsExactly("0");
    }

    @Test
    void minute_volume_is_heavier_at_the_open_and_the_close_than_at_midday() {
        List<String> volumes = StoreQueries.rows(store, "SELECT avg(volume) FILTER (WHERE h = '09:3'), "
                + "avg(volume) FILTER (WHERE h = '12:3'), avg(volume) FILTER (WHERE h = '15:5') FROM (SELECT volume, "
                + "strftime(ts AT TIME ZONE 'America/New_York', '%H:%M')[1:4] AS h FROM intraday_bars "
                + "WHERE symbol = 'SPX')");
        String[] v = volumes.get(0).split("\\|");
        assertThat(Double.parseDouble(v[0])).isGreaterThan(1.5 * Double.parseDouble(v[1]));
        assertThat(Double.parseDouble(v[2])).isGreaterThan(1.5 * Double.parseDouble(v[1]));
    }
}
