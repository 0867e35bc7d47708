package org.bellwether.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.screen.ScreenMetrics;
import org.bellwether.core.screen.UniverseScreen;
import org.bellwether.core.series.DailySeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The universe screen's in-memory kernel over 3,000 symbols × 300 sessions, against a plain {@code double[]} loop
 * doing the same arithmetic (returns to date, 20-return volatility, 60-return beta and correlation, records this
 * year, 252-session breakout) with no objects, checks or copies: the issue asks the kernel to stay within 2× of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScreenKernelBenchmark {

    private static final SessionIndex XNYS = SessionIndex.of(NyseCalendar.INSTANCE);

    private static final int SYMBOLS = 3000;
    private static final int SESSIONS = 300;

    private DailySeries[] series;
    private DailySeries benchmark;
    private double[][] closes;
    private double[][] highs;
    private double[][] volumes;
    private LocalDate asOf;
    private int yearStart;
    private int monthStart;

    /** Seeded random walks on the last 300 NYSE sessions of 2025. */
    @Setup
    public void generate() {
        var sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31));
        sessions = sessions.subList(sessions.size() - SESSIONS, sessions.size());
        int[] days = sessions.stream().mapToInt(date -> (int) date.toEpochDay()).toArray();
        asOf = sessions.get(SESSIONS - 1);
        yearStart = indexOfFirst(days, LocalDate.of(2025, 1, 1));
        monthStart = indexOfFirst(days, ToDate.MONTH.firstDay(asOf));
        SplittableRandom random = new SplittableRandom(42);
        series = new DailySeries[SYMBOLS];
        closes = new double[SYMBOLS][SESSIONS];
        highs = new double[SYMBOLS][SESSIONS];
        volumes = new double[SYMBOLS][SESSIONS];
        for (int s = 0; s < SYMBOLS; s++) {
            double price = 50 + random.nextDouble() * 100;
            for (int i = 0; i < SESSIONS; i++) {
                price *= Math.exp(0.02 * random.nextGaussian());
                closes[s][i] = price;
                highs[s][i] = price * (1 + random.nextDouble() * 0.01);
                volumes[s][i] = 1e6 * (0.5 + random.nextDouble());
            }
            series[s] = DailySeries.of("S" + s, days, closes[s], highs[s], closes[s], volumes[s]);
        }
        benchmark = series[0];
    }

    private static int indexOfFirst(int[] days, LocalDate date) {
        int i = 0;
        while (days[i] < date.toEpochDay()) {
            i++;
        }
        return i;
    }

    /** Bellwether's kernel, as the screen command runs it. */
    @Benchmark
    public void kernel(Blackhole blackhole) {
        for (DailySeries one : series) {
            ScreenMetrics metrics = UniverseScreen.compute(one, benchmark, asOf, Double.NaN, XNYS);
            blackhole.consume(metrics);
        }
    }

    /** The same arithmetic in bare loops over the arrays. */
    @Benchmark
    public void plainLoop(Blackhole blackhole) {
        int end = SESSIONS - 1;
        double[] m = closes[0];
        for (int s = 0; s < SYMBOLS; s++) {
            double[] c = closes[s];
            double[] h = highs[s];
            double[] v = volumes[s];
            blackhole.consume(c[end] / c[monthStart - 1] - 1);
            blackhole.consume(c[end] / c[yearStart - 1] - 1);
            double mean = 0;
            for (int i = end - 19; i <= end; i++) {
                mean += c[i] / c[i - 1] - 1;
            }
            mean /= 20;
            double sum = 0;
            for (int i = end - 19; i <= end; i++) {
                double d = c[i] / c[i - 1] - 1 - mean;
                sum += d * d;
            }
            blackhole.consume(Math.sqrt(sum / 19 * 252));
            double ma = 0;
            double mm = 0;
            for (int i = end - 59; i <= end; i++) {
                ma += c[i] / c[i - 1] - 1;
                mm += m[i] / m[i - 1] - 1;
            }
            ma /= 60;
            mm /= 60;
            double cov = 0;
            double varM = 0;
            double varA = 0;
            for (int i = end - 59; i <= end; i++) {
                double da = c[i] / c[i - 1] - 1 - ma;
                double dm = m[i] / m[i - 1] - 1 - mm;
                cov += da * dm;
                varM += dm * dm;
                varA += da * da;
            }
            blackhole.consume(cov / varM);
            blackhole.consume(cov / Math.sqrt(varA * varM));
            double highest = c[0];
            int records = 0;
            for (int i = 1; i <= end; i++) {
                if (c[i] > highest) {
                    records += i >= yearStart ? 1 : 0;
                    highest = c[i];
                }
            }
            blackhole.consume(records);
            double maxHigh = Double.NEGATIVE_INFINITY;
            for (int i = end - 252; i < end; i++) {
                maxHigh = Math.max(maxHigh, h[i]);
            }
            double volume = 0;
            for (int i = end - 50; i < end; i++) {
                volume += v[i];
            }
            blackhole.consume(c[end] > maxHigh && v[end] > Definitions.VOLUME_MULTIPLE * volume / Definitions.BREAKOUT_VOLUME_SESSIONS);
        }
    }
}
