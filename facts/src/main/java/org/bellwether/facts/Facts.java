package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.facts.Provenance.Input;
import org.bellwether.facts.text.Wording;

/**
 * The facts of the engines' results, one builder per kind of the registry: each gives the fact its kind, subjects,
 * the sessions actually used, its value and its provenance (the registry's definition, then what this fact used).
 * The note, the API and the tests build their facts here and nowhere else.
 */
public final class Facts {

    private final DataSource source;

    /** Builders of facts from {@code source}. */
    public Facts(DataSource source) {
        this.source = source;
    }

    /** Builders of facts from the store of {@code data}. */
    public static Facts of(MarketData data) {
        return new Facts(data.source());
    }

    /** The data source the facts name. */
    public DataSource source() {
        return source;
    }

    private Provenance provenance(FactKind kind, String detail, Input... inputs) {
        return Provenance.of(kind, detail, source, null, inputs);
    }

    /** The provenance of a fact whose inputs had {@code holes} where it looked. */
    private Provenance provenance(FactKind kind, String detail, List<Reports.Gap> holes, Input... inputs) {
        return provenance(kind, detail, inputs).withHoles(holes);
    }

    private static Input one(String symbol, LocalDate day) {
        return new Input(symbol, day, day, 1);
    }

    private static Input two(String symbol, LocalDate start, LocalDate end) {
        return new Input(symbol, start, end, 2);
    }

    /** The close of {@code symbol} on {@code session}. */
    public Fact close(String symbol, LocalDate session, double close) {
        return Fact.of(FactKind.CLOSE, List.of(symbol), session, session, close, provenance(FactKind.CLOSE,
                "the close of " + symbol + " on " + session, one(symbol, session)));
    }

    /** A round level the close of {@code session} is the first close above, in the history since {@code since}. */
    public Fact milestone(String symbol, LocalDate session, double level, LocalDate since) {
        return new Fact(FactKind.FIRST_CROSS_SINCE, List.of(symbol), since, session, level, Unit.LEVEL,
                provenance(FactKind.FIRST_CROSS_SINCE, "the close of " + session + " above " + Wording.number(level, 0)
                        + ", every earlier close since " + since + " below it", two(symbol, since, session)));
    }

    /** A period return. */
    public Fact periodReturn(Reports.PerfRow row) {
        return Fact.of(FactKind.PERIOD_RETURN, List.of(row.symbol()), row.startDate(), row.endDate(), row.returnPct(),
                provenance(FactKind.PERIOD_RETURN, Wording.level(row.endLevel()) + " / " + Wording.level(
                        row.startLevel()) + " - 1 of the closes of " + row.endDate() + " and " + row.startDate(),
                        row.holes(), two(row.symbol(), row.startDate(), row.endDate())));
    }

    /** Every return of {@code perf} and its first symbol's performance relative to each other. */
    public List<Fact> perf(Reports.Perf perf) {
        List<Fact> facts = new ArrayList<>();
        perf.rows().forEach(row -> facts.add(periodReturn(row)));
        for (int i = 0; i < perf.relativeBp().size(); i++) {
            facts.add(relative(perf.relativeBp().get(i), perf.rows().get(0), perf.rows().get(i + 1)));
        }
        return facts;
    }

    /** {@code a}'s performance relative to {@code b}, in basis points. */
    public Fact relative(Reports.RelativeBp relative, Reports.PerfRow a, Reports.PerfRow b) {
        return Fact.of(FactKind.RELATIVE_PERFORMANCE, List.of(relative.a(), relative.b()), a.startDate(),
                a.endDate(), relative.bp(), provenance(FactKind.RELATIVE_PERFORMANCE, relative.a() + " "
                        + Wording.signedPercent(a.returnPct()) + " and " + relative.b() + " "
                        + Wording.signedPercent(b.returnPct()) + " from " + a.startDate() + " to " + a.endDate(),
                        both(a, b), two(a.symbol(), a.startDate(), a.endDate()),
                        two(b.symbol(), b.startDate(), b.endDate())));
    }

    /** The holes both period returns span. */
    private static List<Reports.Gap> both(Reports.PerfRow a, Reports.PerfRow b) {
        List<Reports.Gap> holes = new ArrayList<>(a.holes());
        holes.addAll(b.holes());
        return holes;
    }

