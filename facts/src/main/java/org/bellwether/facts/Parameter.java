package org.bellwether.facts;

import java.math.BigDecimal;
import org.bellwether.facts.text.Wording;

/**
 * A parameter of a fact's definition: the constant of {@link org.bellwether.core.definitions.Definitions} it is, its
 * value, and the words DESIGN.md states it in, {@code {}} standing for the value as {@link #format} prints it.
 *
 * @param constant the name of the constant in {@code Definitions}
 * @param value its value
 * @param format how DESIGN.md prints it
 * @param phrase the words around it in DESIGN.md
 */
public record Parameter(String constant, double value, Format format, String phrase) {

    /** How DESIGN.md prints a value. */
    public enum Format {
        /** 252 */
        INTEGER,
        /** 1.5 */
        DECIMAL,
        /** a fraction as a percentage: 0.005 is 0.5% */
        PERCENT,
        /** a whole number in words: ten */
        WORDS,
        /** a negative whole number with the typographic minus: −250 */
        SIGNED
    }

    /** Checks that the phrase has a place for the value. */
    public Parameter {
        if (!phrase.contains("{}")) {
            throw new IllegalArgumentException("phrase must hold {} for the value of " + constant + ": " + phrase);
        }
    }

    /** The value as DESIGN.md prints it. */
    public String printed() {
        return switch (format) {
            case INTEGER -> Wording.number(value, 0);
            case DECIMAL -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            case PERCENT -> BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case WORDS -> Wording.words((long) value);
            case SIGNED -> (value < 0 ? "−" : "") + Wording.number(Math.abs(value), 0);
        };
    }

    /** The phrase with the value in it, as DESIGN.md must say it. */
    public String stated() {
        return phrase.replace("{}", printed());
    }
}
