package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.Reports;
import org.bellwether.report.DemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replaying the demo store bar by bar fires exactly the facts the batch engine computes over the same range: every
 * breakout and breakdown (1-minute and daily) with its level, touches, held time and volume ratio, every record close,
 * every large move with its z-score, and relative performance to the basis point.
 */
class StreamingEqualsBatchTest {

    static final LocalDate FROM = LocalDate.of(2025, 11, 3);
    static final LocalDate TO = LocalDate.of(2026, 1, 23);
    static List<Alert> alerts;

    @BeforeAll
    static void replay() throws Exception {
        alerts = DemoReplayTest.replay(RuleFile.parse("""
                rules:
                  - {id: up-1m, type: breakout, symbols: [RUT, KRX], interval: 1m}
                  - {id: down-1m, type: breakdown, symbols: [RUT, KRX], interval: 1m}
                  - {id: up-1d, type: breakout, symbols: [RUT, SPX]}
                  - {id: down-1d, type: breakdown, symbols: [RUT, SPX]}
                  - {id: records, type: record_high, symbols: [RUT, SPX, NDX]}
                  - {id: moves, type: move, symbols: [RUT, SPX], k: 1}
                  - {id: lead, type: relative, symbols: [RUT], vs: SPX, period: mtd, above_bp: 600}
                """, "test.yaml"), FROM, TO);
    }

    private static List<Alert> of(String rule, String symbol) {
        return alerts.stream().filter(a -> a.rule().equals(rule) && symbol.equals(a.symbol())).toList();
    }

    @Test
    void breakouts_equal_the_batch_breakouts() {
        LevelFacts levels = new LevelFacts(DemoStore.data());
        for (String symbol : List.of("RUT", "KRX")) {
            List<String> batch = levels.breakouts(symbol, FROM, TO, true).breakouts().stream()
                    .map(b -> b.time() + " " + b.direction() + " " + b.level() + " " + b.touches() + " " + b.heldMinutes()
                            + " " + b.volumeRatio()).toList();
            List<String> streamed = alerts.stream().filter(a -> symbol.equals(a.symbol())
                    && (a.rule().equals("up-1m") || a.rule().equals("down-1m"))).map(a -> a.at().atZone(
                            NyseCalendar.INSTANCE.zone()).toOffsetDateTime() + " " + a.facts().get("direction") + " "
                            + a.facts().get("level") + " " + a.facts().get("touches") + " "
                            + a.facts().get("held_minutes") + " " + a.facts().get("volume_ratio")).toList();
            assertThat(batch).as(symbol).hasSizeGreaterThan(5);
            assertThat(streamed).as(symbol).isEqualTo(batch.stream().map(s -> s.replace(":00-05:00", "-05:00"))
                    .toList());
        }
        for (String symbol : List.of("RUT", "SPX")) {
            List<String> batch = levels.breakouts(symbol, FROM, TO, false).breakouts().stream()
                    .map(b -> b.time() + " " + b.level() + " " + b.touches() + " " + b.volumeRatio()).toList();
            List<String> streamed = alerts.stream().filter(a -> symbol.equals(a.symbol())
                    && (a.rule().equals("up-1d") || a.rule().equals("down-1d"))).map(a -> a.session() + " "
                            + a.facts().get("level") + " " + a.facts().get("touches") + " "
                            + a.facts().get("volume_ratio")).toList();
            assertThat(streamed).as(symbol).isEqualTo(batch);
        }
    }

    @Test
    void record_closes_equal_the_batch_records() {
        FactsEngine engine = new FactsEngine(DemoStore.data());
        for (String symbol : List.of("RUT", "SPX", "NDX")) {
            Reports.Records records = engine.records(symbol, null, TO);
            LocalDate inception = DemoStore.data().reference().inception(symbol).orElse(null);
            List<String> batch = records.records().stream().filter(r -> !r.date().isBefore(FROM))
                    .filter(r -> RecordHighs.isAllTime(records.historyStart(), inception, r.date()))
                    .map(r -> r.date() + " " + r.close()).toList();
            List<String> streamed = of("records", symbol).stream().map(a -> a.session() + " " + a.facts().get("close"))
                    .toList();
            assertThat(streamed).as(symbol).isEqualTo(batch);
        }
        assertThat(of("records", "RUT").getLast().note()).isEqualTo("RUT closed at a record 2,512.18 on 2026-01-22, "
                + "its seventh record close of 2026.");
    }

    @Test
    void large_moves_equal_the_batch_moves() {
        FactsEngine engine = new FactsEngine(DemoStore.data());
        for (String symbol : List.of("RUT", "SPX")) {
            List<Reports.Move> batch = engine.moves(symbol, FROM, TO, 1).moves();
            List<Alert> streamed = of("moves", symbol);
            assertThat(streamed).as(symbol).hasSameSizeAs(batch).isNotEmpty();
            for (int i = 0; i < batch.size(); i++) {
                assertThat(streamed.get(i).session()).isEqualTo(batch.get(i).date());
                assertThat(streamed.get(i).facts().get("z")).isEqualTo(batch.get(i).z());
                assertThat(streamed.get(i).facts().get("return_pct")).isEqualTo(batch.get(i).returnPct());
            }
        }
    }

    @Test
    void relative_performance_equals_the_batch_spread() {
        Alert lead = of("lead", "RUT").getLast();
        assertThat(lead.session()).isEqualTo(LocalDate.of(2026, 1, 22));
        Reports.Perf perf = new FactsEngine(DemoStore.data()).perfToDate(List.of("RUT", "SPX"), ToDate.MONTH,
                LocalDate.of(2026, 1, 22));
        assertThat(lead.facts().get("relative_bp")).isEqualTo(perf.relativeBp().getFirst().bp());
        assertThat(lead.note()).contains("638 basis points month to date");
    }
}