    /**
     * The count of {@code records}, whose history start bounds what they can be called: all-time when
     * {@code allTime}, else closes above every earlier close since the history start.
     */
    public Fact recordCount(Reports.Records records, boolean allTime) {
        LocalDate first = records.records().isEmpty() ? records.historyStart() : records.records().get(0).date();
        LocalDate last = records.records().isEmpty() ? records.historyStart()
                : records.records().get(records.count() - 1).date();
        String dates = String.join(", ", records.records().stream().map(r -> r.date().toString()).toList());
        String scope = allTime ? "all-time record closes" : "closes above every earlier close since "
                + records.historyStart() + " (history too short to call them all-time)";
        return Fact.of(FactKind.RECORD_HIGH_COUNT, List.of(records.symbol()), first, last, records.count(),
                Provenance.of(FactKind.RECORD_HIGH_COUNT, scope + " in " + last.getYear() + " up to " + last + ": "
                        + (dates.isEmpty() ? "none" : dates) + " (history from " + records.historyStart() + ")",
                        source, records.historyStart(), new Input(records.symbol(), records.historyStart(), last,
                                records.count())).withHoles(records.holes()));
    }

    /** A session's return, measured in the standard deviations of the session returns before it. */
    public Fact sessionReturn(String symbol, Reports.Move move) {
        return Fact.of(FactKind.SESSION_RETURN, List.of(symbol), move.date(), move.date(), move.returnPct(),
                provenance(FactKind.SESSION_RETURN, "the close of " + move.date() + "; " + Wording.number(move.z(), 2)
                        + " standard deviations of the previous session returns (" + Wording.number(move.sigma(), 2)
                        + "%)", one(symbol, move.date())));
    }

    /** The statistics of {@code stats} over {@code [from, to]}. */
    public List<Fact> stats(Reports.Stats stats, LocalDate from, LocalDate to) {
        List<String> both = List.of(stats.symbol(), stats.vs());
        String detail = stats.sessions() + " daily returns from " + from + " to " + to;
        Input a = new Input(stats.symbol(), from, to, stats.sessions() + 1);
        Input b = new Input(stats.vs(), from, to, stats.sessions() + 1);
        List<Reports.Gap> holes = stats.holes();
        return List.of(
                Fact.of(FactKind.VOLATILITY, List.of(stats.symbol()), from, to, stats.volatilityPct(),
                        provenance(FactKind.VOLATILITY, detail, holes, a)),
                Fact.of(FactKind.BETA, both, from, to, stats.beta(), provenance(FactKind.BETA, detail, holes, a, b)),
                Fact.of(FactKind.CORRELATION, both, from, to, stats.correlation(),
                        provenance(FactKind.CORRELATION, detail, holes, a, b)),
                Fact.of(FactKind.TRACKING_ERROR, both, from, to, stats.trackingErrorPct(),
                        provenance(FactKind.TRACKING_ERROR, detail, holes, a, b)),
                Fact.of(FactKind.MAX_DRAWDOWN, List.of(stats.symbol()), from, to, stats.maxDrawdownPct(),
                        provenance(FactKind.MAX_DRAWDOWN, detail, holes, a)));
    }

    /** A break through a level (BREAKOUT up, BREAKDOWN down), valued at the level. */
    public Fact breakLevel(String symbol, Reports.BreakoutRow row) {
        FactKind kind = "up".equals(row.direction()) ? FactKind.BREAKOUT : FactKind.BREAKDOWN;
        LocalDate day = day(row);
        return Fact.of(kind, List.of(symbol), day, day, row.level(), provenance(kind, "a level of " + row.touches()
                + " touches, broken at " + row.time() + (row.heldMinutes() == null ? "" : ", held "
                + row.heldMinutes().intValue() + " minutes into the session") + ", volume " + Wording.number(
                        row.volumeRatio(), 2) + "x usual" + (row.confirmed() ? " (confirmed)" : " (not confirmed)"),
                new Input(symbol, day, day, row.touches() + 1)).withHoles(row.holes()).withMinuteHoles(row.minuteHoles()));
    }

    /** The facts of {@code breakouts}, one a break. */
    public List<Fact> breakouts(Reports.Breakouts breakouts) {
        return breakouts.breakouts().stream().map(row -> breakLevel(breakouts.symbol(), row)).toList();
    }

    /** How long the level held before an intraday break. */
    public Fact held(String symbol, Reports.BreakoutRow row) {
        LocalDate day = day(row);
        return Fact.of(FactKind.BREAKOUT_HELD, List.of(symbol), day, day, row.heldMinutes(),
                provenance(FactKind.BREAKOUT_HELD, "broken at " + row.time(), one(symbol, day)));
    }

    /** The volume of a break against the usual. */
    public Fact volumeRatio(String symbol, Reports.BreakoutRow row) {
        LocalDate day = day(row);
        return Fact.of(FactKind.VOLUME_RATIO, List.of(symbol), day, day, row.volumeRatio(),
                provenance(FactKind.VOLUME_RATIO, "broken at " + row.time() + (row.confirmed() ? ", confirmed"
                        : ", not confirmed"), one(symbol, day)));
    }

