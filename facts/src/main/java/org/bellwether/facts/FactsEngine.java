package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.model.IncompleteDataException;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.core.returns.PeriodReturn;
import org.bellwether.core.returns.Relative;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.screen.ScreenMetrics;
import org.bellwether.core.screen.UniverseScreen;
import org.bellwether.core.series.Aligned;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.window.RollingBeta;
import org.bellwether.facts.Reports.Correlation;
import org.bellwether.facts.Reports.Gap;
import org.bellwether.facts.Reports.Move;
import org.bellwether.facts.Reports.Moves;
import org.bellwether.facts.Reports.Perf;
import org.bellwether.facts.Reports.PerfRow;
import org.bellwether.facts.Reports.RecordClose;
import org.bellwether.facts.Reports.Records;
import org.bellwether.facts.Reports.RelativeBp;
import org.bellwether.facts.Reports.Screen;
import org.bellwether.facts.Reports.ScreenRow;
import org.bellwether.facts.Reports.Stats;
import org.bellwether.core.model.InvalidRequestException;

/** Answers the questions of the CLI (and later the API) from the store, under the definitions of DESIGN.md. */
public final class FactsEngine {

    /** Calendar days loaded before the as-of date for the screen's windows (252 sessions need about 366). */
    private static final int SCREEN_LOOKBACK_DAYS = 400;

    private final MarketData data;

    /** An engine on {@code data}. */
    public FactsEngine(MarketData data) {
        this.data = data;
    }

    /** Period returns from the level on {@code from} to the level on {@code to}, and the first symbol relative to each other. */
    public Perf perf(List<String> symbols, LocalDate from, LocalDate to) {
        return perf(symbols, from, to, false);
    }

    /**
     * As {@link #perf(List, LocalDate, LocalDate)}; with {@code totalReturn} the total return (DESIGN: "Corporate
     * action"): from the adjusted closes of the same sessions (dividends reinvested, splits undone), written by one
     * import, else from the closes and the stored dividends.
     */
    public Perf perf(List<String> symbols, LocalDate from, LocalDate to, boolean totalReturn) {
        List<PeriodReturn> returns = new ArrayList<>();
        List<List<Gap>> holes = new ArrayList<>();
        for (String symbol : symbols) {
            DailySeries series = data.daily(symbol).require();
            if (!to.isBefore(from) && series.indexOnOrBefore(from) < 0) { // a period before the history: no data
                throw new NoDataException(symbol + " has no close on or before " + from + "; its history starts "
                        + series.firstDate());
            }
            requireLevel(series, from);
            requireLevel(series, to);
            PeriodReturn period = PeriodReturn.between(series, from, to);
            returns.add(totalReturn ? total(period) : period);
            holes.add(Gap.of(series, period.startDate(), period.endDate()));
        }
        return perfOf(returns, holes, totalReturn ? Perf.TOTAL : Perf.PRICE);
    }

    /** {@code period}'s total return: between adjusted closes where both sessions have them, else by dividends. */
    private PeriodReturn total(PeriodReturn period) {
        Optional<MarketData.AdjustedClose> start = data.adjustedClose(period.symbol(), period.startDate());
        Optional<MarketData.AdjustedClose> end = data.adjustedClose(period.symbol(), period.endDate());
        if (start.isPresent() && end.isPresent()) {
            return adjusted(period, start.get(), end.get());
        }
        if (data.hasDividends(period.symbol())) {
            return withDividends(period);
        }
        throw new IncompleteDataException(period.symbol() + " has no adjusted close on " + (start.isEmpty()
                ? period.startDate() : period.endDate()) + " and no stored dividends, one of which a total return "
                + "needs (import bars with an adj_close column, e.g. a Yahoo download, or its dividends with "
                + "bellwether import actions); without --total-return the price return is shown");
    }

