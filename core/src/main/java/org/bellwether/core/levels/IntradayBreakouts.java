package org.bellwether.core.levels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.definitions.Definitions;

/**
 * Breakouts on intraday bars (DESIGN: "Breakout"): "held for" is the time from the session open to the start of
 * the breakout bar; the break is volume-confirmed when the session's volume up to and including the breakout bar is
 * at least 1.5 times the average volume of the previous 20 sessions up to the same time of day.
 */
public final class IntradayBreakouts {

    private IntradayBreakouts() {
    }

    /**
     * The breakouts of bars spanning several sessions.
     *
     * @param starts bar start instants, epoch seconds, ascending
     * @param session each bar's session number (0, 1, 2, ... ascending with the bars)
     * @param sessionOpens the open instant of each session number, epoch seconds
     * @param k swing half-width (5 on 1-minute bars)
     */
    public static List<IntradayBreakout> find(long[] starts, int[] session, long[] sessionOpens, double[] highs,
            double[] lows, double[] closes, double[] volumes, int k, double tolerance) {
        int sessions = sessionOpens.length;
        int[] firstBar = new int[sessions + 1];
        Arrays.fill(firstBar, -1);
        for (int i = starts.length - 1; i >= 0; i--) {
            firstBar[session[i]] = i;
        }
        List<IntradayBreakout> result = new ArrayList<>();
        for (Breakout breakout : Breakouts.find(highs, lows, closes, k, tolerance)) {
            int bar = breakout.index();
            int s = session[bar];
            long offset = starts[bar] - sessionOpens[s];
            double today = volumeUpTo(starts, session, sessionOpens, volumes, firstBar, s, offset);
            double ratio = Double.NaN;
            if (s >= Definitions.LEVEL_VOLUME_SESSIONS) {
                double sum = 0;
                for (int previous = s - Definitions.LEVEL_VOLUME_SESSIONS; previous < s; previous++) {
                    sum += volumeUpTo(starts, session, sessionOpens, volumes, firstBar, previous, offset);
                }
                ratio = today / (sum / Definitions.LEVEL_VOLUME_SESSIONS);
            }
            result.add(new IntradayBreakout(breakout, offset, ratio, ratio >= Definitions.VOLUME_MULTIPLE));
        }
        return result;
    }

    /** The volume of session {@code s}'s bars starting no later than {@code offset} seconds after its open. */
    private static double volumeUpTo(long[] starts, int[] session, long[] sessionOpens, double[] volumes,
            int[] firstBar, int s, long offset) {
        double sum = 0;
        int i = firstBar[s];
        if (i < 0) {
            return 0;
        }
        while (i < starts.length && session[i] == s && starts[i] - sessionOpens[s] <= offset) {
            sum += volumes[i];
            i++;
        }
        return sum;
    }
}
