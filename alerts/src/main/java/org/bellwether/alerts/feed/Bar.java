package org.bellwether.alerts.feed;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bar of one instrument: a 1-minute bar (labelled by its start, DESIGN) or a daily bar (one session).
 *
 * @param symbol the instrument
 * @param session the exchange-local session date
 * @param sessionOpen the session's open, epoch seconds
 * @param start the bar's start, epoch seconds (a daily bar: the session's open)
 * @param seconds the bar's length: 60 for a 1-minute bar, 0 for a daily bar
 * @param end when the bar is complete, epoch seconds (a daily bar: the session's close)
 * @param volume NaN when unknown
 */
public record Bar(String symbol, LocalDate session, long sessionOpen, long start, int seconds, long end, double open,
        double high, double low, double close, double volume) implements MarketEvent {

    /** Whether it is a daily bar. */
    public boolean daily() {
        return seconds == 0;
    }

    /** Its start as an instant. */
    public Instant startInstant() {
        return Instant.ofEpochSecond(start);
    }

    @Override
    public long knownAt() {
        return end * 1000;
    }
}
