package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.facts.MarketData;
import org.bellwether.report.DemoStore;
import org.bellwether.report.StoreLockHolder;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runner promises on the demo replay: a stuck sink holds neither the evaluation nor the other sinks, and an
 * alert whose history write fails (the store locked by another process) is written once the store is free, then
 * delivered: none lost, none out of the history.
 */
class DeliveryGuaranteesTest {

    private static final LocalDate FROM = RestartTest.FROM;
    private static final LocalDate TO = RestartTest.TO;

    @TempDir
    Path dir;

    /** A receiver that keeps what it gets and counts down once per alert. */
    static final class Receiver implements AlertSink {
        final List<Alert> received = new CopyOnWriteArrayList<>();
        final CountDownLatch all;
        final CountDownLatch release;

        Receiver(int expected, CountDownLatch release) {
            this.all = new CountDownLatch(expected);
            this.release = release;
        }

        @Override
        public void deliver(Alert alert) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(alert);
            all.countDown();
        }
    }

    /** The demo replay's events, read now (so that a source replays them later without touching the store). */
    private static List<MarketEvent> events(MarketData data, AlertEngine engine) throws Exception {
        List<MarketEvent> events = new ArrayList<>();
        ReplaySource.forEngine(data, engine, FROM, TO, 0).run(events::add);
        return events;
    }

    private MarketStore copy(String name, Duration lockWait) throws Exception {
        return MarketStore.at(Files.copy(DemoStore.data().store().file(), dir.resolve(name)))
                .withLockWait(lockWait, message -> { });
    }

    private static List<Rule> rules() throws Exception {
        return RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml"));
    }

    private static List<String> expectedKeys() throws Exception {
        MarketData data = DemoStore.data();
        AlertEngine engine = AlertEngine.forStore(rules(), data, TO);
        List<MarketEvent> events = events(data, engine);
        List<String> keys = new ArrayList<>();
        for (MarketEvent event : events) {
            engine.on(event).forEach(alert -> keys.add(alert.key()));
        }
        return keys;
    }

    @Test
    void a_stuck_sink_holds_neither_the_evaluation_nor_the_other_sinks() throws Exception {
        List<String> expected = expectedKeys();
        assertThat(expected).hasSizeGreaterThan(10);
        MarketData data = DemoStore.data();
        AlertEngine engine = AlertEngine.forStore(rules(), data, TO);
        List<MarketEvent> events = events(data, engine);
        CountDownLatch stuck = new CountDownLatch(1);
        Receiver slow = new Receiver(expected.size(), stuck);
        Receiver quick = new Receiver(expected.size(), new CountDownLatch(0));
        try (AlertRunner runner = new AlertRunner(engine, null, List.of(slow, quick), message -> { })) {
            events.forEach(runner::accept); // returns: the stuck sink does not hold the evaluation
            assertThat(runner.events()).isEqualTo(events.size());
            assertThat(quick.all.await(60, TimeUnit.SECONDS)).as("the quick sink has every alert").isTrue();
            assertThat(slow.received).as("the stuck sink has none yet").isEmpty();
            stuck.countDown();
        }
        assertThat(slow.received).extracting(Alert::key).containsExactlyElementsOf(expected);
        assertThat(quick.received).extracting(Alert::key).containsExactlyElementsOf(expected);
    }

    @Test
    void an_alert_whose_history_write_fails_is_written_when_the_store_is_free_then_delivered() throws Exception {
        List<String> expected = expectedKeys();
        MarketStore store = copy("locked.duckdb", Duration.ofMillis(200)); // the history's store: locked for a while
        MarketData data = DemoStore.data(); // the market's: free
        AlertEngine engine = AlertEngine.forStore(rules(), data, TO);
        List<MarketEvent> events = events(data, engine);
        AlertLog log = new AlertLog(store);
        Receiver receiver = new Receiver(expected.size(), new CountDownLatch(0));
        CountDownLatch retrying = new CountDownLatch(1);
        List<String> warnings = new CopyOnWriteArrayList<>();
        AlertRunner runner = new AlertRunner(engine, log, List.of(receiver), warning -> {
            warnings.add(warning);
            if (warning.contains("to the alert history")) {
                retrying.countDown();
            }
        });
        Thread running;
        try (StoreLockHolder holder = StoreLockHolder.start(store.file())) {
            running = Thread.ofVirtual().start(() -> {
                events.forEach(runner::accept);
                runner.close();
            });
            assertThat(retrying.await(60, TimeUnit.SECONDS)).as("the first write failed and is retried").isTrue();
            assertThat(receiver.received).as("nothing delivered before it is recorded").isEmpty();
        }
        running.join(120_000);
        assertThat(running.isAlive()).isFalse();
        assertThat(receiver.received).extracting(Alert::key).containsExactlyElementsOf(expected);
        assertThat(log.latest(1000)).extracting(Alert::key).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(log.undelivered()).isEmpty();
        assertThat(warnings).first().asString().startsWith("could not write " + expected.getFirst()
                + " to the alert history");
    }
}
