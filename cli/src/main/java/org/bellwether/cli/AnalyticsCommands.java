package org.bellwether.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.store.MarketStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The analytics commands: perf, records, moves, stats, corr, breakouts, levels, breadth, concentration, screen.
 * Definitions: DESIGN.md.
 */
final class AnalyticsCommands {

    private AnalyticsCommands() {
    }

    /** What every analytics command shares: the store, the output and --json. */
    abstract static class Query implements Callable<Integer> {
        /** The holes a text answer names; --json lists all. */
        private static final int SHOWN_HOLES = 8;

        @ParentCommand
        private Object parent; // bellwether itself, or a query this one is a subcommand of (screen zombies)

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "print the result as one JSON document")
        private boolean json;

        /** Computes the report and prints it. */
        @Override
        public Integer call() {
            MarketData data = new MarketData(store());
            Object report = run(new FactsEngine(data));
            if (json) {
                Output.json(spec.commandLine().getOut(), report);
            } else {
                printText(report);
            }
            Output.simulatedNote(spec, data, json);
            return 0;
        }

        abstract Object run(FactsEngine engine);

        /** Levels, breakouts and intraday facts on the same store, under the NYSE calendar. */
        LevelFacts levelFacts() {
            return new LevelFacts(new MarketData(store()));
        }

        MarketStore store() {
            return parent instanceof Main main ? main.store() : ((Query) parent).store();
        }

        abstract void printText(Object report);

        void table(List<String> header, List<List<String>> rows) {
            Output.table(spec.commandLine().getOut(), header, rows);
        }

        void line(String text) {
            spec.commandLine().getOut().println(text);
            spec.commandLine().getOut().flush();
        }

        /** Says which holes of the data the figures met, and what that means for them. */
        void holesMet(List<Reports.Gap> holes, String meaning) {
            holesDescribed(holes.stream().map(Reports.Gap::describe).toList(), meaning);
        }

        void minuteHolesMet(List<Reports.MinuteGap> holes, String meaning) {
            holesDescribed(holes.stream().map(Reports.MinuteGap::describe).toList(), meaning);
        }

