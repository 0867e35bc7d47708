package org.bellwether.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed statement about the market: what it is, about whom, over which sessions, its value and unit, and its
 * provenance. Everything user-facing (tables, notes, checks, alerts) is built from facts.
 *
 * @param kind what the fact states
 * @param subjects the instruments it is about (the first is the subject, others are compared with)
 * @param start the first session of the period (for a single-session fact, that session)
 * @param end the last session of the period
 * @param value the number
 * @param unit {@code percent}, {@code bp}, {@code count} or {@code ratio}
 * @param provenance where the number comes from
 */
public record Fact(FactKind kind, List<String> subjects, LocalDate start, LocalDate end, double value, String unit,
        Provenance provenance) {

    /** Copies the subjects. */
    public Fact {
        subjects = List.copyOf(subjects);
    }
}
