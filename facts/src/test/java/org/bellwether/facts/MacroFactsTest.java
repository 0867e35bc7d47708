package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bellwether.core.regression.Ols;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.ingest.MacroUnits;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rates, sensitivity and the calendar on a hand-made store, each figure worked out in the test. */
class MacroFactsTest {

    @TempDir
    static Path dir;

    static MacroFacts facts;

    @BeforeAll
    static void fillStore() throws IOException {
        MarketStore store = MarketStore.at(dir.resolve("macro.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        // DGS2 has no value on 2026-01-07 (a missing day); the index has no bar on 2026-01-09
        imports.macro(Files.writeString(dir.resolve("rates.csv"), """
                series_id,date,value,unit
                DGS2,2025-12-30,4.30,percent
                DGS2,2025-12-31,4.26,percent
                DGS2,2026-01-02,4.25,percent
                DGS2,2026-01-05,4.20,percent
                DGS2,2026-01-06,4.22,percent
                DGS2,2026-01-08,4.10,percent
                DGS2,2026-01-09,4.05,percent
                BAMLH0A0HYM2,2025-12-31,3.05,percent
                BAMLH0A0HYM2,2026-01-09,2.97,percent
                CPI,2025-12-31,320.1,index
                CPI,2026-01-09,321.0,index
                """), null, MacroUnits.NONE);
        imports.bars(Files.writeString(dir.resolve("idx.csv"), """
                symbol,date,close
                IDX,2025-12-31,100
                IDX,2026-01-02,101
                IDX,2026-01-05,103
                IDX,2026-01-06,102
                IDX,2026-01-07,104
                IDX,2026-01-08,106
                """), BarOptions.defaults());
        imports.events(Files.writeString(dir.resolve("events.csv"), """
                timestamp,headline,kind,tags,expected_date
                2026-01-09T08:30:00,Payrolls,ECONOMIC_RELEASE,jobs,2026-01-09
                2026-01-21T08:05:00,Tariff threat withdrawn,NEWS,trade-policy,
                2026-01-29T08:30:00,GDP advance,ECONOMIC_RELEASE,gdp,2026-01-29
                """), ZoneId.of("America/New_York"));
        facts = new MacroFacts(new MarketData(store));
    }

    @Test
    void rates_change_in_basis_points_against_the_as_of_levels_of_each_base_date() {
        Reports.Rates rates = facts.rates(LocalDate.of(2026, 1, 9));
        Reports.RateRow dgs2 = rates.series().stream().filter(row -> row.series().equals("DGS2")).findFirst()
                .orElseThrow();
        assertThat(dgs2.level()).isEqualTo(4.05);
        assertThat(dgs2.change_1dBp()).as("4.05 - 4.10").isEqualTo(-5);
        assertThat(dgs2.change_1wBp()).as("against 2026-01-02, 4.25").isEqualTo(-20);
        assertThat(dgs2.changeMtdBp()).as("against 2025-12-31, 4.26").isEqualTo(-21);
        assertThat(dgs2.changeYtdBp()).isEqualTo(-21);
        assertThat(dgs2.spreadMove()).as("not a credit spread").isNull();
        Reports.RateRow spread = rates.series().get(0);
        assertThat(spread.series()).isEqualTo("BAMLH0A0HYM2");
        assertThat(spread.changeMtdBp()).isEqualTo(-8);
        assertThat(spread.spreadMove()).isEqualTo("tightening");
        Reports.RateRow cpi = rates.series().get(1);
        assertThat(cpi.level()).isEqualTo(321.0);
        assertThat(cpi.changeMtdBp()).as("not in percent: no basis points").isNaN();
        Reports.Rates early = facts.rates(LocalDate.of(2026, 1, 7));
        assertThat(early.series().stream().filter(row -> row.series().equals("DGS2")).findFirst().orElseThrow()
                .date()).as("as of the last observation").isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void sensitivity_regresses_returns_on_changes_over_the_dates_both_have() {
        // common dates: 12-31, 01-02, 01-05, 01-06, 01-08 (no DGS2 on 01-07, no IDX on 01-09)
        double[] changesBp = {(4.25 - 4.26) * 100, (4.20 - 4.25) * 100, (4.22 - 4.20) * 100, (4.10 - 4.22) * 100};
        double[] returnsPct = {1.0, (103.0 / 101 - 1) * 100, (102.0 / 103 - 1) * 100, (106.0 / 102 - 1) * 100};
        Ols expected = Ols.fit(changesBp, returnsPct);
        Reports.Sensitivity fit = facts.sensitivity("IDX", "DGS2", LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 31), 3);
        assertThat(fit.observations()).isEqualTo(4);
        assertThat(fit.from()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(fit.to()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(fit.slopePctPer_100bp()).isCloseTo(expected.slope() * 100, within(1e-9));
        assertThat(fit.slopePctPer_100bp()).as("yields down, index up").isNegative();
        assertThat(fit.tStat()).isCloseTo(expected.tStat(), within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(expected.rSquared(), within(1e-12));
        assertThat(fit.rolling()).hasSize(2);
        assertThat(fit.rolling().get(1).date()).isEqualTo(LocalDate.of(2026, 1, 8));
        Ols lastWindow = Ols.fit(java.util.Arrays.copyOfRange(changesBp, 1, 4),
                java.util.Arrays.copyOfRange(returnsPct, 1, 4));
        assertThat(fit.rolling().get(1).slopePctPer_100bp()).isCloseTo(lastWindow.slope() * 100, within(1e-9));
        assertThatThrownBy(() -> facts.sensitivity("IDX", "DGS5", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 9),
                0)).hasMessageContaining("no macro series DGS5");
    }

    @Test
    void the_calendar_lists_the_range_and_the_next_scheduled_release_after_the_as_of_date() {
        Reports.Calendar calendar = facts.calendar(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 22));
        assertThat(calendar.events()).extracting(Reports.CalendarEvent::headline)
                .containsExactly("Payrolls", "Tariff threat withdrawn", "GDP advance");
        assertThat(calendar.events().get(1).time()).isEqualTo("2026-01-21T08:05:00-05:00");
        assertThat(calendar.nextCatalyst().headline()).isEqualTo("GDP advance");
        assertThat(calendar.nextCatalyst().expectedDate()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(facts.calendar(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))
                .nextCatalyst().headline()).as("news is not a scheduled release").isEqualTo("Payrolls");
        assertThat(facts.calendar(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 5))
                .nextCatalyst()).isNull();
    }
}
