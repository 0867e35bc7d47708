package org.bellwether.core.returns;

import java.util.OptionalDouble;

/** Relative performance of A over B, over the same period under the same as-of rule (DESIGN). */
public final class Relative {

    private Relative() {
    }

    /** {@code (rA − rB) × 10 000}, in basis points, for returns given as fractions. */
    public static double basisPoints(double returnA, double returnB) {
        return (returnA - returnB) * 10_000;
    }

    /** The ratio form {@code (1 + rA) / (1 + rB) − 1}, a fraction. */
    public static double ratio(double returnA, double returnB) {
        return (1 + returnA) / (1 + returnB) - 1;
    }

    /** "By a factor of k": {@code rA / rB}, defined only when both returns are positive. */
    public static OptionalDouble factor(double returnA, double returnB) {
        return returnA > 0 && returnB > 0 ? OptionalDouble.of(returnA / returnB) : OptionalDouble.empty();
    }
}
