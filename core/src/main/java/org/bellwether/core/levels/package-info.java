/**
 * Support and resistance: swing highs and lows, their clustering into price levels with touches, and breakouts
 * (breakdowns) through a level after at least two touches, on daily or intraday bars, with no look-ahead: a swing
 * is known only once its k bars to the right have closed.
 */
package org.bellwether.core.levels;