        /** The holes met, the first {@value #SHOWN_HOLES} named. */
        private void holesDescribed(List<String> holes, String meaning) {
            if (!holes.isEmpty()) {
                line("holes in the data (" + meaning + "): "
                        + String.join(", ", holes.subList(0, Math.min(SHOWN_HOLES, holes.size())))
                        + (holes.size() > SHOWN_HOLES ? " and " + Output.count(holes.size() - SHOWN_HOLES)
                                + " more (--json lists them)" : ""));
            }
        }
    }

    static List<String> symbols(List<String> raw) {
        return raw.stream().map(symbol -> Validation.symbol("SYM", symbol)).toList();
    }

    static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + to + " is before " + from);
        }
    }

    /** {@code INDEX --as-of DATE}: an index on one session. */
    static final class IndexAsOf {
        @Parameters(paramLabel = "INDEX", description = "the index")
        String index;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the session")
        LocalDate asOf;

        String index() {
            return Validation.symbol("INDEX", index);
        }
    }

    /** {@code --from DATE --to DATE}, both required, the sessions in between inclusive. */
    static final class DateRange {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "first session")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "last session")
        LocalDate to;

        void check() {
            requireOrder(from, to);
        }
    }

    @Command(name = "perf", mixinStandardHelpOptions = true,
            description = {"Period returns (level = close of the last session on or before each date) and the first",
                "symbol's relative performance against each other, in basis points."})
    static final class Perf extends Query {
        @Parameters(paramLabel = "SYM", arity = "1..*", description = "symbols, the first compared with the others")
        private List<String> symbols;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Period period;

        @Option(names = "--total-return", description = {"from the adjusted closes (dividends reinvested, splits "
            + "undone) instead of the closes;", "both sessions need one, written by one import"})
        private boolean totalReturn;

        static final class Period {
            @ArgGroup(exclusive = false)
            private Range range;

            @ArgGroup(exclusive = false)
            private ToDateOptions toDate;
        }

        static final class Range {
            @Option(names = "--from", required = true, paramLabel = "DATE", description = "start date (as-of rule)")
            private LocalDate from;

            @Option(names = "--to", required = true, paramLabel = "DATE", description = "end date (as-of rule)")
            private LocalDate to;
        }

        static final class ToDateOptions {
            @ArgGroup(exclusive = true, multiplicity = "1")
            private Which which;

            @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date")
            private LocalDate asOf;
        }

        static final class Which {
            @Option(names = "--mtd", description = "month to date: from the previous month's last close")
            private boolean mtd;

            @Option(names = "--ytd", description = "year to date: from the previous year's last close")
            private boolean ytd;

            @Option(names = "--qtd", description = "quarter to date: from the previous quarter's last close")
            private boolean qtd;

            @Option(names = "--wtd", description = "week to date: from the previous week's last close")
            private boolean wtd;

            ToDate period() {
                return ytd ? ToDate.YEAR : qtd ? ToDate.QUARTER : wtd ? ToDate.WEEK : ToDate.MONTH;
            }
        }

        @Override
        Object run(FactsEngine engine) {
            List<String> checked = symbols(symbols);
            if (period.range != null) {
                requireOrder(period.range.from, period.range.to);
                return engine.perf(checked, period.range.from, period.range.to, totalReturn);
            }
            return engine.perfToDate(checked, period.toDate.which.period(), period.toDate.asOf, totalReturn);
        }

        @Override
        void printText(Object report) {
            Reports.Perf perf = (Reports.Perf) report;
            List<List<String>> rows = new ArrayList<>();
            for (Reports.PerfRow row : perf.rows()) {
                rows.add(List.of(row.symbol(), row.startDate().toString(), Output.number(row.startLevel(), 2),
                        row.endDate().toString(), Output.number(row.endLevel(), 2),
                        (row.returnPct() >= 0 ? "+" : "") + Output.number(row.returnPct(), 2) + "%"));
            }
            table(List.of("SYMBOL", "START", "LEVEL", "END", "LEVEL", "CHANGE"), rows);
            line(perf.basis().equals(Reports.Perf.TOTAL) ? "Total return: adjusted closes (dividends reinvested, "
                    + "splits undone), else the stored dividends reinvested at their ex-day close." : "Price return: closes, without dividends (--total-return for the total "
                    + "return).");
            holesMet(perf.rows().stream().flatMap(row -> row.holes().stream()).toList(),
                    "the change is from level to level across them");
            for (Reports.RelativeBp relative : perf.relativeBp()) {
                line(relative.a() + " vs " + relative.b() + ": " + (relative.bp() >= 0 ? "+" : "")
                        + Output.number(relative.bp(), 0) + " bp");
            }
        }
    }

    @Command(name = "records", mixinStandardHelpOptions = true,
            description = {"Record closes: closes strictly above every earlier close in the stored history.",
                "A record is all-time only if the history starts at inception or ten years before it."})
    static final class Records extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Option(names = "--year", paramLabel = "YYYY", description = "only records within this calendar year")
        private Integer year;

        @Option(names = "--as-of", paramLabel = "DATE", description = "only records up to this date")
        private LocalDate asOf;

        @Option(names = "--highs", description = "intraday records instead: session highs above every earlier high")
        private boolean highs;

        @Override
        Object run(FactsEngine engine) {
            return engine.records(Validation.symbol("SYM", symbol), year, asOf, highs);
        }

        @Override
        void printText(Object report) {
            Reports.Records records = (Reports.Records) report;
            line(records.symbol() + ": " + records.count() + (highs ? " intraday record high" : " record close")
                    + (records.count() == 1 ? "" : "s")
                    + (year == null ? "" : " in " + year) + " (history from " + records.historyStart() + ")");
            List<List<String>> rows = new ArrayList<>();
            for (Reports.RecordClose record : records.records()) {
                rows.add(List.of(record.date().toString(), Output.number(record.close(), 2)));
            }
            table(List.of("DATE", highs ? "HIGH" : "CLOSE"), rows);
            holesMet(records.holes(), "a hole may hide a higher close: a record after one is all-time only by the "
                    + "history since it");
        }
    }

    @Command(name = "moves", mixinStandardHelpOptions = true,
            description = {"Large moves: session returns of at least k standard deviations of the previous 63",
                "session returns (sample). --k 0 lists every session."})
    static final class Moves extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--k", defaultValue = "2", paramLabel = "K", description = "threshold in standard deviations "
                + "(default: ${DEFAULT-VALUE})")
        private double k;

        @Override
        Object run(FactsEngine engine) {
            range.check();
            if (k < 0) {
                throw new IllegalArgumentException("--k must not be negative, but was " + k);
            }
            return engine.moves(Validation.symbol("SYM", symbol), range.from, range.to, k);
        }

        @Override
        void printText(Object report) {
            List<List<String>> rows = new ArrayList<>();
            for (Reports.Move move : ((Reports.Moves) report).moves()) {
                rows.add(List.of(move.date().toString(), Output.number(move.returnPct(), 2) + "%",
                        Output.number(move.sigma(), 2) + "%", Output.number(move.z(), 2)));
            }
            table(List.of("DATE", "RETURN", "SIGMA", "Z"), rows);
            holesMet(((Reports.Moves) report).holes(), "no session move spans one, and sigma is undefined for the "
                    + Definitions.MOVE_SIGMA_SESSIONS + " sessions after it");
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Risk statistics over the sessions both symbols have in the range: annualised volatility,",
                "beta, correlation, tracking error, maximum drawdown."})
    static final class Stats extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Option(names = "--vs", required = true, paramLabel = "SYM", description = "the benchmark")
        private String vs;

        @Mixin
        private DateRange range = new DateRange();

        @Override
        Object run(FactsEngine engine) {
            return engine.stats(Validation.symbol("SYM", symbol), Validation.symbol("--vs", vs), range.from, range.to);
        }

        @Override
        void printText(Object report) {
            Reports.Stats stats = (Reports.Stats) report;
            table(List.of("SYMBOL", "VS", "RETURNS", "VOLATILITY", "BETA", "CORRELATION", "TRACKING ERROR", "MAX DRAWDOWN"),
                    List.of(List.of(stats.symbol(), stats.vs(), Output.count(stats.sessions()),
                            Output.number(stats.volatilityPct(), 2) + "%", Output.number(stats.beta(), 3),
                            Output.number(stats.correlation(), 3), Output.number(stats.trackingErrorPct(), 2) + "%",
                            Output.number(stats.maxDrawdownPct(), 2) + "%")));
            holesMet(stats.holes(), "the returns spanning one are left out; the drawdown is of the closes held");
        }
    }

    @Command(name = "corr", mixinStandardHelpOptions = true,
            description = "Pearson correlation of daily returns over the sessions both symbols have in the range.")
    static final class Corr extends Query {
        @Parameters(index = "0", paramLabel = "SYM", description = "the first symbol")
        private String a;

        @Parameters(index = "1", paramLabel = "SYM", description = "the second symbol")
        private String b;

        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--intraday", description = "correlate 1-minute returns within the sessions (tick-for-tick)")
        private boolean intraday;

        @Override
        Object run(FactsEngine engine) {
            String first = Validation.symbol("SYM", a);
            String second = Validation.symbol("SYM", b);
            return intraday ? levelFacts().intradayCorrelation(first, second, range.from, range.to)
                    : engine.correlation(first, second, range.from, range.to);
        }

        @Override
        void printText(Object report) {
            Reports.Correlation correlation = (Reports.Correlation) report;
            line(correlation.a() + " and " + correlation.b() + ": correlation " + Output.number(correlation.correlation(), 3)
                    + " over " + Output.count(correlation.observations()) + (intraday ? " 1-minute" : " daily")
                    + " returns");
            holesMet(correlation.holes(), "the returns spanning one are left out");
            minuteHolesMet(correlation.minuteHoles(), "the returns spanning one are left out");
        }
    }

    @Command(name = "breakouts", mixinStandardHelpOptions = true,
            description = {"Closes through a support or resistance level after at least two touches (tolerance 0.5%%).",
                "Daily bars by default; --intraday uses 1-minute bars, with how long the level held in the session and",
                "the session's volume so far against the same time of day over the previous 20 sessions."})
    static final class BreakoutsCommand extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--intraday", description = "use 1-minute bars")
        private boolean intraday;

        @Override
        Object run(FactsEngine engine) {
            return levelFacts().breakouts(Validation.symbol("SYM", symbol), range.from, range.to, intraday);
        }

        @Override
        void printText(Object report) {
            List<List<String>> rows = new ArrayList<>();
            List<Reports.BreakoutRow> breaks = ((Reports.Breakouts) report).breakouts();
            for (Reports.BreakoutRow row : breaks) {
                rows.add(List.of(row.time(), row.direction(), Output.number(row.level(), 2), String.valueOf(row.touches()),
                        row.heldMinutes() == null ? "-" : Output.number(row.heldMinutes(), 0) + " min",
                        Output.number(row.volumeRatio(), 2) + "x", row.confirmed() ? "yes" : "no"));
            }
            table(List.of("TIME", "DIRECTION", "LEVEL", "TOUCHES", "HELD", "VOLUME", "CONFIRMED"), rows);
            String meaning = "a level formed across one may be out of date; a volume compared across one is undefined";
            holesMet(breaks.stream().flatMap(row -> row.holes().stream()).distinct().toList(), meaning);
            minuteHolesMet(breaks.stream().flatMap(row -> row.minuteHoles().stream()).distinct().toList(), meaning);
        }
    }

    @Command(name = "levels", mixinStandardHelpOptions = true,
            description = {"Support and resistance levels known at the end of a date: clusters of swing highs (lows)",
                "within 0.5%% of each other, with at least two touches. --intraday uses 1-minute bars."})
    static final class LevelsCommand extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the as-of date")
        private LocalDate asOf;

        @Option(names = "--intraday", description = "use 1-minute bars")
        private boolean intraday;

        @Option(names = "--within", defaultValue = "10", paramLabel = "PCT",
                description = "only levels within this percentage of the last close (default: ${DEFAULT-VALUE})")
        private double within;

        @Override
        Object run(FactsEngine engine) {
            if (!(within > 0)) {
                throw new IllegalArgumentException("--within must be a positive percentage, but was " + within);
            }
            return levelFacts().levels(Validation.symbol("SYM", symbol), asOf, intraday, within);
        }

        @Override
        void printText(Object report) {
            Reports.Levels levels = (Reports.Levels) report;
            line(levels.symbol() + " closed at " + Output.number(levels.close(), 2) + " on or before " + levels.asOf()
                    + "; levels within " + Output.number(within, 0) + "%:");
            List<List<String>> rows = new ArrayList<>();
            for (Reports.LevelRow row : levels.levels()) {
                rows.add(List.of(row.kind(), Output.number(row.price(), 2), String.valueOf(row.touches()), row.firstTouch(),
                        row.lastTouch()));
            }
            table(List.of("KIND", "LEVEL", "TOUCHES", "FIRST TOUCH", "LAST TOUCH"), rows);
            String meaning = "a level formed before one may be out of date";
            holesMet(levels.holes(), meaning);
            minuteHolesMet(levels.minuteHoles(), meaning);
        }
    }

    @Command(name = "breadth", mixinStandardHelpOptions = true,
            description = {"Breadth of an index's members on a date (point-in-time membership): share above their",
                "50-session average, advancers and decliners, new 52-week highs and lows."})
    static final class BreadthCommand extends Query {
        @Mixin
        private IndexAsOf at = new IndexAsOf();

        @Override
        Object run(FactsEngine engine) {
            return new IndexFacts(new MarketData(store())).breadth(at.index(), at.asOf);
        }

        @Override
        void printText(Object report) {
            Reports.Breadth breadth = (Reports.Breadth) report;
            line(breadth.index() + " on " + breadth.asOf() + ": " + breadth.coverage() + " with a close that day"
                    + Output.partial(breadth, "a close that day"));
            line("  above their 50-session average: " + breadth.above50d() + " ("
                    + Output.number(breadth.above50dPct(), 1) + "%)");
            line("  advancers " + breadth.advancers() + ", decliners " + breadth.decliners() + ", unchanged "
                    + breadth.unchanged());
            line("  new 52-week highs " + breadth.newHighs() + ", lows " + breadth.newLows() + ", net "
                    + breadth.netNewHighs());
        }
    }

    @Command(name = "concentration", mixinStandardHelpOptions = true,
            description = {"Concentration of an index on a date: weight of the top N members, Herfindahl index,",
                "effective number of members, and cap- against equal-weighted return (year to date by default)."})
    static final class ConcentrationCommand extends Query {
        @Mixin
        private IndexAsOf at = new IndexAsOf();

        @Option(names = "--top", defaultValue = "10", paramLabel = "N",
                description = "how many of the largest members (default: ${DEFAULT-VALUE})")
        private int top;

        @Option(names = "--from", paramLabel = "DATE",
                description = "start of the return period (default: the previous year's last close)")
        private LocalDate from;

        @Override
        Object run(FactsEngine engine) {
            return new IndexFacts(new MarketData(store())).concentration(at.index(), at.asOf, top, from);
        }

        @Override
        void printText(Object report) {
            Reports.Concentration c = (Reports.Concentration) report;
            line(c.index() + " on " + c.asOf() + ", " + c.coverage() + " with a close, weighted by " + c.weighting()
                    + Output.partial(c, "a current close") + ":");
            line("  top " + c.topN() + " weight " + Output.number(c.topWeightPct(), 2) + "%, Herfindahl "
                    + Output.number(c.herfindahl(), 4) + ", effective number " + Output.number(c.effectiveNumber(), 1));
            line("  since " + c.periodStart() + ": cap-weighted " + Output.number(c.capWeightedReturnPct(), 2)
                    + "%, equal-weighted " + Output.number(c.equalWeightedReturnPct(), 2) + "%, difference "
                    + Output.number(c.capMinusEqualBp(), 0) + " bp");
        }
    }

    @Command(name = "sectors", mixinStandardHelpOptions = true,
            description = {"Sector contributions to an index's cap-weighted return over a period: each sector's",
                "weight at the start, its return, and its contribution in basis points (sectors from instruments)."})
    static final class SectorsCommand extends Query {
        @Parameters(paramLabel = "INDEX", description = "the index")
        private String index;

        @Mixin
        private DateRange range = new DateRange();

        @Override
        Object run(FactsEngine engine) {
            range.check();
            return new IndexFacts(new MarketData(store())).sectors(Validation.symbol("INDEX", index), range.from,
                    range.to);
        }

        @Override
        void printText(Object report) {
            Reports.Sectors sectors = (Reports.Sectors) report;
            line(sectors.index() + " from " + sectors.startDate() + " to " + sectors.endDate() + ": "
                    + Output.number(sectors.indexReturnPct(), 2) + "% cap-weighted, from " + sectors.coverage()
                    + " with levels at both ends" + Output.partial(sectors, "levels at both ends"));
            List<List<String>> rows = new ArrayList<>();
            for (Reports.SectorRow row : sectors.sectors()) {
                rows.add(List.of(row.sector(), String.valueOf(row.members()), Output.number(row.weightPct(), 2) + "%",
                        Output.number(row.returnPct(), 2) + "%", Output.number(row.contributionBp(), 1) + " bp"));
            }
            table(List.of("SECTOR", "MEMBERS", "WEIGHT", "RETURN", "CONTRIBUTION"), rows);
        }
    }

    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"The universe screen at an as-of session: returns month- and year-to-date, 20-session",
                "volatility, 60-session beta and correlation to --vs, record closes this year, 252-session breakout.",
                "Needs --symbols or --all, --vs and --as-of. Subcommand: screen zombies INDEX --as-of DATE."})
    static final class Screen extends Query {
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        private Universe universe;

        static final class Universe {
            @Option(names = "--symbols", split = ",", paramLabel = "SYM", description = "the symbols (comma-separated)")
            private List<String> symbols;

            @Option(names = "--all", description = "every symbol with daily bars")
            private boolean all;
        }

        // checked when the screen runs, not when parsed: "screen zombies ..." has neither
        @Option(names = "--vs", paramLabel = "SYM", description = "the benchmark (required)")
        private String vs;

        @Option(names = "--as-of", paramLabel = "DATE", description = "the as-of date (required)")
        private LocalDate asOf;

        @Override
        Object run(FactsEngine engine) {
            if (universe == null || vs == null || asOf == null) {
                throw new IllegalArgumentException("screen needs --symbols or --all, --vs and --as-of (or the "
                        + "subcommand zombies: bellwether screen zombies INDEX --as-of DATE)");
            }
            return engine.screen(universe.all ? null : symbols(universe.symbols), Validation.symbol("--vs", vs),
                    asOf).document();
        }

        @Override
        @SuppressWarnings("unchecked")
        void printText(Object report) {
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) ((Map<String, Object>) report).get("rows")) {
                if (row.get("stale_since") != null) {
                    rows.add(List.of((String) row.get("symbol"), "stale since " + row.get("stale_since"), "-", "-", "-", "-",
                            "-", "-"));
                    continue;
                }
                rows.add(List.of((String) row.get("symbol"), percent(row.get("return_mtd_pct")),
                        percent(row.get("return_ytd_pct")), percent(row.get("volatility_20_pct")),
                        Output.number((Double) row.get("beta_60"), 2), Output.number((Double) row.get("correlation_60"), 2),
                        String.valueOf(row.get("records_ytd")), String.valueOf(row.get("breakout_252"))));
            }
            table(List.of("SYMBOL", "MTD", "YTD", "VOL 20", "BETA 60", "CORR 60", "RECORDS YTD", "BREAKOUT 252"), rows);
        }

        private static String percent(Object value) {
            return Output.number((Double) value, 2) + "%";
        }
    }
}
