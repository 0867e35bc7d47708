package org.bellwether.core.model;

import java.time.LocalDate;

/** One fiscal period of a company; NaN where the source has no figure. */
public record FiscalPeriod(LocalDate periodEnd, double ebit, double ebitda, double interestExpense,
        double totalDebt, double floatingRateDebt, double marketCap) {
}
