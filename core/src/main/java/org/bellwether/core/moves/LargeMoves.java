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

    /** For each return, {@code r / sigma}; NaN in warm-up. */
    public static double[] zScores(double[] returns) {
        double[] sigma = sigma(returns);
        double[] z = new double[returns.length];
        for (int i = 0; i < returns.length; i++) {
            z[i] = returns[i] / sigma[i];
        }
        return z;
    }

    /** Whether each return is a large move at threshold {@code k} (never in warm-up). */
    public static boolean[] flags(double[] returns, double k) {
        double[] sigma = sigma(returns);
        boolean[] large = new boolean[returns.length];
        for (int i = 0; i < returns.length; i++) {
            large[i] = Math.abs(returns[i]) >= k * sigma[i];
        }
        return large;
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
