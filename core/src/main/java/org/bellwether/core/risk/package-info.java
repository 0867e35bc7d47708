/**
 * Risk statistics on returns aligned by session: annualised volatility, beta, Pearson correlation, tracking error,
 * and the maximum drawdown of closes. Two-pass (mean, then deviations) for accuracy on long series.
 */
package org.bellwether.core.risk;
