package org.bellwether.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed statement about the market, the one result every output renders: what it states (its kind in the
 * registry), about whom, over which sessions, its value and unit, and where it comes from.
 *
 * @param kind what the fact states
 * @param subjects the instruments or series it is about (the first is the subject, others are compared with)
 * @param start the first session (or date) of the period actually used; for a single session, that session
 * @param end the last session (or date) actually used
 * @param value the number, at full precision (NaN when undefined; 1 or 0 for a statement that holds or not)
 * @param unit the unit of the value (the kind's, unless the series has its own, as a macro series)
 * @param provenance where the number comes from
 */
public record Fact(FactKind kind, List<String> subjects, LocalDate start, LocalDate end, double value, Unit unit,
        Provenance provenance) {

    /** Checks the parts and copies the subjects. */
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        subjects = List.copyOf(subjects);
    }

    /** A fact in its kind's unit. */
    public static Fact of(FactKind kind, List<String> subjects, LocalDate start, LocalDate end, double value,
            Provenance provenance) {
        return new Fact(kind, subjects, start, end, value, kind.unit(), provenance);
    }

    /** The magnitude of the value as text prints it (the kind's precision and unit): "8.73%". */
    public String printed() {
        return kind.printed(value, unit);
    }
}
