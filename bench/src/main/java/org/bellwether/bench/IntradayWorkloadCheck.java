package org.bellwether.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.aggregate.SessionBars;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.MarketData;
import org.bellwether.store.MarketStore;

/**
 * Holds {@link IntradayWorkload}'s streaming computation to a plain recomputation of its definition on a few symbols:
 * sessions placed by the project's {@link SessionBars} (not the workload's own day split), and for every bar the 30
 * returns and 30 highs re-read from the series, the mean and the sample standard deviation in two passes. Counts must
 * be equal, values within a relative 1e-9 (absolute 1e-15 near zero). Exits with 1 on any difference.
 *
 * <p>Usage: {@code IntradayWorkloadCheck STORE [SYMBOL...]} (by default MIN000, MIN001, MIN100 and MIN199).
 */
public final class IntradayWorkloadCheck {

    private static final int W = IntradayWorkload.WINDOW;

    private IntradayWorkloadCheck() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        MarketData data = new MarketData(MarketStore.at(Path.of(args[0])));
        List<String> symbols = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("MIN000", "MIN001", "MIN100", "MIN199");
        int sessions = 0;
        int breakouts = 0;
        double worst = 0;
        for (String symbol : symbols) {
            IntradaySeries series = data.intraday(symbol, IntradayWorkload.INTERVAL).require();
            List<IntradayWorkload.Session> fast = IntradayWorkload.compute(series);
            List<IntradayWorkload.Session> plain = plain(series);
            if (fast.size() != plain.size()) {
                fail(symbol + ": " + fast.size() + " sessions, the plain loop finds " + plain.size());
            }
            for (int s = 0; s < fast.size(); s++) {
                IntradayWorkload.Session a = fast.get(s);
                IntradayWorkload.Session b = plain.get(s);
                String where = symbol + " " + b.date();
                if (!a.date().equals(b.date()) || a.bars() != b.bars() || a.breakouts() != b.breakouts()) {
                    fail(where + ": " + a + " != " + b);
                }
                double[] x = {a.sessionReturn(), a.sumReturns(), a.lastMean(), a.maxMean(), a.lastStd(), a.maxStd()};
                double[] y = {b.sessionReturn(), b.sumReturns(), b.lastMean(), b.maxMean(), b.lastStd(), b.maxStd()};
                for (int k = 0; k < x.length; k++) {
                    if (Double.isNaN(x[k]) || Double.isNaN(y[k])) { // a session of 30 bars or fewer has no window
                        if (!(Double.isNaN(x[k]) && Double.isNaN(y[k]))) {
                            fail(where + " field " + k + ": " + x[k] + " != " + y[k]);
                        }
                        continue;
                    }
                    double difference = Math.abs(x[k] - y[k]);
                    if (!(difference <= 1e-9 * Math.max(Math.abs(x[k]), Math.abs(y[k])) || difference <= 1e-15)) {
                        fail(where + " field " + k + ": " + x[k] + " != " + y[k]);
                    }
                    if (difference > 0) {
                        worst = Math.max(worst, difference / Math.max(Math.abs(x[k]), Math.abs(y[k])));
                    }
                }
                sessions++;
                breakouts += a.breakouts();
            }
        }
        System.out.printf("intraday workload check: %d symbols, %d sessions, %d breakouts agree with the plain loops "
                + "(largest relative difference %.1e)%n", symbols.size(), sessions, breakouts, worst);
    }

    /** The definition, computed the obvious way. */
    static List<IntradayWorkload.Session> plain(IntradaySeries series) {
        SessionBars placed = SessionBars.of(series, NyseCalendar.INSTANCE);
        int[] sessionOf = placed.sessionOf();
        List<IntradayWorkload.Session> result = new ArrayList<>();
        for (int s = 0; s < placed.sessionDates().length; s++) {
            List<Integer> bars = new ArrayList<>();
            for (int i = 0; i < sessionOf.length; i++) {
                if (sessionOf[i] == s) {
                    bars.add(i);
                }
            }
            int n = bars.size();
            double[] close = new double[n];
            double[] high = new double[n];
            for (int j = 0; j < n; j++) {
                close[j] = series.close(bars.get(j));
                high[j] = series.high(bars.get(j));
            }
            double[] r = new double[n];
            double sum = 0;
            for (int j = 1; j < n; j++) {
                r[j] = close[j] / close[j - 1] - 1;
                sum += r[j];
            }
            int breakouts = 0;
            double lastMean = Double.NaN;
            double maxMean = Double.NEGATIVE_INFINITY;
            double lastStd = Double.NaN;
            double maxStd = Double.NEGATIVE_INFINITY;
            for (int j = W; j < n; j++) {
                double mean = 0;
                for (int k = j - W + 1; k <= j; k++) {
                    mean += r[k];
                }
                mean /= W;
                double squares = 0;
                for (int k = j - W + 1; k <= j; k++) {
                    squares += (r[k] - mean) * (r[k] - mean);
                }
                double std = Math.sqrt(squares / (W - 1));
                double channel = Double.NEGATIVE_INFINITY;
                for (int k = j - W; k < j; k++) {
                    channel = Math.max(channel, high[k]);
                }
                if (close[j] > channel) {
                    breakouts++;
                }
                lastMean = mean;
                lastStd = std;
                maxMean = Math.max(maxMean, mean);
                maxStd = Math.max(maxStd, std);
            }
            if (n <= W) {
                maxMean = Double.NaN;
                maxStd = Double.NaN;
            }
            result.add(new IntradayWorkload.Session(placed.sessionDates()[s], n,
                    close[n - 1] / series.open(bars.get(0)) - 1, sum, breakouts, lastMean, maxMean, lastStd, maxStd));
        }
        return result;
    }

    private static void fail(String message) {
        System.err.println("intraday workload check FAILED: " + message);
        System.exit(1);
    }
}
