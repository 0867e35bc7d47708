package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.facts.MarketData;
import org.bellwether.report.DemoStore;
import org.junit.jupiter.api.Test;

/** The shipped demo rules replayed over the demo market, January 2026. */
class DemoReplayTest {

    static List<Alert> replay(List<Rule> rules, LocalDate from, LocalDate to) throws Exception {
        MarketData data = DemoStore.data();
        AlertEngine engine = AlertEngine.forStore(rules, data, to);
        ReplaySource source = ReplaySource.forEngine(data, engine, from, to, 0);
        List<Alert> alerts = new ArrayList<>();
        source.run(event -> alerts.addAll(engine.on(event)));
        return alerts;
    }

    @Test
    void the_demo_rules_fire_the_story() throws Exception {
        List<Alert> alerts = replay(RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml")),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 23));
        Alert breakout = only(alerts, "small-caps-confirmed-breakout");
        assertThat(breakout.at()).isEqualTo(Instant.parse("2026-01-21T17:30:00Z")); // 12:30 ET
        assertThat(breakout.severity()).isEqualTo("critical");
        assertThat((double) breakout.facts().get("level")).isCloseTo(2450, within(0.5));
        assertThat(breakout.facts().get("held_minutes")).isEqualTo(180.0);
        assertThat((double) breakout.facts().get("volume_ratio")).isCloseTo(2.37, within(0.005));
        assertThat(breakout.note()).isEqualTo("RUT broke 2,450 resistance at 12:30 ET on 2026-01-21, three hours into "
                + "the session, on 2.4 times its usual volume for that time of day. The level had four touches.");
        Alert move = of(alerts, "index-large-move").getFirst();
        assertThat(move.session()).as("the +2% session").isEqualTo(breakout.session());
        assertThat((double) move.facts().get("return_pct")).isCloseTo(2.00, within(0.005));
        assertThat(of(alerts, "small-caps-record-close")).extracting(Alert::session).extracting(LocalDate::toString)
                .containsExactly("2026-01-02", "2026-01-05", "2026-01-07", "2026-01-08", "2026-01-12", "2026-01-21",
                        "2026-01-22");
        Alert surge = only(alerts, "small-caps-volume-surge");
        assertThat(surge.session()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat((double) surge.facts().get("volume_ratio")).isGreaterThanOrEqualTo(2.0);
        assertThat(only(alerts, "small-caps-lead-large-caps").session()).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(of(alerts, "trade-policy-news")).extracting(Alert::note).last().asString()
                .contains("Tariff threat on Greenland withdrawn");
        assertThat(of(alerts, "high-yield-spread-tightening")).isNotEmpty().allSatisfy(a ->
                assertThat((double) a.facts().get("change_bp")).isLessThanOrEqualTo(-10));
        assertThat(alerts).extracting(Alert::key).doesNotHaveDuplicates();
        assertThat(alerts).extracting(Alert::at).isSorted();
    }

    @Test
    void a_replay_fires_nothing_before_its_first_day() throws Exception {
        List<Alert> alerts = replay(RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml")),
                LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 21));
        assertThat(alerts).isNotEmpty().allSatisfy(a -> assertThat(a.session()).isEqualTo(LocalDate.of(2026, 1, 21)));
        assertThat(of(alerts, "small-caps-confirmed-breakout")).hasSize(1);
    }

    @Test
    void cooldown_keeps_a_rule_quiet() throws Exception {
        List<Alert> alerts = replay(RuleFile.parse("""
                rules:
                  - {id: records, type: record_high, symbols: [RUT], cooldown: 3d}
                """, "cooldown.yaml"), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 23));
        // records on 01-02, 01-05, 01-07, 01-08, 01-12, 01-21, 01-22: within 3 days of the last firing is quiet
        assertThat(alerts).extracting(a -> a.session().toString()).containsExactly("2026-01-02", "2026-01-05",
                "2026-01-08", "2026-01-12", "2026-01-21");
    }

    private static List<Alert> of(List<Alert> alerts, String rule) {
        return alerts.stream().filter(a -> a.rule().equals(rule)).toList();
    }

    private static Alert only(List<Alert> alerts, String rule) {
        List<Alert> found = of(alerts, rule);
        assertThat(found).as(rule).hasSize(1);
        return found.getFirst();
    }
}
