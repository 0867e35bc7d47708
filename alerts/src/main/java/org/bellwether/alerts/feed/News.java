package org.bellwether.alerts.feed;

import java.time.Instant;
import java.util.List;

/** A headline with its tags and symbols, as stored events are. */
public record News(String id, Instant time, String headline, List<String> tags, List<String> symbols)
        implements MarketEvent {

    /** Copies the lists. */
    public News {
        tags = List.copyOf(tags);
        symbols = List.copyOf(symbols);
    }

    @Override
    public long knownAt() {
        return time.toEpochMilli();
    }
}
