package org.bellwether.facts;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.model.Found;

/**
 * A kind of fact computed from the store for one subject as of a date, with how text states it and how text claims
 * it. Registering one in {@link FactRegistry} is all a new kind needs: the note states it, the claim checker verifies
 * it and the API serves it, without their code changing.
 */
public interface FactDefinition {

    /** The kind, in the registry. */
    FactKind kind();

    /** The fact about {@code subject} as of {@code asOf} (the last session on or before it), or why there is none. */
    Found<Fact> compute(MarketData data, String subject, LocalDate asOf);

    /**
     * The statement of {@code fact} in a note, about the subject called {@code name} ("the Russell 2000"); empty when
     * the fact is not worth a sentence.
     */
    Optional<Statement> statement(Fact fact, String name);

    /**
     * How text claims a fact of this kind: a regular expression over a sentence in which {@code {N}} stands for the
     * stated number and {@code {I}} for a mention of an instrument ("the S&P 500's"), as the claim checker marks
     * them. The claim's subject is the instrument named last before the match, its direction comes from
     * {@link #direction(String)}.
     */
    String claim();

    /** The direction a claim's text states: 1 up, -1 down, 0 none. */
    int direction(String claimText);

    /**
     * A sentence of a note stating a fact: the words before the number, the number as printed, the words after it,
     * the headline it would make, and how newsworthy it is (0 to 100, as the note's other stories, docs/note.md).
     */
    record Statement(String before, String printed, String after, String headline, double score) {
    }
}
