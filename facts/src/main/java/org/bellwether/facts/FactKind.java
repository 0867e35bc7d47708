package org.bellwether.facts;

/** What a fact states; each kind has one definition in DESIGN.md. */
public enum FactKind {
    PERIOD_RETURN, RELATIVE_PERFORMANCE, RECORD_HIGH_COUNT, LARGE_MOVE, VOLATILITY, BETA, CORRELATION,
    TRACKING_ERROR, MAX_DRAWDOWN
}
