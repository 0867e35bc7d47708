package org.bellwether.core.stream;

import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.window.RollingStd;

/**
 * Bar-by-bar large moves: for each new close, its return and the sample standard deviation of the previous
 * {@value Definitions#MOVE_SIGMA_SESSIONS} returns, the same doubles as {@link LargeMoves#sigma} on the same history (both run
 * {@link RollingStd.Window}).
 */
public final class MoveTracker {

    private final RollingStd.Window window = new RollingStd.Window(Definitions.MOVE_SIGMA_SESSIONS);
    private double previousClose = Double.NaN;
    private double lastReturn = Double.NaN;
    private double lastSigma = Double.NaN;

    /** Takes the next close; false for the first close (no return yet). */
    public boolean next(double close) {
        if (Double.isNaN(previousClose)) {
            previousClose = close;
            return false;
        }
        lastReturn = close / previousClose - 1;
        previousClose = close;
        lastSigma = window.next(lastReturn);
        return true;
    }

    /** The last return. */
    public double lastReturn() {
        return lastReturn;
    }

    /** The standard deviation of the returns before the last one (NaN in warm-up). */
    public double lastSigma() {
        return lastSigma;
    }
}
