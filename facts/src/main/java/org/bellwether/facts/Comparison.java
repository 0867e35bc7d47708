package org.bellwether.facts;

import static org.bellwether.facts.Parameter.Format.DECIMAL;
import static org.bellwether.facts.Parameter.Format.PERCENT;

import java.util.List;
import org.bellwether.core.definitions.Definitions;

/** How a value stated in text is compared with the computed fact (DESIGN: "Hedges"); the claim checker applies it. */
public enum Comparison {
    /**
     * The stated magnitude under its hedge ("nearly X" is [0.9X, X], "about X" is X ± 10%, an unqualified figure
     * matches to its printed precision) and the stated direction.
     */
    HEDGED(new Parameter("NEARLY_LOWER", Definitions.NEARLY_LOWER, DECIMAL, "means [{}X, X]"),
            new Parameter("ABOUT_BAND", Definitions.ABOUT_BAND, PERCENT, "means ±{}"),
            new Parameter("STAND_IN_TOLERANCE_PP", Definitions.STAND_IN_TOLERANCE_PP, DECIMAL,
                    "within {} percentage points of the ETF's")),
    /** A stated price is the computed level when within the level tolerance of it. */
    WITHIN_LEVEL_TOLERANCE(new Parameter("LEVEL_TOLERANCE", Definitions.LEVEL_TOLERANCE, PERCENT,
            "(default {} of price)")),
    /** The statement holds or not; no number is compared. */
    HOLDS,
    /** A stated date is the computed one. */
    SAME_DATE;

    private final List<Parameter> parameters;

    Comparison(Parameter... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The parameters of the comparison. */
    public List<Parameter> parameters() {
        return parameters;
    }
}
