package org.bellwether.core.levels;

/**
 * A support or resistance level: a cluster of swing prices within the tolerance of each other.
 *
 * @param price the level: the mean of its swing prices
 * @param touches how many swings form it (its strength)
 * @param firstTouch the bar index of the first swing
 * @param lastTouch the bar index of the last swing
 * @param resistance true for a level of swing highs, false for swing lows (support)
 */
public record Level(double price, int touches, int firstTouch, int lastTouch, boolean resistance) {
}
