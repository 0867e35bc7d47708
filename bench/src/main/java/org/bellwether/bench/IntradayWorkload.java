package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.core.window.RollingStd;
import org.bellwether.facts.MarketData;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;

/**
 * The intraday workload of docs/performance.md, Bellwether's side: every symbol's 1-minute bars read through the
 * project's read path ({@link MarketData#intraday}, one symbol per read, symbols in parallel on both cores, the store
 * kept attached for the run by one read connection held open) and summarised per symbol and session with the
 * project's kernels on primitive values. The peers, bench/compare/intraday_pandas.py and
 * bench/compare/intraday_duckdb.sql, compute the same; bench/intraday-speed.sh times the three and
 * bench/compare/same_intraday.py checks that they agree.
 *
 * <p>The workload, per symbol, over its bars of 60 seconds in time order, split into sessions: a session is the bars
 * whose start falls on one calendar date in New York (America/New_York); nothing crosses a session. Within a session
 * of {@code n} bars {@code 0 .. n-1}:
 * <ul>
 *   <li>{@code r[i] = close[i] / close[i-1] - 1} for {@code i >= 1}: the 1-minute simple returns (bar 0 has none);
 *   <li>for {@code i >= 30}, over the 30 returns {@code r[i-29] .. r[i]} (the bar's own included): their mean
 *       {@code mean30[i]} and sample standard deviation {@code std30[i]} (divisor 29); none before bar 30;
 *   <li>bar {@code i >= 30} is a breakout when {@code close[i] > max(high[i-30] .. high[i-1])}, the highest high of
 *       the 30 bars before it (a channel breakout);
 * </ul>
 * and the output is one row per symbol and session, ordered by symbol and date:
 * {@code symbol, date, bars (n), session_return (close[n-1] / open[0] - 1), sum_returns (r[1] + ... + r[n-1]),
 * breakouts (their count), last_mean30 (mean30[n-1]), max_mean30, last_std30 (std30[n-1]), max_std30} as CSV; the
 * rolling figures are empty for a session of fewer than 31 bars.
 *
 * <p>How: the standard deviations come from {@link RollingStd.Window} (Welford updates over a ring; it reports the
 * deviation of the 30 values before the one pushed, so the value reported when {@code r[i+1]} arrives is
 * {@code std30[i]}); the means from a running sum over the same 30 returns; the breakouts from a monotonic deque of
 * highs, as {@link org.bellwether.core.records.RecordHighs#aboveWindowMax} keeps one; sessions from the zone's rules,
 * one date per change of day. {@link IntradayWorkloadCheck} holds this to a plain recomputation.
 *
 * <p>Usage: {@code IntradayWorkload STORE OUT.csv}. Prints the phases' times (summed over both threads) to stdout.
 */
public final class IntradayWorkload {

    /** Bars in the rolling windows and in the breakout channel. */
    static final int WINDOW = 30;
    /** The bar length read, seconds. */
    static final int INTERVAL = 60;

    private static final ZoneId ZONE = NyseCalendar.INSTANCE.zone();

    private IntradayWorkload() {
    }

