package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.facts.MarketData;
import org.bellwether.report.DemoStore;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay that dies in the middle of delivering an alert, restarted on the same store, delivers every alert of an
 * uninterrupted replay exactly once across both runs.
 */
class RestartTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 2);
    static final LocalDate TO = LocalDate.of(2026, 1, 23);

    @TempDir
    Path dir;

    /** What a kill looks like to the runner: an error no handler catches. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Dies (as a killed process would, past any catch) on the {@code dieAt}-th delivery. */
    static final class DyingSink implements AlertSink {
        final List<Alert> received = new ArrayList<>();
        private final int dieAt;

        DyingSink(int dieAt) {
            this.dieAt = dieAt;
        }

        @Override
        public void deliver(Alert alert) {
            if (received.size() + 1 == dieAt) {
                throw new Killed();
            }
            received.add(alert);
        }
    }

    private static List<Alert> run(MarketStore store, List<Rule> rules, DyingSink sink) throws Exception {
        MarketData data = new MarketData(store);
        AlertEngine engine = AlertEngine.forStore(rules, data, TO);
        ReplaySource source = ReplaySource.forEngine(data, engine, FROM, TO, 0);
        new AlertRunner(engine, new AlertLog(store), List.of(sink), message -> { }).run(source);
        return sink.received;
    }

    @Test
    void a_crash_mid_replay_neither_repeats_nor_loses_an_alert() throws Exception {
        List<Rule> rules = RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml"));
        MarketStore clean = copy("clean.duckdb");
        List<String> expected = run(clean, rules, new DyingSink(Integer.MAX_VALUE)).stream().map(Alert::key).toList();
        assertThat(expected).hasSizeGreaterThan(10);

        MarketStore crashed = copy("crashed.duckdb");
        DyingSink first = new DyingSink(7);
        assertThatThrownBy(() -> run(crashed, rules, first)).isInstanceOf(Killed.class);
        assertThat(first.received).hasSize(6);
        List<Alert> second = run(crashed, rules, new DyingSink(Integer.MAX_VALUE));
        List<String> delivered = new ArrayList<>(first.received.stream().map(Alert::key).toList());
        delivered.addAll(second.stream().map(Alert::key).toList());
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(second.getFirst().key()).as("the alert recorded but not delivered goes first")
                .isEqualTo(expected.get(6));
        assertThat(new AlertLog(crashed).undelivered()).isEmpty();
        assertThat(run(crashed, rules, new DyingSink(Integer.MAX_VALUE))).as("a third run has nothing new").isEmpty();
    }

    private MarketStore copy(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(DemoStore.data().store().file(), file);
        return MarketStore.at(file);
    }
}
