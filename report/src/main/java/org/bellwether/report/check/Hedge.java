package org.bellwether.report.check;

import java.util.Locale;
import java.util.Map;
import org.bellwether.core.definitions.Definitions;

/**
 * How a text qualifies a number, and the values it then allows (DESIGN: hedges): "nearly/almost X" is [0.9X, X];
 * "about/roughly/around X" is X ± 10%; "more than X" is above X; an unqualified figure must match to the precision it
 * is printed with, rounded or truncated ("2 percent" allows [1.5, 3); wires print 2,112.98 points as "2,112").
 * Values are magnitudes: directions are checked apart.
 *
 * @param kind the qualifier
 * @param value the stated magnitude
 * @param decimals the printed decimals of the stated number
 */
record Hedge(Kind kind, double value, int decimals) {

    /** The qualifiers. */
    enum Kind { EXACT, NEARLY, ABOUT, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST }

    /** The words of each qualifier, as the claim patterns match them. */
    static final String WORDS = "nearly|almost|just under|just shy of|about|roughly|around|approximately|some|close to"
            + "|more than|over|above|just over|less than|under|below|at least|at most|up to|exactly|precisely|just";

    private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("nearly", Kind.NEARLY),
            Map.entry("almost", Kind.NEARLY), Map.entry("just under", Kind.NEARLY), Map.entry("just shy of",
                    Kind.NEARLY), Map.entry("about", Kind.ABOUT), Map.entry("roughly", Kind.ABOUT),
            Map.entry("around", Kind.ABOUT), Map.entry("approximately", Kind.ABOUT), Map.entry("some", Kind.ABOUT),
            Map.entry("close to", Kind.ABOUT), Map.entry("more than", Kind.MORE_THAN), Map.entry("over",
                    Kind.MORE_THAN), Map.entry("above", Kind.MORE_THAN), Map.entry("just over", Kind.MORE_THAN),
            Map.entry("less than", Kind.LESS_THAN), Map.entry("under", Kind.LESS_THAN), Map.entry("below",
                    Kind.LESS_THAN), Map.entry("at least", Kind.AT_LEAST), Map.entry("at most", Kind.AT_MOST),
            Map.entry("up to", Kind.AT_MOST), Map.entry("exactly", Kind.EXACT), Map.entry("precisely", Kind.EXACT),
            Map.entry("just", Kind.EXACT));

    /** The hedge a qualifier word (or null, for none) puts on {@code number}. */
    static Hedge of(String word, Num number) {
        Kind kind = word == null ? Kind.EXACT : KINDS.get(word.toLowerCase(Locale.ROOT).trim());
        return new Hedge(kind, Math.abs(number.value()), number.decimals());
    }

    /** An unqualified figure printed with {@code decimals} decimals. */
    static Hedge exact(double value, int decimals) {
        return new Hedge(Kind.EXACT, Math.abs(value), decimals);
    }

    /** The decimals a band's end is printed with: the figure's, or one more when that would round it onto the figure
     *  ("about 3%" allows 2.7 to 3.3, not "3 to 3"). */
    private int bandDecimals(double end) {
        return Num.format(end, decimals).equals(Num.format(value, decimals)) ? decimals + 1 : decimals;
    }

    /** Whether the magnitude {@code computed} is what the text said. */
    boolean accepts(double computed) {
        double x = Math.abs(computed);
        double slack = 1e-9 * Math.max(1, value);
        return switch (kind) {
            case EXACT -> Math.abs(x - value) <= 0.5 * Math.pow(10, -decimals) + slack // rounded, or truncated:
                    || x >= value - slack && x < value + Math.pow(10, -decimals); // wires print 2,112.98 as "2,112"
            case NEARLY -> x >= Definitions.NEARLY_LOWER * value - slack && x <= value + slack;
            case ABOUT -> Math.abs(x - value) <= Definitions.ABOUT_BAND * value + slack;
            case MORE_THAN -> x > value;
            case LESS_THAN -> x < value;
            case AT_LEAST -> x >= value - slack;
            case AT_MOST -> x <= value + slack;
        };
    }

    /** The allowed values in words, e.g. "nearly 400 allows 360 to 400". */
    String describe(String unit) {
        String v = Num.format(value, decimals);
        double half = 0.5 * Math.pow(10, -decimals);
        return switch (kind) {
            case EXACT -> v + unit + " as printed allows " + Num.format(value - half, decimals + 1) + " to "
                    + Num.format(value + 2 * half, decimals + 1) + unit + " (rounded or truncated)";
            case NEARLY -> "nearly " + v + unit + " allows " + Num.format(Definitions.NEARLY_LOWER * value,
                    bandDecimals(Definitions.NEARLY_LOWER * value)) + " to " + v + unit;
            case ABOUT -> "about " + v + unit + " allows " + Num.format((1 - Definitions.ABOUT_BAND) * value,
                    bandDecimals((1 - Definitions.ABOUT_BAND) * value)) + " to " + Num.format((1
                            + Definitions.ABOUT_BAND) * value, bandDecimals((1 + Definitions.ABOUT_BAND) * value)) + unit;
            case MORE_THAN -> "more than " + v + unit;
            case LESS_THAN -> "less than " + v + unit;
            case AT_LEAST -> "at least " + v + unit;
            case AT_MOST -> "at most " + v + unit;
        };
    }
}
