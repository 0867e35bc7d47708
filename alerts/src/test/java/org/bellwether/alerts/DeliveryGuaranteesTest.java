package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.alerts.sink.JsonLinesSink;
import org.bellwether.facts.MarketData;
import org.bellwether.report.DemoStore;
import org.bellwether.report.StoreLockHolder;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runner promises on the demo replay: a stuck sink holds neither the evaluation nor the other sinks, a full
 * queue makes the evaluation wait rather than drop, an alert whose history write fails (the store locked by another
 * process) is written once the store is free, then delivered, and an alert a sink cannot take goes to the dead-letter
 * file once and is not sent again: none lost, none out of the history.
 */
class DeliveryGuaranteesTest {

    private static final LocalDate FROM = RestartTest.FROM;
    private static final LocalDate TO = RestartTest.TO;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A receiver that keeps what it gets and counts down once per alert, each held until {@code release}. */
    static final class Receiver implements AlertSink {
        final List<Alert> received = new CopyOnWriteArrayList<>();
        final CountDownLatch all;
        final CountDownLatch release;
        final CountDownLatch holding = new CountDownLatch(1); // the first alert is in its hands

        Receiver(int expected, CountDownLatch release) {
            this.all = new CountDownLatch(expected);
            this.release = release;
        }

        @Override
        public void deliver(Alert alert) {
            holding.countDown();
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

    @Test
    void a_full_queue_makes_the_evaluation_wait_and_drops_nothing() throws Exception {
        List<Alert> alerts = IntStream.range(0, 10).mapToObj(DeliveryGuaranteesTest::alert).toList();
        CountDownLatch stuck = new CountDownLatch(1);
        Receiver sink = new Receiver(alerts.size(), stuck);
        List<Alert> delivered = new CopyOnWriteArrayList<>();
        Deliveries deliveries = new Deliveries(List.of(sink), null, delivered::add, message -> { }, 2);
        AtomicInteger handedOver = new AtomicInteger();
        Thread evaluation = Thread.ofPlatform().start(() -> alerts.forEach(alert -> {
            deliveries.submit(alert);
            handedOver.incrementAndGet();
        }));
        assertThat(sink.holding.await(10, TimeUnit.SECONDS)).as("the sink holds the first alert").isTrue();
        assertThat(Eventually.holds(() -> waiting(evaluation) && handedOver.get() == 3))
                .as("one alert at the sink, two queued, the evaluation waiting with the fourth").isTrue();
        assertThat(sink.received).isEmpty();
        stuck.countDown();
        evaluation.join(10_000);
        assertThat(evaluation.isAlive()).isFalse();
        deliveries.finish();
        assertThat(sink.received).containsExactlyElementsOf(alerts);
        assertThat(delivered).containsExactlyElementsOf(alerts);
    }

    @Test
    void an_alert_a_sink_cannot_take_is_dead_lettered_once_and_not_sent_again() throws Exception {
        List<String> expected = expectedKeys();
        MarketStore store = copy("dead.duckdb", Duration.ofSeconds(10));
        Path deadLetters = dir.resolve("dead.jsonl");
        Path file = dir.resolve("alerts.jsonl");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Down down = new Down();
        try (JsonLinesSink fileSink = JsonLinesSink.append(file)) {
            replay(store, List.of(down, fileSink), deadLetters, warnings::add);
        }
        assertThat(keys(deadLetters)).containsExactlyElementsOf(expected);
        assertThat(keys(file)).as("the other sink has every alert").containsExactlyElementsOf(expected);
        assertThat(new AlertLog(store).undelivered()).as("a dead letter counts as done").isEmpty();
        assertThat(warnings).first().isEqualTo("could not deliver " + expected.getFirst() + " to Down: the broker "
                + "is down; written to the dead-letter file " + deadLetters);

        Down stillDown = new Down();
        Receiver receiver = new Receiver(0, new CountDownLatch(0));
        replay(store, List.of(stillDown, receiver), deadLetters, warnings::add);
        assertThat(stillDown.tries).as("a restart sends nothing again").hasValue(0);
        assertThat(receiver.received).isEmpty();
        assertThat(keys(deadLetters)).as("no dead letter twice").containsExactlyElementsOf(expected);
    }

    @Test
    void without_a_dead_letter_file_a_failed_alert_goes_again_to_every_sink_and_a_file_keeps_it_once()
            throws Exception {
        List<String> expected = expectedKeys();
        MarketStore store = copy("again.duckdb", Duration.ofSeconds(10));
        Path file = dir.resolve("alerts.jsonl");
        Down down = new Down();
        try (JsonLinesSink fileSink = JsonLinesSink.append(file)) {
            replay(store, List.of(down, fileSink), null, message -> { });
        }
        assertThat(new AlertLog(store).undelivered()).extracting(Alert::key)
                .containsExactlyInAnyOrderElementsOf(expected);

        Receiver receiver = new Receiver(expected.size(), new CountDownLatch(0));
        try (JsonLinesSink fileSink = JsonLinesSink.append(file)) {
            replay(store, List.of(receiver, fileSink), null, message -> { });
        }
        assertThat(receiver.received).extracting(Alert::key).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keys(file)).as("sent again, kept once").containsExactlyElementsOf(expected);
        assertThat(new AlertLog(store).undelivered()).isEmpty();
    }

    /** A sink whose receiver is gone for good (a Kafka broker down past the client's retries). */
    static final class Down implements AlertSink {
        final AtomicInteger tries = new AtomicInteger();

        @Override
        public void deliver(Alert alert) throws IOException {
            tries.incrementAndGet();
            throw new IOException("the broker is down");
        }
    }

    /** The demo replay run on {@code store}, keeping its history there. */
    private static void replay(MarketStore store, List<AlertSink> sinks, Path deadLetters, Consumer<String> warnings)
            throws Exception {
        MarketData data = new MarketData(store);
        AlertEngine engine = AlertEngine.forStore(rules(), data, TO);
        new AlertRunner(engine, new AlertLog(store), sinks, deadLetters, warnings)
                .run(ReplaySource.forEngine(data, engine, FROM, TO, 0));
    }

    /** The keys of a JSON-lines file of alerts, in order. */
    private static List<String> keys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            keys.add(JSON.readTree(line).get("key").asText());
        }
        return keys;
    }

    private static Alert alert(int minute) {
        Instant at = Instant.parse("2026-01-21T15:00:00Z").plusSeconds(60L * minute);
        return new Alert("r|RUT|" + at, "r", "breakout", "warning", "RUT", at, LocalDate.of(2026, 1, 21), Map.of(),
                "RUT broke, minute " + minute + ".");
    }

    private static boolean waiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
