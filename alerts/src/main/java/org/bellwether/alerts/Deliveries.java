package org.bellwether.alerts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.alerts.sink.DeadLetters;

/**
 * Each sink's own bounded queue and worker thread. The evaluation hands an alert to every queue and goes on, so a
 * slow or failing sink (a webhook retrying for a minute) holds only its own queue; when a queue is full the
 * evaluation waits for it (back-pressure) rather than dropping an alert. An alert a sink fails (after its own
 * retries) goes to the dead-letter file, the one place for that rule; written there, the sink is done with it. Once
 * every sink is done with an alert, {@code delivered} hears of it, so a restart does not send it again. A failure goes
 * to {@code warnings}; one that reaches no dead-letter file (none given, or its write failed) leaves the alert
 * undelivered, and a later run sends it again. An {@link Error} in a sink (the process is going down) stops its worker
 * and is thrown to the evaluation at its next hand-over or at {@link #finish()}.
 */
final class Deliveries {

    /** How many alerts a sink's queue holds before the evaluation waits for it. */
    static final int QUEUE_CAPACITY = 10_000;

    private static final Object END = new Object();

    private final List<Worker> workers = new ArrayList<>();
    private final DeadLetters deadLetters;
    private final Consumer<Alert> delivered;
    private final Consumer<String> warnings;

    /** Deliveries to {@code sinks}, failures to {@code deadLetters} (null: none, a later run sends them again). */
    Deliveries(List<AlertSink> sinks, DeadLetters deadLetters, Consumer<Alert> delivered, Consumer<String> warnings) {
        this(sinks, deadLetters, delivered, warnings, QUEUE_CAPACITY);
    }

    /** As above, each sink's queue holding {@code capacity} alerts. */
    Deliveries(List<AlertSink> sinks, DeadLetters deadLetters, Consumer<Alert> delivered, Consumer<String> warnings,
            int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, but was " + capacity);
        }
        this.deadLetters = deadLetters;
        this.delivered = delivered;
        this.warnings = warnings;
        for (AlertSink sink : sinks) {
            Worker worker = new Worker(sink, capacity);
            workers.add(worker);
            worker.thread.start();
        }
    }

    /** An alert on its way to every sink, and whether each is done with it. */
    private static final class Pending {
        final Alert alert;
        final AtomicInteger remaining;
        volatile boolean unsettled; // a sink failed it and it is in no dead-letter file

        Pending(Alert alert, int sinks) {
            this.alert = alert;
            this.remaining = new AtomicInteger(sinks);
        }
    }

    /** Queues {@code alert} for every sink, waiting while a sink's queue is full. */
    void submit(Alert alert) {
        if (workers.isEmpty()) {
            delivered.accept(alert);
            return;
        }
        Pending pending = new Pending(alert, workers.size());
        for (Worker worker : workers) {
            worker.put(pending);
        }
    }

    /** Waits until every sink has been handed every alert queued; no alert may be submitted after. */
    void finish() {
        for (Worker worker : workers) {
            worker.put(END);
        }
        for (Worker worker : workers) {
            try {
                worker.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.forEach(Worker::rethrowFatal);
    }

    private final class Worker implements Runnable {
        final AlertSink sink;
        final BlockingQueue<Object> queue;
        final Thread thread;
        volatile Error fatal;

        Worker(AlertSink sink, int capacity) {
            this.sink = sink;
            this.queue = new ArrayBlockingQueue<>(capacity);
            this.thread = Thread.ofPlatform().daemon().name("bellwether-sink-" + sink.getClass().getSimpleName())
                    .unstarted(this);
        }

        void put(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    rethrowFatal(); // a dead worker never empties its queue
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a sink's queue was full", e);
            }
            rethrowFatal();
        }

        void rethrowFatal() {
            if (fatal != null) {
                throw fatal;
            }
        }

        @Override
        public void run() {
            try {
                for (Object item = queue.take(); item != END; item = queue.take()) {
                    Pending pending = (Pending) item;
                    try {
                        sink.deliver(pending.alert);
                    } catch (IOException | RuntimeException e) {
                        if (!deadLettered(pending.alert, e)) {
                            pending.unsettled = true;
                        }
                    }
                    if (pending.remaining.decrementAndGet() == 0 && !pending.unsettled) {
                        delivered.accept(pending.alert);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Error e) {
                fatal = e;
            }
        }

        /** Writes {@code alert}, which the sink failed with {@code failure}, to the dead-letter file; whether it is. */
        private boolean deadLettered(Alert alert, Exception failure) {
            String failed = "could not deliver " + alert.key() + " to " + sink.getClass().getSimpleName() + ": "
                    + failure.getMessage();
            if (deadLetters == null) {
                warnings.accept(failed + "; a later run sends it again");
                return false;
            }
            try {
                deadLetters.write(alert);
                warnings.accept(failed + "; written to the dead-letter file " + deadLetters.path());
                return true;
            } catch (IOException | RuntimeException e) {
                warnings.accept(failed + "; nor could it be written to the dead-letter file " + deadLetters.path()
                        + " (" + e.getMessage() + "), so a later run sends it again");
                return false;
            }
        }
    }
}
