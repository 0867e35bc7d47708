package org.bellwether.facts;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact, or why there is none: no data for the subject, too short a history, no session on the date. Absence is a
 * value with its reason, never an exception, so that a missing fact and a bug do not look the same.
 */
public final class Outcome {

    private final Fact fact;
    private final String absence;

    private Outcome(Fact fact, String absence) {
        this.fact = fact;
        this.absence = absence;
    }

    /** The fact found. */
    public static Outcome of(Fact fact) {
        return new Outcome(Objects.requireNonNull(fact, "fact"), null);
    }

    /** No fact, for {@code reason} ("RUT has no two sessions up to 2026-01-02"). */
    public static Outcome none(String reason) {
        return new Outcome(null, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether a fact was found. */
    public boolean isPresent() {
        return fact != null;
    }

    /** The fact, if one was found. */
    public Optional<Fact> fact() {
        return Optional.ofNullable(fact);
    }

    /** The fact; only when {@link #isPresent()}. */
    public Fact get() {
        if (fact == null) {
            throw new NoSuchElementException("no fact: " + absence);
        }
        return fact;
    }

    /** Why there is no fact; empty when there is one. */
    public Optional<String> absence() {
        return Optional.ofNullable(absence);
    }
}
