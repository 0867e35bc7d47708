package org.bellwether.core.moves;

import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.window.RollingStd;

/**
 * A session return is a large move when its absolute value is at least k times the sample standard deviation of the
 * previous 63 session returns (DESIGN: "Large move"; default k = 2).
 */
public final class LargeMoves {

    private LargeMoves() {
    }

    /** For each return, the sample standard deviation of the previous {@value Definitions#MOVE_SIGMA_SESSIONS} returns; NaN in warm-up. */
    public static double[] sigma(double[] returns) {
        return RollingStd.ofPrevious(returns, Definitions.MOVE_SIGMA_SESSIONS);
    }

    /**
     * Whether a return {@code r} is a large move at {@code k} standard deviations {@code sigma} (DESIGN: "Large
     * move"): never when sigma is undefined (warm-up); every return when k is 0.
     */
    public static boolean isLarge(double r, double sigma, double k) {
        return k <= 0 || Math.abs(r) >= k * sigma;
    }

    /**
     * The latest index before {@code index} whose return was a gain at least as large as the gain at {@code index}
     * ("the largest one-day gain since" that session), or -1 when none was: the largest gain on record. For a loss,
     * the latest earlier loss at least as deep.
     */
    public static int largestSince(double[] returns, int index) {
        double move = returns[index];
        for (int i = index - 1; i >= 0; i--) {
            if (move >= 0 ? returns[i] >= move : returns[i] <= move) {
                return i;
            }
        }
        return -1;
    }
}
