package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a store filled by the real importers: the S&P 500 history the project ships, and a hand-made pair
 * of series whose statistics are computed in the test from first principles.
 */
class FactsEngineTest {

    private static final DataSource SOURCE = new DataSource("test", false, 1);

    @TempDir
    static Path dir;

    static FactsEngine engine;

    @BeforeAll
    static void fillStore() throws IOException {
        MarketStore store = RealSpx.store(dir, "facts.duckdb");
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        // A doubles what B does each session, on the sessions both have (A has an extra one, B a holiday gap)
        imports.bars(Files.writeString(dir.resolve("pair.csv"), """
                symbol,date,close
                A,2026-01-02,100
                A,2026-01-05,102
                A,2026-01-06,99.96
                A,2026-01-07,101.9592
                A,2026-01-08,150
                B,2026-01-02,50
                B,2026-01-05,50.5
                B,2026-01-06,50
                B,2026-01-07,50.5
                """), BarOptions.defaults());
        engine = new FactsEngine(new MarketData(store));
    }

    @Test
    void perf_uses_the_as_of_sessions_and_compares_the_first_symbol_with_the_others() {
        Reports.Perf perf = engine.perf(List.of("SPX"), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 22));
        Reports.PerfRow spx = perf.rows().get(0);
        assertThat(spx.endDate()).as("2020-03-22 is a Sunday").isEqualTo(LocalDate.of(2020, 3, 20));
        assertThat(spx.returnPct()).isCloseTo((2304.919922 / 3230.780029 - 1) * 100, within(1e-9));
        assertThatThrownBy(() -> engine.perf(List.of("SPX", "NOPE"), LocalDate.of(2019, 12, 31),
                LocalDate.of(2020, 3, 20))).isInstanceOf(UnknownSymbolException.class).hasMessageContaining("NOPE");
    }

    @Test
    void relative_performance_is_the_difference_of_returns_in_basis_points() {
        Reports.Perf perf = engine.perf(List.of("A", "B"), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 7));
        // A: 101.9592 / 100 - 1 = 1.9592%; B: 50.5 / 50 - 1 = 1%; difference 0.9592% = 95.92 bp
        assertThat(perf.relativeBp().get(0).bp()).isCloseTo(95.92, within(1e-9));
        List<Fact> facts = new Facts(SOURCE).perf(perf);
        assertThat(facts).extracting(Fact::kind).containsExactly(FactKind.PERIOD_RETURN, FactKind.PERIOD_RETURN,
                FactKind.RELATIVE_PERFORMANCE);
        assertThat(facts.get(2).unit()).isEqualTo(Unit.BP);
        assertThat(facts.get(2).end()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(facts.get(2).provenance().inputs()).extracting(Provenance.Input::symbol).containsExactly("A", "B");
        assertThat(facts.get(2).provenance().definition()).startsWith(FactKind.RELATIVE_PERFORMANCE.definition());
    }

    @Test
    void year_to_date_starts_at_the_previous_years_last_close() {
        Reports.Perf perf = engine.perfToDate(List.of("SPX"), ToDate.YEAR, LocalDate.of(2019, 12, 31));
        assertThat(perf.rows().get(0).startDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(perf.rows().get(0).returnPct()).isCloseTo(28.87807019564359, within(1e-9));
    }

    @Test
    void records_count_within_the_year_and_know_the_history_start() {
        Reports.Records records = engine.records("SPX", 2019, null);
        assertThat(records.count()).isEqualTo(35);
        assertThat(records.historyStart()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(engine.isAllTime(records)).as("2019 is more than ten years after 2000").isTrue();
        assertThat(engine.records("SPX", 2019, LocalDate.of(2019, 4, 30)).count()).isEqualTo(4);
        assertThat(engine.isAllTime(engine.records("SPX", 2007, null))).as("2007 is within ten years of 2000")
                .isFalse();
    }

    @Test
    void intraday_records_use_the_session_highs() {
        // 2020-02-13 closed below the record close of 2020-02-12 but traded to a record high of 3,385.09
        Reports.Records highs = engine.records("SPX", 2020, null, true);
        assertThat(highs.records()).extracting(Reports.RecordClose::date).contains(LocalDate.of(2020, 2, 13));
        assertThat(engine.records("SPX", 2020, null).records()).extracting(Reports.RecordClose::date)
                .doesNotContain(LocalDate.of(2020, 2, 13));
        assertThat(highs.records().get(highs.count() - 1).date()).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(highs.records().get(highs.count() - 1).close()).isEqualTo(3393.52002);
    }

    @Test
    void records_moves_and_stats_are_facts_with_provenance() {
        Facts facts = new Facts(SOURCE);
        Reports.Records records2019 = engine.records("SPX", 2019, null);
        Fact records = facts.recordCount(records2019, engine.isAllTime(records2019));
        assertThat(records.kind()).isEqualTo(FactKind.RECORD_HIGH_COUNT);
        assertThat(records.value()).isEqualTo(35);
        assertThat(records.provenance().historyStart()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(records.provenance().definition()).contains("; all-time record closes");
        assertThat(records.provenance().version()).isEqualTo(FactKind.RECORD_HIGH_COUNT.version());
        Reports.Records records2007 = engine.records("SPX", 2007, null);
        assertThat(facts.recordCount(records2007, engine.isAllTime(records2007)).provenance().definition())
                .contains("history too short");
        Reports.Moves march16 = engine.moves("SPX", LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 16), 2);
        assertThat(march16.moves()).singleElement().satisfies(move -> assertThat(facts.sessionReturn("SPX", move)
                .provenance().definition()).contains("-4.70 standard deviations"));
        List<Fact> stats = facts.stats(engine.stats("A", "B", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8));
        assertThat(stats).extracting(Fact::kind).containsExactly(FactKind.VOLATILITY, FactKind.BETA,
                FactKind.CORRELATION, FactKind.TRACKING_ERROR, FactKind.MAX_DRAWDOWN);
    }

    @Test
    void moves_list_k_sigma_sessions_and_every_session_with_k_zero() {
        Reports.Moves march = engine.moves("SPX", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), 4);
        assertThat(march.moves()).extracting(Reports.Move::date).contains(LocalDate.of(2020, 3, 16));
        Reports.Move crash = march.moves().stream().filter(m -> m.date().equals(LocalDate.of(2020, 3, 16)))
                .findFirst().orElseThrow();
        assertThat(crash.returnPct()).isCloseTo(-11.984055248695647, within(1e-9));
        assertThat(crash.sigma()).isCloseTo(2.5489314062103348, within(1e-9));
        assertThat(crash.z()).isCloseTo(-4.701599744699735, within(1e-9));
        assertThat(engine.moves("SPX", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), 0).moves()).hasSize(22);
    }

    @Test
    void stats_join_the_series_on_session_before_taking_returns() {
        Reports.Stats stats = engine.stats("A", "B", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8));
        // common sessions 01-02, 01-05, 01-06, 01-07 (A's 01-08 has no B): 3 returns each
        assertThat(stats.sessions()).isEqualTo(3);
        // B: +1%, -0.990099%, +1%; A: +2%, -2%, +2%. Hand computation of beta = cov / var:
        double[] a = {0.02, 99.96 / 102 - 1, 101.9592 / 99.96 - 1};
        double[] b = {0.01, 50.0 / 50.5 - 1, 0.01};
        double ma = (a[0] + a[1] + a[2]) / 3;
        double mb = (b[0] + b[1] + b[2]) / 3;
        double cov = ((a[0] - ma) * (b[0] - mb) + (a[1] - ma) * (b[1] - mb) + (a[2] - ma) * (b[2] - mb)) / 2;
        double var = ((b[0] - mb) * (b[0] - mb) + (b[1] - mb) * (b[1] - mb) + (b[2] - mb) * (b[2] - mb)) / 2;
        assertThat(stats.beta()).isCloseTo(cov / var, within(1e-12));
        assertThat(stats.maxDrawdownPct()).isCloseTo((99.96 / 102 - 1) * 100, within(1e-12));
        assertThat(engine.correlation("A", "B", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8)).observations())
                .isEqualTo(3);
    }

    @Test
    void the_screen_matches_the_kernels_applied_to_the_full_history() {
        Reports.Screen screen = engine.screen(List.of("SPX"), "SPX", LocalDate.of(2019, 12, 31));
        Reports.ScreenRow row = screen.rows().get(0);
        assertThat(row.returnYtdPct()).isCloseTo(28.87807019564359, within(1e-9));
        assertThat(row.recordsYtd()).isEqualTo(35);
        assertThat(row.beta60()).isCloseTo(1, within(1e-12));
        assertThat(row.correlation60()).isCloseTo(1, within(1e-12));
        assertThat(row.breakout252()).as("2019-12-31 volume was below 1.5x its 50-session average").isFalse();
    }
}
