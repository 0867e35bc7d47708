package org.bellwether.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bellwether.alerts.AlertEngine;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.core.calendar.NyseCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule evaluation on one core: 100 rules (per symbol: detected 1-minute breakouts and breakdowns with volume against
 * the time of day, a given-level breakout and a volume surge) over 25 symbols × 20 sessions × 390 one-minute bars
 * (195,000 bars, merged in time order), each invocation a fresh engine taking every bar. The score is bars per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlertEngineBenchmark {

    static final int SYMBOLS = 25;
    static final int SESSIONS = 20;
    static final int BARS = SYMBOLS * SESSIONS * 390;

    private List<Rule> rules;
    private Bar[] bars;

    /** The rules and seeded random-walk bars on the first 20 NYSE sessions of 2026. */
    @Setup
    public void generate() {
        StringBuilder file = new StringBuilder("rules:\n");
        for (int s = 0; s < SYMBOLS; s++) {
            String symbol = "S" + s;
            file.append("  - {id: up-").append(s).append(", type: breakout, symbols: [").append(symbol)
                    .append("], interval: 1m, volume_confirmed: true}\n");
            file.append("  - {id: down-").append(s).append(", type: breakdown, symbols: [").append(symbol)
                    .append("], interval: 1m}\n");
            file.append("  - {id: level-").append(s).append(", type: breakout, symbols: [").append(symbol)
                    .append("], interval: 1m, level: 105}\n");
            file.append("  - {id: surge-").append(s).append(", type: volume_surge, symbols: [").append(symbol)
                    .append("], ratio: 2.5}\n");
        }
        rules = RuleFile.parse(file.toString(), "benchmark.yaml");
        List<LocalDate> sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))
                .subList(0, SESSIONS);
        SplittableRandom random = new SplittableRandom(42);
        double[] price = new double[SYMBOLS];
        Arrays.fill(price, 100);
        List<Bar> all = new ArrayList<>(BARS);
        for (LocalDate session : sessions) {
            long open = NyseCalendar.INSTANCE.sessionOpen(session).getEpochSecond();
            for (int minute = 0; minute < 390; minute++) {
                for (int s = 0; s < SYMBOLS; s++) {
                    double close = price[s] * (1 + random.nextGaussian() * 0.001);
                    double high = Math.max(price[s], close) * (1 + random.nextDouble() * 0.0005);
                    double low = Math.min(price[s], close) * (1 - random.nextDouble() * 0.0005);
                    long start = open + minute * 60L;
                    all.add(new Bar("S" + s, session, open, start, 60, start + 60, price[s], high, low, close,
                            1_000 + random.nextInt(5_000)));
                    price[s] = close;
                }
            }
        }
        bars = all.toArray(Bar[]::new);
    }

    /** Every bar through a fresh engine; returns the alerts fired (so nothing is optimised away). */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public int evaluate() {
        AlertEngine engine = new AlertEngine(rules, index -> List.of());
        int alerts = 0;
        for (Bar bar : bars) {
            alerts += engine.on(bar).size();
        }
        return alerts;
    }
}
