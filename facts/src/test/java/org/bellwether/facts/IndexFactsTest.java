package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.model.Member;
import org.bellwether.core.series.DailySeries;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breadth and concentration of a four-member index over 300 sessions: UP rises 1 a session, DOWN falls 0.1, FLAT
 * stays, LATE joined only on the last session; OUT left before it. Expected values are worked out in each test.
 */
class IndexFactsTest {

    @TempDir
    static Path dir;

    static IndexFacts facts;
    static List<LocalDate> sessions;

    @BeforeAll
    static void fillStore() throws IOException {
        sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 12, 31));
        sessions = sessions.subList(sessions.size() - 300, sessions.size());
        StringBuilder bars = new StringBuilder("symbol,date,close\n");
        for (int i = 0; i < sessions.size(); i++) {
            bars.append("UP,").append(sessions.get(i)).append(',').append(100 + i).append('\n');
            bars.append("DOWN,").append(sessions.get(i)).append(',').append(100 - i * 0.1).append('\n');
            bars.append("FLAT,").append(sessions.get(i)).append(",50\n");
            bars.append("OUT,").append(sessions.get(i)).append(",10\n");
        }
        bars.append("LATE,").append(sessions.get(299)).append(",20\n");
        MarketStore store = MarketStore.at(dir.resolve("index.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("bars.csv"), bars), BarOptions.defaults());
        LocalDate last = sessions.get(299);
        imports.instruments(Files.writeString(dir.resolve("instruments.csv"), "symbol,sector\nUP,Information Technology\n"
                + "DOWN,Financials\nFLAT,Financials\n"));
        imports.members(Files.writeString(dir.resolve("members.csv"), "index,symbol,from,to,shares\n"
                + "IDX,UP,2020-01-01,,10\nIDX,DOWN,2020-01-01,,10\nIDX,FLAT,2020-01-01,,20\n"
                + "IDX,LATE," + last + ",,5\nIDX,OUT,2020-01-01," + sessions.get(298) + ",1000\n"));
        facts = new IndexFacts(new MarketData(store));
    }

    @Test
    void breadth_counts_point_in_time_members_with_enough_history() {
        Reports.Breadth breadth = facts.breadth("IDX", sessions.get(299));
        assertThat(breadth.members()).as("OUT left the session before").isEqualTo(4);
        assertThat(breadth.withData()).isEqualTo(4);
        // UP is above its average (399 > mean of 350..399); DOWN and FLAT are not; LATE has one close: unknown
        assertThat(breadth.above50d()).isEqualTo(1);
        assertThat(breadth.above50dPct()).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(breadth.advancers()).isEqualTo(1);
        assertThat(breadth.decliners()).isEqualTo(1);
        assertThat(breadth.unchanged()).isEqualTo(1);
        assertThat(breadth.newHighs()).isEqualTo(1);
        assertThat(breadth.newLows()).isEqualTo(1);
        assertThat(breadth.netNewHighs()).isZero();
        assertThat(new Facts(new DataSource("test", false, 1)).breadth(breadth))
                .extracting(Fact::kind).containsExactly(FactKind.SHARE_ABOVE_50D,
                FactKind.ADVANCERS_MINUS_DECLINERS, FactKind.NET_NEW_HIGHS);
    }

    @Test
    void concentration_weights_by_shares_times_close() {
        LocalDate last = sessions.get(299);
        Reports.Concentration c = facts.concentration("IDX", last, 1, sessions.get(200));
        // caps: UP 10 x 399 = 3990, DOWN 10 x 70.1 = 701, FLAT 20 x 50 = 1000, LATE 5 x 20 = 100; total 5791
        double total = 3990 + 701 + 1000 + 100;
        assertThat(c.weighting()).isEqualTo("shares x close");
        assertThat(c.topN()).isEqualTo(1);
        assertThat(c.topWeightPct()).isCloseTo(3990 / total * 100, within(1e-9));
        double herfindahl = (3990 * 3990 + 701 * 701 + 1000 * 1000 + 100 * 100) / (total * total);
        assertThat(c.herfindahl()).isCloseTo(herfindahl, within(1e-12));
        // returns since session 200 (LATE has no close then): UP 399/300 - 1, DOWN 70.1/80 - 1, FLAT 0
        double up = 399.0 / 300 - 1;
        double down = 70.1 / 80 - 1;
        double capStart = 3000 + 800 + 1000;
        assertThat(c.capWeightedReturnPct()).isCloseTo((3000 * up + 800 * down) / capStart * 100, within(1e-9));
        assertThat(c.equalWeightedReturnPct()).isCloseTo((up + down) / 3 * 100, within(1e-9));
        assertThat(c.capMinusEqualBp()).isCloseTo((c.capWeightedReturnPct() - c.equalWeightedReturnPct()) * 100,
                within(1e-9));
    }

    @Test
    void sector_contributions_add_up_to_the_cap_weighted_return() {
        Reports.Sectors sectors = facts.sectors("IDX", sessions.get(200), sessions.get(299));
        // start caps: UP 3000 (IT), DOWN 800 + FLAT 1000 (Financials); LATE has no close at the start
        double up = 399.0 / 300 - 1;
        double down = 70.1 / 80 - 1;
        Reports.SectorRow it = sectors.sectors().get(0);
        assertThat(it.sector()).isEqualTo("Information Technology");
        assertThat(it.weightPct()).isCloseTo(3000.0 / 4800 * 100, within(1e-9));
        assertThat(it.contributionBp()).isCloseTo(3000.0 / 4800 * up * 10_000, within(1e-9));
        Reports.SectorRow financials = sectors.sectors().get(1);
        assertThat(financials.members()).isEqualTo(2);
        assertThat(financials.returnPct()).isCloseTo(800 * down / 1800 * 100, within(1e-9));
        assertThat(sectors.indexReturnPct() * 100).isCloseTo(it.contributionBp() + financials.contributionBp(),
                within(1e-9));
        assertThat(new Facts(new DataSource("test", false, 1)).sectors(sectors)).hasSize(2)
                .allSatisfy(fact -> assertThat(fact.unit()).isEqualTo(Unit.BP));
    }

    @Test
    void sector_levels_hold_the_members_from_the_start_at_their_weights() {
        Map<String, DailySeries> levels = facts.sectorLevels("IDX", sessions.get(200), sessions.get(299));
        assertThat(levels).containsOnlyKeys("Financials", "Information Technology");
        DailySeries it = levels.get("Information Technology");
        DailySeries financials = levels.get("Financials");
        assertThat(it.size()).isEqualTo(100);
        assertThat(it.date(0)).isEqualTo(sessions.get(200));
        for (int k = 0; k < 100; k++) {
            // UP closes 300 + k; DOWN 80 - 0.1k (weight 10 x 80 = 800) and FLAT 50 (weight 20 x 50 = 1000)
            assertThat(it.close(k)).isCloseTo(100 * (300.0 + k) / 300, within(1e-9));
            assertThat(financials.close(k)).isCloseTo(100 * (800 * (80 - 0.1 * k) / 80 + 1000) / 1800, within(1e-9));
        }
        Reports.Sectors sectors = facts.sectors("IDX", sessions.get(200), sessions.get(299));
        assertThat(financials.close(99) - 100).isCloseTo(sectors.sectors().get(1).returnPct(), within(1e-9));
    }

    @Test
    void an_index_without_members_that_day_is_named() {
        assertThatThrownBy(() -> facts.breadth("IDX", LocalDate.of(2019, 1, 2)))
                .hasMessageContaining("no members of IDX on 2019-01-02");
    }

    @Test
    void nineteen_of_twenty_members_are_partial_when_the_missing_one_holds_half_the_weight() {
        List<Member> members = new ArrayList<>(List.of(new Member("BIG", 19, Double.NaN)));
        Set<String> withData = new HashSet<>();
        for (int i = 0; i < 19; i++) {
            members.add(new Member("M" + i, 1, Double.NaN));
            withData.add("M" + i);
        }
        double weightPct = IndexFacts.weightWithDataPct(members, withData);
        assertThat(weightPct).as("19 of 38").isCloseTo(50, within(1e-12));
        Reports.Breadth breadth = IndexFacts.breadth("IDX", sessions.get(299), 20, weightPct, List.of());
        assertThat(breadth.partial()).as("95% of the members, 50% of the weight").isTrue();
        assertThat(breadth.coverage()).isEqualTo("0 of the 20 members (50.0% of the index weight)");
        withData.add("BIG");
        withData.remove("M0");
        assertThat(IndexFacts.breadth("IDX", sessions.get(299), 20, IndexFacts.weightWithDataPct(members, withData),
                List.of()).weightWithDataPct()).isCloseTo(100 * 37.0 / 38, within(1e-12));
        members.set(1, new Member("M0", Double.NaN, 100));
        assertThat(IndexFacts.weightWithDataPct(members, withData)).as("a member without a weight: unknown").isNaN();
    }
}
