package org.bellwether.report.check;

/**
 * One quantitative claim of a note and what the data say about it.
 *
 * @param text the clause of the sentence (or the table cell) that makes the claim: the whole sentence unless it has
 *     clauses of its own ("..., while the Nasdaq lost 2%")
 * @param kind what it claims, e.g. {@code relative_performance}, {@code record_count}, {@code session_move}
 * @param stated the number as stated, signed by the stated direction (null for claims without a number)
 * @param computed the number computed from the store under the same definition (null when there is none)
 * @param unit the unit of both numbers ({@code percent}, {@code bp}, {@code count}, {@code ratio}, {@code level},
 *     {@code hours}, {@code minutes}; null without numbers)
 * @param verdict {@code verified}, {@code contradicted} or {@code unverifiable}
 * @param explanation why, with the sessions, series and definition used
 */
public record Claim(String text, String kind, Double stated, Double computed, String unit, String verdict,
        String explanation) {

    /** The claim matches the data. */
    public static final String VERIFIED = "verified";
    /** The data say otherwise. */
    public static final String CONTRADICTED = "contradicted";
    /** The claim cannot be mapped to data, or the data needed are missing. */
    public static final String UNVERIFIABLE = "unverifiable";

    /** This claim as made by {@code clause}, of its sentence. */
    public Claim in(String clause) {
        return new Claim(clause, kind, stated, computed, unit, verdict, explanation);
    }
}
