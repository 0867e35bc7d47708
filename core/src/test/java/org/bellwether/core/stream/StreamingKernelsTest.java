package org.bellwether.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.levels.Breakouts;
import org.bellwether.core.levels.IntradayBreakout;
import org.bellwether.core.levels.IntradayBreakouts;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.core.window.RollingBeta;

/**
 * The streaming kernels replayed bar by bar over generated histories give exactly what their batch kernels give on
 * the whole history: the same breaks at the same bars, the same doubles.
 */
class StreamingKernelsTest {

    @Property(tries = 300)
    void breakouts_bar_by_bar_equal_the_batch_breakouts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int k,
            @ForAll @IntRange(min = 20, max = 1500) int bars, @ForAll @IntRange(min = 1, max = 20) int tolerancePerMille) {
        double[][] hlc = randomWalk(seed, bars);
        double tolerance = tolerancePerMille / 1000.0;
        List<Breakout> batch = Breakouts.find(hlc[0], hlc[1], hlc[2], k, tolerance);
        BreakoutTracker tracker = new BreakoutTracker(k, tolerance);
        List<Breakout> streamed = new ArrayList<>();
        for (int t = 0; t < bars; t++) {
            streamed.addAll(tracker.next(hlc[0][t], hlc[1][t], hlc[2][t]));
        }
        assertThat(streamed).isEqualTo(batch);
    }

    @Property(tries = 200)
    void volume_against_the_same_time_of_day_equals_the_batch_sums(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 8) int lookback) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> bars = new ArrayList<>(); // {session, open, start}
        List<Double> volumes = new ArrayList<>();
        int sessions = 3 + random.nextInt(15);
        for (int s = 0; s < sessions; s++) {
            long open = 1_000_000L + s * 86_400L;
            int minutes = 1 + random.nextInt(30); // a half day, a gap: sessions differ in length
            for (int m = 0; m < minutes; m++) {
                if (random.nextInt(5) > 0) { // missing minutes
                    bars.add(new long[] {s, open, open + m * 60L});
                    volumes.add((double) random.nextInt(1, 10_000));
                }
            }
        }
        SessionVolume tracker = new SessionVolume(lookback);
        int[] seen = bars.stream().mapToInt(b -> (int) b[0]).distinct().toArray();
        for (int i = 0; i < bars.size(); i++) {
            long[] bar = bars.get(i);
            double ratio = tracker.next(bar[1], bar[2], volumes.get(i));
            int s = Arrays.binarySearch(seen, (int) bar[0]);
            if (s < lookback) {
                assertThat(ratio).isNaN();
                continue;
            }
            long offset = bar[2] - bar[1];
            double sum = 0;
            for (int previous = s - lookback; previous < s; previous++) {
                sum += volumeUpTo(bars, volumes, seen[previous], offset);
            }
            assertThat(ratio).as("bar " + i).isEqualTo(volumeUpTo(bars, volumes, seen[s], offset) / (sum / lookback));
        }
    }

    /** Session {@code session}'s volume over its bars starting no later than {@code offset}, summed in bar order. */
    private static double volumeUpTo(List<long[]> bars, List<Double> volumes, int session, long offset) {
        double sum = 0;
        for (int i = 0; i < bars.size(); i++) {
            long[] bar = bars.get(i);
            if (bar[0] == session && bar[2] - bar[1] <= offset) {
                sum += volumes.get(i);
            }
        }
        return sum;
    }

    @Property(tries = 50)
    void intraday_breakouts_carry_the_streamed_volume_ratio(@ForAll long seed) {
        int perSession = 60;
        int sessions = 30;
        double[][] hlc = randomWalk(seed, perSession * sessions);
        long[] starts = new long[hlc[0].length];
        int[] session = new int[starts.length];
        long[] opens = new long[sessions];
        double[] volumes = new double[starts.length];
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < sessions; s++) {
            opens[s] = 1_700_000_000L + s * 86_400L;
            for (int m = 0; m < perSession; m++) {
                int i = s * perSession + m;
                starts[i] = opens[s] + m * 60L;
                session[i] = s;
                volumes[i] = random.nextInt(100, 5_000);
            }
        }
        List<IntradayBreakout> batch = IntradayBreakouts.find(starts, session, opens, hlc[0], hlc[1], hlc[2], volumes,
                5, 0.003);
        SessionVolume volume = new SessionVolume(Definitions.LEVEL_VOLUME_SESSIONS);
        double[] streamed = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            streamed[i] = volume.next(opens[session[i]], starts[i], volumes[i]);
        }
        for (IntradayBreakout found : batch) {
            int bar = found.breakout().index();
            assertThat(Double.doubleToLongBits(streamed[bar])).as("bar " + bar)
                    .isEqualTo(Double.doubleToLongBits(found.volumeRatio()));
        }
    }

    @Property
    void fifty_two_week_highs_bar_by_bar_equal_the_batch(
            @ForAll @Size(max = 600) List<@DoubleRange(min = 50, max = 150) Double> closes,
            @ForAll @IntRange(min = 1, max = 60) int window) {
        double[] c = closes.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] batch = RecordHighs.aboveWindowMax(c, window);
        WindowHighTracker tracker = new WindowHighTracker(window);
        for (int t = 0; t < c.length; t++) {
            assertThat(tracker.next(c[t])).as("value " + t).isEqualTo(batch[t]);
        }
    }

    @Property(tries = 100)
    void rolling_beta_window_equals_the_batch(@ForAll long seed, @ForAll @IntRange(min = 2, max = 80) int window) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 300;
        double[] a = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = random.nextInt(40) == 0 ? Double.NaN : random.nextGaussian() * 0.01;
            a[i] = 0.8 * m[i] + random.nextGaussian() * 0.01;
        }
        double[][] batch = RollingBeta.of(a, m, window);
        RollingBeta.Window rolling = new RollingBeta.Window(window);
        for (int t = 0; t < n; t++) {
            rolling.next(a[t], m[t]);
            assertThat(Double.doubleToLongBits(rolling.beta())).isEqualTo(Double.doubleToLongBits(batch[0][t]));
            assertThat(Double.doubleToLongBits(rolling.correlation())).isEqualTo(Double.doubleToLongBits(batch[1][t]));
        }
    }

    /** Highs, lows and closes of a random walk with swings, an occasional flat top and a missing high. */
    private static double[][] randomWalk(long seed, int bars) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] highs = new double[bars];
        double[] lows = new double[bars];
        double[] closes = new double[bars];
        double price = 100;
        for (int t = 0; t < bars; t++) {
            price *= 1 + random.nextGaussian() * 0.01;
            closes[t] = Math.round(price * 4) / 4.0; // ticks of 0.25 make equal highs (flat tops) happen
            highs[t] = random.nextInt(200) == 0 ? Double.NaN : closes[t] + random.nextInt(4) * 0.25;
            lows[t] = closes[t] - random.nextInt(4) * 0.25;
        }
        return new double[][] {highs, lows, closes};
    }
}
