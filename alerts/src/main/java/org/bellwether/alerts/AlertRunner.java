package org.bellwether.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bellwether.alerts.feed.EventSource;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.alerts.sink.DeadLetters;
import org.bellwether.store.StoreException;

/**
 * Runs the engine on a source and hands each alert to the sinks, each through its own bounded queue and worker
 * ({@link Deliveries}), so a slow sink never holds the evaluation or the others. The store's history holds each key
 * once: an alert is recorded first (a failed write is retried until it holds: an alert is never delivered unrecorded
 * nor dropped), then delivered to every sink, then marked delivered, and a restart skips the keys delivered before
 * and first re-sends those recorded but not confirmed. An alert a sink fails goes to the dead-letter file and counts
 * as done (a restart does not send it again); without a dead-letter file it stays unconfirmed. So nothing is lost,
 * and what a restart repeats (to every sink, the history marking alerts, not sinks) are the alerts in flight at a kill
 * and those a sink failed with no dead-letter file to take them, with the same key: file sinks skip keys they hold,
 * webhook and Kafka receivers can de-duplicate on the key (docs/alerts.md, "Delivery guarantees").
 */
public final class AlertRunner implements AutoCloseable {

    /** The first wait before a failed history write is tried again; it doubles up to {@link #LONGEST_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    /** The longest wait between tries of a history write. */
    static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final AlertEngine engine;
    private final AlertLog log;
    private final Deliveries deliveries;
    private final DeadLetters deadLetters;
    private final Consumer<String> warnings;
    private final Map<String, Boolean> known;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong fired = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * A runner of {@code engine} delivering to {@code sinks}, keeping state in {@code log} (null: no state, as in a
     * benchmark), with no dead-letter file: an alert a sink fails stays unconfirmed and a restart sends it again;
     * {@code warnings} hears about failed deliveries.
     */
    public AlertRunner(AlertEngine engine, AlertLog log, List<AlertSink> sinks, Consumer<String> warnings) {
        this(engine, log, sinks, null, warnings);
    }

    /**
     * A runner as above whose sinks' undeliverable alerts are appended to the dead-letter file {@code deadLetters}
     * (null: none) and count as done.
     */
    public AlertRunner(AlertEngine engine, AlertLog log, List<AlertSink> sinks, Path deadLetters,
            Consumer<String> warnings) {
        this.engine = engine;
        this.log = log;
        this.warnings = warnings;
        this.known = new ConcurrentHashMap<>(log == null ? Map.of() : log.keys());
        this.deadLetters = deadLetters == null ? null : new DeadLetters(deadLetters);
        this.deliveries = new Deliveries(sinks, this.deadLetters, this::confirmed, warnings);
        if (log != null) {
            for (AlertLog.LastFiring firing : log.lastFirings()) {
                engine.firedBefore(firing.rule(), firing.subject(), firing.at());
            }
        }
    }

    /**
     * Sends what an earlier run recorded but did not confirm, then runs {@code source} to its end or until closed, and
     * waits until the sinks have every alert.
     */
    public void run(EventSource source) throws Exception {
        try {
            if (log != null) {
                log.undelivered().forEach(deliveries::submit);
            }
            source.run(this::accept);
        } finally {
            close();
        }
    }

    /** Evaluates one event and queues what it fires for the sinks. */
    public void accept(MarketEvent event) {
        events.incrementAndGet();
        for (Alert alert : engine.on(event)) {
            if (known.putIfAbsent(alert.key(), false) != null) {
                skipped.incrementAndGet();
                continue;
            }
            if (log != null) {
                recordUntilWritten(alert);
            }
            fired.incrementAndGet();
            deliveries.submit(alert);
        }
    }

    /** Writes {@code alert} to the history, trying again (the store locked or failing) until it holds. */
    private void recordUntilWritten(Alert alert) {
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                log.record(alert);
                return;
            } catch (StoreException e) {
                warnings.accept("could not write " + alert.key() + " to the alert history (" + e.getMessage()
                        + "); trying again in " + wait.toMillis() + " ms");
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                warnings.accept("interrupted while writing " + alert.key() + " to the alert history; delivering it "
                        + "unrecorded");
                return;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
        }
    }

    /**
     * Every sink has {@code alert} or failed it into the dead-letter file: marked delivered in the history (a failed
     * mark only means a re-send on restart).
     */
    private void confirmed(Alert alert) {
        known.put(alert.key(), true);
        if (log != null) {
            try {
                log.delivered(alert.key());
            } catch (StoreException e) {
                warnings.accept("could not mark " + alert.key() + " delivered (" + e.getMessage() + "); a restart "
                        + "sends it again");
            }
        }
    }

    /** Waits until every sink has been handed every alert fired; the runner takes no events after. */
    @Override
    public void close() {
        deliveries.finish();
        if (deadLetters != null) {
            try {
                deadLetters.close();
            } catch (IOException e) {
                warnings.accept("could not close the dead-letter file " + deadLetters.path() + ": " + e.getMessage());
            }
        }
    }

    /** Events evaluated so far. */
    public long events() {
        return events.get();
    }

    /** Alerts fired (new keys) so far. */
    public long fired() {
        return fired.get();
    }

    /** Alerts skipped because an earlier run had delivered their key. */
    public long skipped() {
        return skipped.get();
    }
}
