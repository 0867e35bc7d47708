package org.bellwether.alerts;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bellwether.alerts.feed.EventSource;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.sink.AlertSink;

/**
 * Runs the engine on a source and hands each alert to the sinks. The store's history holds each key once: an alert
 * is recorded first, then delivered to every sink, then marked delivered, and a restart skips the keys delivered
 * before and first re-sends those recorded but not confirmed. So nothing is lost, and the only alert a kill can repeat
 * is the one in flight (written, not yet marked), with the same key: file sinks skip keys they hold, webhook and
 * Kafka receivers can de-duplicate on the key (docs/alerts.md, "Restarts").
 */
public final class AlertRunner {

    private final AlertEngine engine;
    private final AlertLog log;
    private final List<AlertSink> sinks;
    private final Consumer<String> warnings;
    private final Map<String, Boolean> known;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong fired = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * A runner of {@code engine} delivering to {@code sinks}, keeping state in {@code log} (null: no state, as in a
     * benchmark); {@code warnings} hears about failed deliveries.
     */
    public AlertRunner(AlertEngine engine, AlertLog log, List<AlertSink> sinks, Consumer<String> warnings) {
        this.engine = engine;
        this.log = log;
        this.sinks = List.copyOf(sinks);
        this.warnings = warnings;
        this.known = log == null ? new HashMap<>() : log.keys();
        if (log != null) {
            for (AlertLog.LastFiring firing : log.lastFirings()) {
                engine.firedBefore(firing.rule(), firing.subject(), firing.at());
            }
        }
    }

    /** Sends what an earlier run recorded but did not confirm, then runs {@code source} to its end or until closed. */
    public void run(EventSource source) throws Exception {
        if (log != null) {
            for (Alert alert : log.undelivered()) {
                deliver(alert);
            }
        }
        source.run(this::accept);
    }

    /** Evaluates one event and delivers what it fires. */
    public void accept(MarketEvent event) {
        events.incrementAndGet();
        for (Alert alert : engine.on(event)) {
            if (known.containsKey(alert.key())) {
                skipped.incrementAndGet();
                continue;
            }
            known.put(alert.key(), false);
            if (log != null) {
                log.record(alert);
            }
            fired.incrementAndGet();
            deliver(alert);
        }
    }

    private void deliver(Alert alert) {
        boolean all = true;
        for (AlertSink sink : sinks) {
            try {
                sink.deliver(alert);
            } catch (IOException | RuntimeException e) {
                all = false;
                warnings.accept("could not deliver " + alert.key() + " to " + sink.getClass().getSimpleName() + ": "
                        + e.getMessage());
            }
        }
        if (all) {
            known.put(alert.key(), true);
            if (log != null) {
                log.delivered(alert.key());
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
