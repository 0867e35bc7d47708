/** Regression: ordinary least squares with its t-statistic and R², for rate sensitivity and market models. */
package org.bellwether.core.regression;