    /** {@code period} between the adjusted closes of its two sessions. */
    private static PeriodReturn adjusted(PeriodReturn period, MarketData.AdjustedClose start,
            MarketData.AdjustedClose end) {
        if (!Objects.equals(start.importId(), end.importId())) {
            throw new IncompleteDataException(period.symbol() + "'s adjusted closes of " + period.startDate() + " and "
                    + period.endDate() + " come from different imports (" + start.importId() + " and " + end.importId()
                    + "): a source rescales its adjusted history at each dividend, so they do not compare; import "
                    + "the whole history from one download");
        }
        return new PeriodReturn(period.symbol(), period.startDate(), start.value(), period.endDate(), end.value());
    }

    /**
     * {@code period} with each stored dividend of an ex-day in it reinvested at that day's close: the end level times
     * {@code Π (1 + cash / ex-day close)}, each session's total return being {@code (close + cash) / previous close}.
     */
    private PeriodReturn withDividends(PeriodReturn period) {
        double growth = 1;
        for (MarketData.Dividend dividend : data.dividends(period.symbol(), period.startDate(), period.endDate())) {
            if (Double.isNaN(dividend.exClose())) {
                throw new IncompleteDataException(period.symbol() + " has no close on " + dividend.exDate() + ", the "
                        + "ex-date of a dividend of " + dividend.cash() + " a total return reinvests");
            }
            growth *= 1 + dividend.cash() / dividend.exClose();
        }
        return new PeriodReturn(period.symbol(), period.startDate(), period.startLevel(), period.endDate(),
                period.endLevel() * growth);
    }

    /** Returns over {@code period} as of {@code asOf} (month to date: from the last close of the previous month). */
    public Perf perfToDate(List<String> symbols, ToDate period, LocalDate asOf) {
        return perfToDate(symbols, period, asOf, false);
    }

    /** As {@link #perfToDate(List, ToDate, LocalDate)}, a total return with {@code totalReturn}. */
    public Perf perfToDate(List<String> symbols, ToDate period, LocalDate asOf, boolean totalReturn) {
        return perf(symbols, period.base(asOf), asOf, totalReturn);
    }

    /**
     * Refuses a level of {@code series} on {@code date} that is not known: the date lies in a hole of the series, or
     * the series is stale on it (DESIGN: "Continuity", "Freshness"); never the last old close instead.
     */
    private void requireLevel(DailySeries series, LocalDate date) {
        Freshness.unknownLevel(series, date, data.sessionsOf(series.symbol())).ifPresent(reason -> {
            throw new IncompleteDataException(reason);
        });
    }

