package org.bellwether.core.model;

import java.time.LocalDate;

/**
 * One fiscal period of a company; NaN where the source has no figure.
 *
 * @param filed the day its figures were first filed, or null when the source does not say (then the period counts
 *     from its end plus the filing lag)
 */
public record FiscalPeriod(LocalDate periodEnd, double ebit, double ebitda, double interestExpense,
        double totalDebt, double floatingRateDebt, double marketCap, LocalDate filed) {
}
