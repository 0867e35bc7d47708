package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fact whose figure met a hole lists it in its provenance, on the real S&P 500 with March 2010 cut out. */
class ProvenanceHolesTest {

    @TempDir
    static Path dir;

    static MarketData data;

    @BeforeAll
    static void fillStore() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/real/SPX.csv"));
        StringBuilder csv = new StringBuilder("symbol,date,close\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            csv.append("FULL,").append(f[0]).append(',').append(f[4]).append('\n');
            if (!f[0].startsWith("2010-03")) {
                csv.append("CUT,").append(f[0]).append(',').append(f[4]).append('\n');
            }
        }
        MarketStore store = MarketStore.at(dir.resolve("holes.duckdb"));
        new Imports(store, ImportProgress.NONE, false).bars(Files.writeString(dir.resolve("bars.csv"), csv),
                BarOptions.defaults());
        data = new MarketData(store);
    }

    @Test
    void statistics_over_a_period_with_a_hole_name_it_in_each_fact() {
        Reports.Stats stats = new FactsEngine(data).stats("CUT", "FULL", LocalDate.of(2010, 1, 4),
                LocalDate.of(2010, 6, 30));
        List<Fact> facts = Facts.of(data).stats(stats, LocalDate.of(2010, 1, 4), LocalDate.of(2010, 6, 30));
        assertThat(facts).isNotEmpty().allSatisfy(fact -> assertThat(fact.provenance().holes()).singleElement()
                .satisfies(hole -> {
                    assertThat(hole.symbol()).isEqualTo("CUT");
                    assertThat(hole.from()).isEqualTo(LocalDate.of(2010, 3, 1));
                    assertThat(hole.to()).isEqualTo(LocalDate.of(2010, 3, 31));
                    assertThat(hole.sessions()).as("NYSE sessions in March 2010").isEqualTo(23);
                }));
    }

    @Test
    void a_fact_that_met_no_hole_lists_none() {
        Reports.Stats stats = new FactsEngine(data).stats("CUT", "FULL", LocalDate.of(2011, 1, 3),
                LocalDate.of(2011, 6, 30));
        assertThat(Facts.of(data).stats(stats, LocalDate.of(2011, 1, 3), LocalDate.of(2011, 6, 30)))
                .allSatisfy(fact -> assertThat(fact.provenance().holes()).isEmpty());
    }

    @Test
    void a_period_return_across_a_hole_names_it_and_a_relative_return_names_its_side() {
        Reports.Perf perf = new FactsEngine(data).perf(List.of("CUT", "FULL"), LocalDate.of(2010, 2, 26),
                LocalDate.of(2010, 4, 30));
        assertThat(perf.rows().get(0).returnPct()).as("level to level, the same as the whole series")
                .isEqualTo(perf.rows().get(1).returnPct());
        List<Fact> facts = Facts.of(data).perf(perf);
        assertThat(facts).extracting(fact -> fact.provenance().holes().stream().map(Reports.Gap::symbol).toList())
                .containsExactly(List.of("CUT"), List.of(), List.of("CUT"));
        Reports.Perf before = new FactsEngine(data).perf(List.of("CUT"), LocalDate.of(2010, 1, 4),
                LocalDate.of(2010, 2, 26));
        assertThat(before.rows().get(0).holes()).as("a hole after the end is not met").isEmpty();
    }

    @Test
    void a_record_count_after_a_hole_names_it() {
        Reports.Records records = new FactsEngine(data).records("CUT", 2010, LocalDate.of(2010, 12, 31));
        Fact count = Facts.of(data).recordCount(records, false);
        assertThat(count.provenance().holes()).extracting(Reports.Gap::from).containsExactly(LocalDate.of(2010, 3, 1));
    }
}