    /** The rows of {@code returns}, each with the holes of its series between its two levels. */
    private static Perf perfOf(List<PeriodReturn> returns, List<List<Gap>> holes, String basis) {
        List<PerfRow> rows = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) {
            PeriodReturn r = returns.get(i);
            rows.add(new PerfRow(r.symbol(), r.startDate(), r.startLevel(), r.endDate(), r.endLevel(), r.percent(),
                    holes.get(i)));
        }
        List<RelativeBp> relative = new ArrayList<>();
        for (int i = 1; i < returns.size(); i++) {
            relative.add(new RelativeBp(returns.get(0).symbol(), returns.get(i).symbol(),
                    Relative.basisPoints(returns.get(0).fraction(), returns.get(i).fraction())));
        }
        return new Perf(rows, relative, basis);
    }

    /**
     * Record closes: within {@code year} (all years when null) up to {@code asOf} (the last session when null).
     * {@code history_start} is the first stored session, which decides whether a record can be called all-time.
     */
    public Records records(String symbol, Integer year, LocalDate asOf) {
        return records(symbol, year, asOf, false);
    }

    /**
     * Record closes, or with {@code intradayHighs} intraday records: session highs strictly above every earlier
     * high (DESIGN: a separate fact); the {@code close} field then holds the high.
     */
    public Records records(String symbol, Integer year, LocalDate asOf, boolean intradayHighs) {
        Optional<DailySeries> series = data.daily(symbol).optional();
        if (series.isPresent()) {
            return records(series.get(), year, asOf, intradayHighs);
        }
        // no bars here: the records computed elsewhere (bellwether spark records), if any
        Optional<Records> imported = intradayHighs || year == null || asOf == null ? Optional.empty()
                : data.results().records(symbol, year, asOf);
        return imported.orElseThrow(() -> unknown(symbol));
    }

    /** As {@link #records(String, Integer, LocalDate, boolean)}, of a series at hand (a Spark task's). */
    public static Records records(DailySeries series, Integer year, LocalDate asOf, boolean intradayHighs) {
        String symbol = series.symbol();
        int end = asOf == null ? series.size() - 1 : series.indexOnOrBefore(asOf);
        double[] values = intradayHighs ? series.highs() : series.closes();
        boolean[] records = RecordHighs.recordCloses(values);
        List<RecordClose> found = new ArrayList<>();
        for (int i = 0; i <= end; i++) {
            if (records[i] && (year == null || series.date(i).getYear() == year)) {
                found.add(new RecordClose(series.date(i), values[i]));
            }
        }
        LocalDate through = end < 0 ? series.firstDate() : series.date(end);
        return new Records(symbol, series.firstDate(), found.size(), found,
                Gap.of(series, series.firstDate(), through));
    }

    /**
     * Whether the latest record in {@code records} can be called all-time (DESIGN: the ten-year rule), on the history
     * since the last hole before it: a hole may hide a higher close.
     */
    public boolean isAllTime(Records records) {
        if (records.records().isEmpty()) {
            return false;
        }
        LocalDate last = records.records().get(records.records().size() - 1).date();
        LocalDate whole = records.holes().stream().map(Gap::to).filter(to -> to.isBefore(last)).reduce((a, b) -> b)
                .map(to -> to.plusDays(1)).orElse(records.historyStart());
        return RecordHighs.isAllTime(whole, whole.equals(records.historyStart())
                ? data.reference().inception(records.symbol()).orElse(null) : null, last);
    }

    /** Session returns in {@code [from, to]} of at least {@code k} standard deviations (every session when k is 0). */
    public Moves moves(String symbol, LocalDate from, LocalDate to, double k) {
        DailySeries series = data.daily(symbol).require();
        double[] returns = series.returns();
        double[] sigma = LargeMoves.sigma(returns);
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < returns.length; i++) {
            LocalDate date = series.date(i + 1);
            if (date.isBefore(from) || date.isAfter(to) || Double.isNaN(returns[i])) {
                continue; // outside the range, or across a hole: no session move
            }
            if (LargeMoves.isLarge(returns[i], sigma[i], k)) {
                moves.add(new Move(date, returns[i] * 100, sigma[i] * 100, returns[i] / sigma[i]));
            }
        }
        // the holes met: in the range, or in the sigma window of its first session
        int first = Math.max(0, series.indexOnOrBefore(from.minusDays(1)) + 1 - Definitions.MOVE_SIGMA_SESSIONS);
        return new Moves(symbol, moves, series.isEmpty() ? List.of() : Gap.of(series, series.date(first), to));
    }

    /** A screen row of {@code metrics} in the report's units (percent); null for null (no session by the date). */
    public static ScreenRow screenRow(String symbol, ScreenMetrics metrics) {
        return metrics == null ? null : new ScreenRow(symbol, metrics.returnMtd() * 100, metrics.returnYtd() * 100,
                metrics.volatility20() * 100, metrics.beta60(), metrics.correlation60(), metrics.recordsYtd(),
                metrics.breakout252(), metrics.staleSince());
    }

    /** Statistics of {@code symbol} against {@code vs} over the sessions both have in {@code [from, to]}. */
    public Stats stats(String symbol, String vs, LocalDate from, LocalDate to) {
        Optional<DailySeries> series = data.daily(symbol).optional();
        if (series.isEmpty()) { // no bars here: the statistics computed elsewhere (bellwether spark stats), if any
            return data.results().stats(symbol, vs, from, to).orElseThrow(() -> unknown(symbol));
        }
        DailySeries benchmark = data.daily(vs).require();
        requireLevel(series.get(), to); // a period ending after a series stopped: no statistic of it
        requireLevel(benchmark, to);
        return stats(series.get(), benchmark, from, to);
    }

    /** As {@link #stats(String, String, LocalDate, LocalDate)}, of two series at hand (a Spark task's). */
    public static Stats stats(DailySeries series, DailySeries vs, LocalDate from, LocalDate to) {
        Aligned aligned = alignedRange(series, vs, from, to);
        double[][] returns = aligned.returnsSpanningNoHole();
        double[] ra = returns[0];
        double[] rb = returns[1];
        return new Stats(series.symbol(), vs.symbol(), ra.length, RiskStats.volatility(ra) * 100,
                RiskStats.beta(ra, rb), RiskStats.correlation(ra, rb), RiskStats.trackingError(ra, rb) * 100,
                ra.length == 0 ? Double.NaN : RiskStats.maxDrawdown(aligned.a()) * 100, holesOf(series, vs, from, to));
    }

    /** Pearson correlation of daily returns over the sessions both have in {@code [from, to]}. */
    public Correlation correlation(String a, String b, LocalDate from, LocalDate to) {
        DailySeries first = data.daily(a).require();
        DailySeries second = data.daily(b).require();
        requireLevel(first, to);
        requireLevel(second, to);
        return correlation(first, second, from, to);
    }

    /** As {@link #correlation(String, String, LocalDate, LocalDate)}, of two series at hand (sector levels). */
    public static Correlation correlation(DailySeries a, DailySeries b, LocalDate from, LocalDate to) {
        double[][] returns = alignedRange(a, b, from, to).returnsSpanningNoHole();
        return new Correlation(a.symbol(), b.symbol(), returns[0].length, RiskStats.correlation(returns[0], returns[1]),
                holesOf(a, b, from, to), List.of());
    }

    /** The holes of both series in {@code [from, to]}. */
    private static List<Gap> holesOf(DailySeries a, DailySeries b, LocalDate from, LocalDate to) {
        List<Gap> holes = new ArrayList<>(Gap.of(a, from, to));
        if (!b.symbol().equals(a.symbol())) {
            holes.addAll(Gap.of(b, from, to));
        }
        return holes;
    }

    /**
     * Rolling beta of {@code a} on {@code b} and their correlation over {@code window} aligned daily returns, for each
     * session both have in {@code [from, to]} (the windows reach back before {@code from}; NaN until one is full).
     */
    public Reports.Rolling rolling(String a, String b, LocalDate from, LocalDate to, int window) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("--to must not be before --from, but " + to + " is before " + from);
        }
        DailySeries first = data.daily(a).require();
        DailySeries second = data.daily(b).require();
        Aligned aligned = Aligned.join(first, second);
        double[] ra = aligned.returnsA();
        double[] rb = aligned.returnsB();
        double[][] stats = RollingBeta.of(ra, rb, window);
        List<LocalDate> dates = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        List<Double> correlation = new ArrayList<>();
        for (int i = 0; i < ra.length; i++) {
            LocalDate date = LocalDate.ofEpochDay(aligned.days()[i + 1]);
            if (!date.isBefore(from) && !date.isAfter(to)) {
                dates.add(date);
                beta.add(stats[0][i]);
                correlation.add(stats[1][i]);
            }
        }
        // the holes met: in the range, or in the window of its first session
        int start = Math.max(0, first.indexOnOrBefore(from.minusDays(1)) + 1 - window);
        return new Reports.Rolling(a, b, window, dates, beta, correlation,
                first.isEmpty() ? List.of() : holesOf(first, second, first.date(start), to));
    }

    private static Aligned alignedRange(DailySeries first, DailySeries second, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("--to must not be before --from, but " + to + " is before " + from);
        }
        int[] ra = first.range(from, to);
        int[] rb = second.range(from, to);
        return Aligned.join(first.slice(ra[0], ra[1]), second.slice(rb[0], rb[1]));
    }

    /**
     * The imported screen against {@code vs} as of {@code asOf}, or else as of the benchmark's last session on or
     * before it (a screen as of a weekend is its Friday's), if the store holds one.
     */
    private Optional<Screen> importedScreen(String vs, LocalDate asOf) {
        Optional<Screen> exact = data.results().screen(asOf, vs);
        if (exact.isPresent()) {
            return exact;
        }
        return data.daily(vs).optional().flatMap(benchmark -> {
            int session = benchmark.indexOnOrBefore(asOf);
            return session < 0 || benchmark.date(session).equals(asOf) ? Optional.empty()
                    : data.results().screen(benchmark.date(session), vs);
        });
    }

    /**
     * The first day the universe screen at {@code asOf} reads: the year's first day, or the windows' lookback if that
     * reaches further. The whole universe is every symbol with a daily bar since then; one that stopped before is
     * not screened (a symbol's history that ended years earlier says nothing about this year).
     */
    public static LocalDate screenWindowStart(LocalDate asOf) {
        LocalDate yearStart = ToDate.YEAR.firstDay(asOf);
        return yearStart.isBefore(asOf.minusDays(SCREEN_LOOKBACK_DAYS)) ? yearStart
                : asOf.minusDays(SCREEN_LOOKBACK_DAYS);
    }

    /**
     * Whether the screen at {@code asOf} must read a symbol's whole history rather than {@code window}, its sessions
     * since {@link #screenWindowStart}: when gaps in the data leave the window fewer sessions than the longest
     * lookback and the symbol has bars before the year ({@code barsBeforeYear}).
     */
    public static boolean screenNeedsWholeHistory(DailySeries window, LocalDate asOf, boolean barsBeforeYear) {
        return barsBeforeYear && window.indexOnOrBefore(asOf) < Definitions.BREAKOUT_HIGH_SESSIONS;
    }

    /**
     * The universe screen at {@code asOf} for {@code symbols} (every symbol with daily bars in its windows, see
     * {@link #screenWindowStart}, when null), against
     * {@code vs}: reads this year and the windows' sessions of every symbol in one query, plus each symbol's highest
     * close before the year, and runs {@link UniverseScreen} per symbol.
     */
    public Screen screen(List<String> symbols, String vs, LocalDate asOf) {
        if (symbols == null) { // the whole universe may have been screened elsewhere (bellwether spark screen)
            Optional<Screen> imported = importedScreen(vs, asOf);
            if (imported.isPresent()) {
                return imported.get();
            }
        }
        LocalDate yearStart = ToDate.YEAR.firstDay(asOf);
        LocalDate from = screenWindowStart(asOf);
        List<String> wanted = symbols == null ? null : new ArrayList<>(new LinkedHashSet<>(symbols));
        if (wanted != null && !wanted.contains(vs)) {
            wanted.add(vs);
        }
        Map<String, DailySeries> series = data.dailySince(wanted, from);
        DailySeries benchmark = series.containsKey(vs) ? series.get(vs) : data.daily(vs).require();
        requireLevel(benchmark, asOf); // a screen against a benchmark that stopped compares with nothing
        Map<String, double[]> before = data.historyBefore(yearStart);
        List<String> screened = symbols == null ? List.copyOf(series.keySet()) : symbols;
        for (String symbol : screened) {
            if (!series.containsKey(symbol)) { // no bars in the windows: unknown, or stale since before them
                series.put(symbol, data.daily(symbol).require());
            }
        }
        // symbols are independent: the kernel runs on every core, the rows keep the order of the symbols
        List<ScreenRow> rows = screened.parallelStream().map(symbol -> {
            DailySeries one = series.get(symbol);
            if (screenNeedsWholeHistory(one, asOf, before.containsKey(symbol))) {
                one = data.daily(symbol).require();
            }
            double[] history = before.get(symbol);
            return screenRow(symbol, UniverseScreen.compute(one, benchmark, asOf, history == null ? Double.NaN
                    : history[0], data.sessionsOf(symbol)));
        }).filter(Objects::nonNull).toList();
        return new Screen(asOf, vs, rows, null);
    }

    private UnknownSymbolException unknown(String symbol) {
        return new UnknownSymbolException(symbol, data.store().file().toString());
    }
}