    /** One session's summary; the rolling figures are NaN when the session has fewer than {@code WINDOW + 1} bars. */
    record Session(LocalDate date, int bars, double sessionReturn, double sumReturns, int breakouts,
            double lastMean, double maxMean, double lastStd, double maxStd) {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IntradayWorkload STORE OUT.csv");
            System.exit(2);
        }
        long start = System.nanoTime();
        MarketStore store = MarketStore.at(Path.of(args[0]));
        MarketData data = new MarketData(store);
        List<String> symbols = new ArrayList<>();
        List<List<Session>> results;
        AtomicLong readNanos = new AtomicLong();
        AtomicLong computeNanos = new AtomicLong();
        AtomicLong bars = new AtomicLong();
        long listed;
        // A read connection held for the run keeps the store attached to the process's DuckDB instance: the reads
        // share that attachment (and DuckDB's cache of the file) instead of attaching the file again, and checking
        // its schema, whenever no other read happens to be open (10 ms a read, see docs/performance.md).
        try (Connection attached = store.openReadOnly()) {
            for (Map.Entry<String, List<Integer>> entry : data.intradayIntervals().entrySet()) {
                if (entry.getValue().contains(INTERVAL)) {
                    symbols.add(entry.getKey()); // sorted by symbol
                }
            }
            listed = System.nanoTime();
            results = symbols.parallelStream().map(symbol -> {
                long t0 = System.nanoTime();
                IntradaySeries series = data.intraday(symbol, INTERVAL).require();
                long t1 = System.nanoTime();
                List<Session> sessions = compute(series);
                long t2 = System.nanoTime();
                readNanos.addAndGet(t1 - t0);
                computeNanos.addAndGet(t2 - t1);
                bars.addAndGet(series.size());
                return sessions;
            }).toList();
        } catch (SQLException e) {
            throw new StoreException("could not close a read of " + store.file() + ": " + e.getMessage(), e);
        }
        long computed = System.nanoTime();
        int rows = write(Path.of(args[1]), symbols, results);
        long written = System.nanoTime();
        System.out.printf("bellwether intraday: %d symbols, %d bars, %d rows; open and list %.0f ms, reads and kernels "
                + "%.0f ms (summed over threads: read %.0f ms, kernels %.0f ms), write %.0f ms; %.0f ms in-process%n",
                symbols.size(), bars.get(), rows, (listed - start) / 1e6, (computed - listed) / 1e6,
                readNanos.get() / 1e6, computeNanos.get() / 1e6, (written - computed) / 1e6, (written - start) / 1e6);
    }

    /** The workload over one symbol's bars (in time order): one summary per session, in order. */
    static List<Session> compute(IntradaySeries series) {
        List<Session> sessions = new ArrayList<>();
        ZoneRules rules = ZONE.getRules();
        double[] returns = new double[WINDOW]; // ring of the session's last WINDOW returns
        int[] deque = new int[1024];
        int n = series.size();
        int from = 0;
        while (from < n) {
            long start = series.start(from);
            Instant instant = Instant.ofEpochSecond(start);
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(start + rules.getOffset(instant).getTotalSeconds(),
                    86_400L));
            long nextDay = date.plusDays(1).atStartOfDay(ZONE).toEpochSecond();
            int to = from + 1;
            while (to < n && series.start(to) < nextDay) {
                to++;
            }
            if (to - from > deque.length) {
                deque = new int[to - from];
            }
            sessions.add(session(series, from, to, date, returns, deque));
            from = to;
        }
        return sessions;
    }

    /** The summary of bars {@code [from, to)}, one session's. */
    private static Session session(IntradaySeries series, int from, int to, LocalDate date, double[] ring,
            int[] deque) {
        RollingStd.Window std = new RollingStd.Window(WINDOW);
        double sumReturns = 0;
        double rollingSum = 0;
        double lastMean = Double.NaN;
        double maxMean = Double.NaN;
        double lastStd = Double.NaN;
        double maxStd = Double.NaN;
        int breakouts = 0;
        int head = 0;
        int tail = 0;
        double previousClose = series.close(from);
        deque[tail++] = from; // series indexes; the ring of returns is written before it is read
        for (int i = from + 1; i < to; i++) {
            int j = i - from; // the bar's number in its session
            double close = series.close(i);
            double r = close / previousClose - 1;
            previousClose = close;
            sumReturns += r;
            // std30 of the bar before: RollingStd reports the window before the value pushed
            double stdBefore = std.next(r);
            if (j - 1 >= WINDOW) {
                maxStd = j - 1 == WINDOW ? stdBefore : Math.max(maxStd, stdBefore);
            }
            int slot = (j - 1) % WINDOW; // returns r[1..] go to slots 0, 1, ...
            rollingSum += j > WINDOW ? r - ring[slot] : r;
            ring[slot] = r;
            if (j >= WINDOW) {
                double mean = rollingSum / WINDOW;
                maxMean = j == WINDOW ? mean : Math.max(maxMean, mean);
                lastMean = mean;
            }
            // breakouts: the deque holds the bars of the last WINDOW with decreasing highs
            while (head < tail && deque[head] < i - WINDOW) {
                head++;
            }
            if (j >= WINDOW && close > series.high(deque[head])) {
                breakouts++;
            }
            double high = series.high(i);
            while (head < tail && !(series.high(deque[tail - 1]) > high)) {
                tail--;
            }
            deque[tail++] = i; // at most one push per bar: the deque array holds a session
        }
        if (to - from > WINDOW) {
            lastStd = std.next(Double.NaN); // the deviation of the last 30 returns
            maxStd = to - from - 1 == WINDOW ? lastStd : Math.max(maxStd, lastStd);
        }
        return new Session(date, to - from, series.close(to - 1) / series.open(from) - 1, sumReturns, breakouts,
                lastMean, maxMean, lastStd, maxStd);
    }

    private static int write(Path file, List<String> symbols, List<List<Session>> results) throws IOException {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("symbol,date,bars,session_return,sum_returns,breakouts,last_mean30,max_mean30,last_std30,"
                    + "max_std30\n");
            StringBuilder line = new StringBuilder(256);
            for (int s = 0; s < symbols.size(); s++) {
                for (Session session : results.get(s)) {
                    line.setLength(0);
                    line.append(symbols.get(s)).append(',').append(session.date()).append(',').append(session.bars())
                            .append(',');
                    number(line, session.sessionReturn()).append(',');
                    number(line, session.sumReturns()).append(',').append(session.breakouts()).append(',');
                    number(line, session.lastMean()).append(',');
                    number(line, session.maxMean()).append(',');
                    number(line, session.lastStd()).append(',');
                    number(line, session.maxStd()).append('\n');
                    out.append(line);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static StringBuilder number(StringBuilder line, double value) {
        return Double.isNaN(value) ? line : line.append(value);
    }
}
