package org.bellwether.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The unit a fact's value is in; JSON names it in lower case ({@code percent}, {@code bp}). */
public enum Unit {
    /** Percent: a return of 8.73% is 8.73. */
    PERCENT,
    /** Basis points: hundredths of a percentage point. */
    BP,
    /** Index points: a difference of closes. */
    POINTS,
    /** A price or index level. */
    LEVEL,
    /** A count of sessions, members, records or symbols. */
    COUNT,
    /** A plain number: a ratio, a coefficient, a multiple. */
    RATIO,
    /** Sample standard deviations. */
    SIGMA,
    /** Minutes of a session. */
    MINUTES,
    /** A date (the fact's {@code end}); the value is NaN, written as JSON null. */
    DATE,
    /** A statement that holds or not; the value is 1 or 0. */
    TRUTH;

    /** The JSON name: {@code percent}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
