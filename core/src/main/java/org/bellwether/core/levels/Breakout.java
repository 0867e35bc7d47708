package org.bellwether.core.levels;

/**
 * A close through a level.
 *
 * @param index the bar that broke the level
 * @param level the level, as known before that bar (its touches all precede it)
 * @param up true for a breakout above resistance, false for a breakdown below support
 */
public record Breakout(int index, Level level, boolean up) {
}