    /** The correlation of two instruments' 1-minute returns within the sessions of {@code [from, to]}. */
    public Fact intradayCorrelation(Reports.Correlation c, LocalDate from, LocalDate to) {
        return Fact.of(FactKind.INTRADAY_CORRELATION, List.of(c.a(), c.b()), from, to, c.correlation(),
                provenance(FactKind.INTRADAY_CORRELATION, c.observations() + " 1-minute returns from " + from + " to "
                        + to, c.holes(), new Input(c.a(), from, to, c.observations() + 1),
                        new Input(c.b(), from, to, c.observations() + 1)).withMinuteHoles(c.minuteHoles()));
    }

    /** A sector's contribution to an index's return. */
    public Fact sector(Reports.Sectors sectors, Reports.SectorRow row) {
        return Fact.of(FactKind.SECTOR_CONTRIBUTION, List.of(sectors.index(), row.sector()), sectors.startDate(),
                sectors.endDate(), row.contributionBp(), provenance(FactKind.SECTOR_CONTRIBUTION, row.sector()
                        + ": weight " + Wording.number(row.weightPct(), 2) + "% at " + sectors.startDate()
                        + " x its cap-weighted return " + Wording.signedPercent(row.returnPct()) + " (" + row.members()
                        + " members)", new Input(sectors.index(), sectors.startDate(), sectors.endDate(),
                                row.members())));
    }

    /** The contributions of every sector of {@code sectors}. */
    public List<Fact> sectors(Reports.Sectors sectors) {
        return sectors.sectors().stream().map(row -> sector(sectors, row)).toList();
    }

    /** The weight of an index's top members on session {@code session} of {@code weights}. */
    public Fact topWeight(Reports.TopWeights weights, int session) {
        LocalDate date = weights.dates().get(session);
        return Fact.of(FactKind.TOP_N_WEIGHT, List.of(weights.index()), date, date, weights.weightPct().get(session),
                provenance(FactKind.TOP_N_WEIGHT, "the top " + weights.topN() + " members of " + weights.index()
                        + " on " + date, one(weights.index(), date)));
    }

    /** The concentration figures of {@code c}. */
    public List<Fact> concentration(Reports.Concentration c) {
        List<String> index = List.of(c.index());
        Input members = new Input(c.index(), c.periodStart(), c.asOf(), c.withData());
        String detail = c.withData() + " of " + c.members() + " members with a close, weights by " + c.weighting()
                + " on " + c.asOf();
        return List.of(
                Fact.of(FactKind.TOP_N_WEIGHT, index, c.asOf(), c.asOf(), c.topWeightPct(),
                        provenance(FactKind.TOP_N_WEIGHT, "top " + c.topN() + ", " + detail, members)),
                Fact.of(FactKind.HERFINDAHL, index, c.asOf(), c.asOf(), c.herfindahl(),
                        provenance(FactKind.HERFINDAHL, detail, members)),
                Fact.of(FactKind.CAP_MINUS_EQUAL, index, c.periodStart(), c.asOf(), c.capMinusEqualBp(),
                        provenance(FactKind.CAP_MINUS_EQUAL, detail + "; returns weighted at " + c.periodStart(),
                                members)));
    }

    /** The breadth figures of {@code b}. */
    public List<Fact> breadth(Reports.Breadth b) {
        List<String> index = List.of(b.index());
        Input members = new Input(b.index(), b.asOf(), b.asOf(), b.withData());
        return List.of(shareAbove50d(b),
                Fact.of(FactKind.ADVANCERS_MINUS_DECLINERS, index, b.asOf(), b.asOf(), b.advancers() - b.decliners(),
                        provenance(FactKind.ADVANCERS_MINUS_DECLINERS, b.advancers() + " up, " + b.decliners()
                                + " down of " + b.withData() + " members with a close", members)),
                Fact.of(FactKind.NET_NEW_HIGHS, index, b.asOf(), b.asOf(), b.netNewHighs(),
                        provenance(FactKind.NET_NEW_HIGHS, b.newHighs() + " highs, " + b.newLows() + " lows", members)));
    }

    /** The share of an index's members above their 50-session average. */
    public Fact shareAbove50d(Reports.Breadth b) {
        return Fact.of(FactKind.SHARE_ABOVE_50D, List.of(b.index()), b.asOf(), b.asOf(), b.above50dPct(),
                provenance(FactKind.SHARE_ABOVE_50D, b.above50d() + " of " + b.withData() + " members on " + b.asOf(),
                        new Input(b.index(), b.asOf(), b.asOf(), b.withData())));
    }

