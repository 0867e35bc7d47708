package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zombie screen on a hand-made index whose members cover each case of the definition. */
class BalanceSheetFactsTest {

    @TempDir
    static Path dir;

    static BalanceSheetFacts facts;

    @BeforeAll
    static void fillStore() throws IOException {
        MarketStore store = MarketStore.at(dir.resolve("zombies.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.members(Files.writeString(dir.resolve("members.csv"), """
                index,symbol,from,to
                IDX,OLD,2020-01-01,
                IDX,YOUNG,2020-01-01,
                IDX,FINE,2020-01-01,
                IDX,NODEBT,2020-01-01,
                IDX,LOSS,2020-01-01,
                IDX,STALE,2020-01-01,
                IDX,NONE,2020-01-01,
                IDX,GONE,2020-01-01,2025-06-30
                IDX,EDGE,2020-01-01,
                """));
        imports.instruments(Files.writeString(dir.resolve("instruments.csv"), """
                symbol,sector,founded
                OLD,Industrials,1990
                YOUNG,Industrials,2020
                FINE,Industrials,1980
                NODEBT,Health Care,2000
                LOSS,Health Care,2001
                STALE,Health Care,1999
                EDGE,Materials,2000
                """));
        imports.fundamentals(Files.writeString(dir.resolve("fundamentals.csv"), """
                symbol,period_end,fiscal_months,ebit,ebitda,interest_expense,total_debt,floating_rate_debt,market_cap
                OLD,2023-09-30,12,5,8,10,100,50,400
                OLD,2024-09-30,12,6,9,10,100,50,400
                OLD,2025-09-30,12,7,10,10,100,50,400
                OLD,2025-06-30,3,1,2,3,100,50,400
                YOUNG,2023-09-30,12,5,8,10,100,80,100
                YOUNG,2024-09-30,12,6,9,10,100,80,100
                YOUNG,2025-09-30,12,7,10,10,100,80,100
                FINE,2025-09-30,12,50,60,10,200,20,600
                NODEBT,2025-09-30,12,30,35,0,0,0,300
                LOSS,2024-12-31,12,-5,1,2,40,10,50
                STALE,2024-06-30,12,1,2,10,40,10,50
                GONE,2025-09-30,12,1,2,10,40,10,50
                EDGE,2025-09-30,12,10.5,12,10,100,80,200
                """));
        facts = new BalanceSheetFacts(new MarketData(store));
    }

    @Test
    void each_case_of_the_definition() {
        Reports.Zombies screen = facts.zombies("IDX", LocalDate.of(2026, 1, 22));
        assertThat(screen.members()).as("GONE left the index in 2025").isEqualTo(8);
        assertThat(screen.withData()).as("STALE's year is older than 15 months; NONE has none").isEqualTo(6);
        Map<String, Reports.ZombieCompany> bySymbol = screen.companies().stream()
                .collect(Collectors.toMap(Reports.ZombieCompany::symbol, company -> company));
        assertThat(bySymbol.get("OLD").coverage()).isEqualTo(0.7);
        assertThat(bySymbol.get("OLD").zombie()).isTrue();
        assertThat(bySymbol.get("OLD").strict()).as("three years below 1, 36 years old; the quarter is ignored")
                .isTrue();
        assertThat(bySymbol.get("YOUNG").strict()).as("six years old").isFalse();
        assertThat(bySymbol.get("FINE").zombie()).isFalse();
        assertThat(bySymbol.get("NODEBT").coverage()).as("no interest to cover").isNaN();
        assertThat(bySymbol.get("NODEBT").zombie()).isFalse();
        assertThat(bySymbol.get("LOSS").coverage()).isEqualTo(-2.5);
        assertThat(bySymbol.get("LOSS").zombie()).isTrue();
        assertThat(bySymbol.get("LOSS").strict()).as("one year known").isNull();
        assertThat(bySymbol.get("EDGE").coverage()).isEqualTo(1.05);
        assertThat(screen.zombies()).isEqualTo(3);
        assertThat(screen.sharePct()).isCloseTo(50, within(1e-12));
        assertThat(screen.strictZombies()).isEqualTo(1);
        assertThat(screen.strictSharePct()).as("1 of the 6 with data").isCloseTo(100.0 / 6, within(1e-12));
        assertThat(screen.strictUndetermined()).as("LOSS: one year known").isEqualTo(1);
        assertThat(screen.bySector()).extracting(Reports.ZombieSector::sector)
                .containsExactly("Health Care", "Industrials", "Materials", "Unknown");
        assertThat(screen.bySector().get(1).sharePct()).as("OLD and YOUNG of 3").isCloseTo(200.0 / 3, within(1e-9));
        // floating-rate debt 50 + 80 + 20 + 0 + 10 + 80 of debt 100 + 100 + 200 + 0 + 40 + 100
        assertThat(screen.aggregates().get("floating_share_of_debt_pct")).isCloseTo(100.0 * 240 / 540, within(1e-9));
        // debt/EBITDA 10, 10, 200/60, 0 (no debt), 40/1, 100/12; cap-weighted by 400, 100, 600, 300, 50, 200
        double capWeighted = (10 * 400 + 10 * 100 + 200.0 / 60 * 600 + 0 * 300 + 40 * 50 + 100.0 / 12 * 200) / 1650.0;
        assertThat(screen.aggregates().get("leverage_cap_weighted")).isCloseTo(capWeighted, within(1e-9));
    }

    @Test
    void a_rate_shock_raises_interest_on_floating_debt_and_a_tariff_cuts_ebit_by_the_input_cost_share() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        // +100 bp: EDGE pays 10 + 80 x 1% = 10.8 on EBIT 10.5 -> 0.97, a zombie; FINE 50 / (10 + 0.2) stays covered
        Reports.WhatIf rates = facts.whatIf("IDX", asOf, 100, Map.of());
        assertThat(rates.zombiesBefore()).isEqualTo(3);
        assertThat(rates.zombiesAfter()).isEqualTo(4);
        assertThat(rates.withoutFloatingRateData()).as("every company here reports it").isZero();
        assertThat(rates.bySector()).filteredOn(row -> row.sector().equals("Materials")).singleElement()
                .satisfies(row -> assertThat(row.shareAfterPct()).isEqualTo(100));
        // a 25% tariff on materials: EBIT 10.5 - 0.30 x 25% x 10.5 = 9.7125 against interest 10: a zombie
        Reports.WhatIf tariff = facts.whatIf("IDX", asOf, 0, Map.of("Materials", 25.0));
        assertThat(tariff.zombiesAfter()).isEqualTo(4);
        assertThat(tariff.inputCostShares()).containsEntry("Materials", 0.30);
        // -50 bp helps nobody across the line here: OLD 7 / (10 - 0.25) = 0.72
        assertThat(facts.whatIf("IDX", asOf, -50, Map.of()).zombiesAfter()).isEqualTo(3);
    }
}
