/**
 * The universe screen: per instrument, at one as-of session, the figures a desk scans across thousands of symbols
 * (returns to date, short-window volatility, beta and correlation to a benchmark, record closes of the year, and the
 * 252-session breakout). O(window) per symbol, on primitive arrays; Spark calls the same kernel per partition.
 */
package org.bellwether.core.screen;