    /** How many symbols the universe screen holds. */
    public Fact screened(Reports.Screen screen, Reports.Summary summary) {
        return Fact.of(FactKind.SCREENED, List.of(screen.vs()), screen.asOf(), screen.asOf(), summary.screened(),
                provenance(FactKind.SCREENED, "against " + screen.vs() + " on " + screen.asOf() + origin(screen),
                        one(screen.vs(), screen.asOf())));
    }

    /** The share of the screened symbols ahead of the benchmark this year. */
    public Fact screenAhead(Reports.Screen screen, Reports.Summary summary) {
        return Fact.of(FactKind.SCREEN_AHEAD_SHARE, List.of(screen.vs()), ToDate.YEAR.firstDay(screen.asOf()),
                screen.asOf(), summary.aheadPct(), provenance(FactKind.SCREEN_AHEAD_SHARE, summary.ahead() + " of the "
                        + summary.withYtd() + " screened symbols with a return this year above " + screen.vs() + "'s "
                        + Wording.signedPercent(summary.benchmarkYtdPct()) + origin(screen),
                        one(screen.vs(), screen.asOf())));
    }

    /** How many screened symbols broke out above their 252-session high on volume. */
    public Fact screenBreakouts(Reports.Screen screen, Reports.Summary summary) {
        return Fact.of(FactKind.SCREEN_BREAKOUTS, List.of(screen.vs()), screen.asOf(), screen.asOf(),
                summary.breakouts(), provenance(FactKind.SCREEN_BREAKOUTS, "on " + screen.asOf() + origin(screen),
                        one(screen.vs(), screen.asOf())));
    }

    private static String origin(Reports.Screen screen) {
        return screen.source() == null ? "" : " (screen imported from " + screen.source() + ")";
    }

    /** A macro series' change month to date as of {@code session}, in basis points. */
    public Fact seriesChange(Reports.RateRow row, LocalDate session) {
        LocalDate start = ToDate.MONTH.base(session);
        return Fact.of(FactKind.SERIES_CHANGE, List.of(row.series()), start, row.date(), row.changeMtdBp(),
                provenance(FactKind.SERIES_CHANGE, row.series() + " from its last observation on or before " + start
                        + " to " + row.date(), two(row.series(), start, row.date())));
    }

    /** A macro series' change from one observation to the next. */
    public Fact seriesMove(Reports.SeriesMove move) {
        return Fact.of(FactKind.SERIES_CHANGE, List.of(move.series()), move.from(), move.date(), move.changeBp(),
                provenance(FactKind.SERIES_CHANGE, move.series() + " from its observation of " + move.from() + " to "
                        + "that of " + move.date() + "; " + Wording.number(move.z(), 2) + " standard deviations of the "
                        + "previous changes", two(move.series(), move.from(), move.date())));
    }

    /** The level a macro series' move reached. */
    public Fact seriesLevel(Reports.SeriesMove move) {
        return new Fact(FactKind.SERIES_LEVEL, List.of(move.series()), move.date(), move.date(), move.level(),
                Unit.PERCENT, provenance(FactKind.SERIES_LEVEL, move.series() + " on " + move.date(),
                        one(move.series(), move.date())));
    }

    /** A macro series' level. */
    public Fact seriesLevel(Reports.RateRow row) {
        return new Fact(FactKind.SERIES_LEVEL, List.of(row.series()), row.date(), row.date(), row.level(),
                "percent".equalsIgnoreCase(row.unit()) ? Unit.PERCENT : Unit.RATIO, provenance(FactKind.SERIES_LEVEL,
                        row.series() + " on " + row.date(), one(row.series(), row.date())));
    }

    /** The share of an index's members that cannot cover their interest. */
    public Fact zombies(Reports.Zombies z) {
        return Fact.of(FactKind.ZOMBIE_SHARE, List.of(z.index()), z.asOf(), z.asOf(), z.sharePct(),
                provenance(FactKind.ZOMBIE_SHARE, z.zombies() + " of " + z.withData() + " members with fundamentals",
                        new Input(z.index(), z.asOf(), z.asOf(), z.withData())));
    }

    /** The next scheduled release: a date (its {@code end}), not a number. */
    public Fact release(Reports.CalendarEvent event) {
        return Fact.of(FactKind.SCHEDULED_RELEASE, event.symbols(), event.expectedDate(), event.expectedDate(),
                Double.NaN, provenance(FactKind.SCHEDULED_RELEASE, "\"" + event.headline()
                        + "\", expected on " + event.expectedDate()));
    }

    /** The session of a break: its date (daily bars) or the date of its time (1-minute bars). */
    private static LocalDate day(Reports.BreakoutRow row) {
        return LocalDate.parse(row.time().substring(0, 10));
    }
}
