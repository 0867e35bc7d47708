/**
 * Breadth and concentration of an index's members at one session: how many are above their 50-session average,
 * advance or decline, make new 52-week highs or lows; how much weight the largest carry (top-N weight, Herfindahl
 * index, effective number) and cap- against equal-weighted returns.
 */
package org.bellwether.core.breadth;
