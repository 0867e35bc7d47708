package org.bellwether.alerts.feed;

import java.util.function.Consumer;

/** Where events come from: a replay of the store, a file being appended, a feed, a Kafka topic. */
public interface EventSource extends AutoCloseable {

    /** Feeds every event, in order, to {@code consumer} until the source ends or is closed; blocks meanwhile. */
    void run(Consumer<MarketEvent> consumer) throws Exception;

    /** Stops {@link #run} from another thread; the event being handled completes first. */
    @Override
    void close();
}
