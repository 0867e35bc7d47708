package org.bellwether.core.levels;

/**
 * A breakout on intraday bars, with how long the level held in the session and whether volume confirmed it.
 *
 * @param breakout the break
 * @param heldSeconds from the session's open to the start of the breakout bar
 * @param volumeRatio the session's volume up to and including the breakout bar over the average volume of the
 *     previous sessions up to the same time of day; NaN with fewer previous sessions than the look-back
 * @param confirmed whether that ratio reaches the confirmation multiple
 */
public record IntradayBreakout(Breakout breakout, long heldSeconds, double volumeRatio, boolean confirmed) {
}
