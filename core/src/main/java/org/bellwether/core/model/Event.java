package org.bellwether.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An event as stored: instant, headline, kind, tags, symbols and, for scheduled releases, the expected date. */
public record Event(String id, Instant time, String headline, String kind, List<String> tags, List<String> symbols,
        LocalDate expectedDate) {
}
