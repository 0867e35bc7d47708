package org.bellwether.server;

import static org.bellwether.server.Route.Param.path;
import static org.bellwether.server.Route.Param.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.alerts.AlertLog;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionDay;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.model.Event;
import org.bellwether.core.model.Found;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.DataRule;
import org.bellwether.facts.EventFacts;
import org.bellwether.facts.Fact;
import org.bellwether.facts.FactDefinition;
import org.bellwether.facts.FactKind;
import org.bellwether.facts.FactRegistry;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Gaps;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MacroFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.report.note.MarketNote;
import org.bellwether.report.note.NoteRenderer;
import org.bellwether.report.note.NoteWriter;
import org.bellwether.server.Route.Answer;
import org.bellwether.store.MarketStore;
import org.bellwether.store.SymbolSummary;

/** The API's routes: each handler reads its checked parameters and delegates to the facts engines. */
final class Api {

    /** The longest span of 1-minute bars one request may ask for. */
    static final int MAX_INTRADAY_DAYS = 31;

    /** The longest span of calendar days one request may list. */
    static final int MAX_SESSION_DAYS = 3660;

    private final MarketStore store;
    private final MarketData data;
    private final AlertFeed alerts;
    private volatile Catalogue catalogue;

    /** What the store holds, listed once per data generation and indexed by symbol. */
    private record Catalogue(long generation, List<SymbolSummary> instruments, Map<String, SymbolSummary> bySymbol) {

        static Catalogue of(long generation, List<SymbolSummary> instruments) {
            Map<String, SymbolSummary> bySymbol = new HashMap<>();
            instruments.forEach(instrument -> bySymbol.put(instrument.symbol(), instrument));
            return new Catalogue(generation, List.copyOf(instruments), bySymbol);
        }
    }

    Api(MarketStore store, AlertFeed alerts) {
        this.store = store;
        this.data = new MarketData(store);
        this.alerts = alerts;
    }

    /**
     * Rewrites the store's columnar snapshot when an import has outdated it (one request at a time; a stat of two
     * files when it is current), so that a long-running server keeps answering from it rather than from DuckDB.
     */
    synchronized void refreshSnapshot() {
        data.prepareManyReads();
    }

    /** The store's data generation, which keys cached answers. */
    long generation() {
        return data.generation();
    }

    private Catalogue catalogue() {
        long generation = data.generation();
        Catalogue current = catalogue;
        if (current == null || current.generation() != generation) {
            current = Catalogue.of(generation, SymbolSummary.list(store));
            catalogue = current;
        }
        return current;
    }

    /** "Simulated data: ..." when the store holds simulated data (the dashboard shows it on every page), else null. */
    String dataNote() {
        return data.simulatedSources().map(s -> "Simulated data: " + s.replace("simulated: ", "")
                + ", not real market prices.").orElse(null);
    }

    private FactsEngine engine() {
        return new FactsEngine(data);
    }

    private LevelFacts levels() {
        return new LevelFacts(data);
    }

    private static final Route.Param AS_OF = query("as_of", "string", true, "ISO date: the as-of date");
    private static final Route.Param FROM = query("from", "string", true, "ISO date: the first date");
    private static final Route.Param TO = query("to", "string", true, "ISO date: the last date");
    private static final Route.Param INTRADAY = query("intraday", "boolean", false,
            "intraday bars (the finest stored, 1-minute where there are) instead of daily");

    /** Every route, in the order of the OpenAPI document. */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(get("/instruments", "What the store holds: every symbol with its name, kind, first and last "
                + "session and bar counts (bellwether symbols)", List.of(), Answer.listOf(SymbolSummary.class), p -> catalogue().instruments()));
        routes.add(get("/facts", "The fact registry: every kind of fact with its unit, definition, version, "
                + "parameters and how a stated value compares; computable kinds are served at /facts/{kind}",
                List.of(), Answer.DOCUMENT, p -> registry()));
        routes.add(heavy("/gaps", "The holes of daily series on the NYSE calendar and the series stale on a date, or "
                + "with intraday the holes of intraday bars in the sessions (bellwether gaps)", List.of(query("symbols",
                        "string", false, "symbols separated by commas (default: all)"), query("as_of", "string", false,
                        "ISO date staleness is judged on (default: today)"), INTRADAY), Answer.DOCUMENT, p -> {
                    List<String> symbols = p.text("symbols") == null ? null : p.symbols("symbols");
                    return Map.of("series", p.flag("intraday") ? Gaps.intraday(data, symbols)
                            : Gaps.of(data, symbols, p.optionalDate("as_of") == null ? LocalDate.now()
                                    : p.optionalDate("as_of")));
                }));
        routes.add(get("/rules", "The rules every fact obeys on real data (continuity, freshness): what each says "
                + "and its parameters", List.of(), Answer.DOCUMENT, p -> rules()));
        routes.add(get("/facts/{kind}", "A fact of a registered kind about a symbol as of a date (404 with the reason "
                + "when there is none)", List.of(path("kind", "the kind's id, e.g. streak"), query("symbol", "string",
                        true, "the subject"), AS_OF), Answer.of(Fact.class), p -> registeredFact(p.text("kind"), p.symbol("symbol"),
                        p.date("as_of"))));
        routes.add(heavy("/universe", "The note's default universe as of a date (today by default): what the store holds of "
                + "the most-watched instruments, indices with members first", List.of(query("as_of", "string", false,
                        "the date (ISO)")), Answer.listOf(String.class), p -> new NoteWriter(data).defaultUniverse(
                                p.optionalDate("as_of") == null ? LocalDate.now() : p.optionalDate("as_of"))));
        routes.add(get("/instruments/{symbol}", "One instrument (404 when the store has no such symbol)",
                List.of(path("symbol", "the symbol")), Answer.of(SymbolSummary.class), p -> instrument(p.symbol("symbol"))));
        routes.add(get("/bars/{symbol}", "Bars in a date range: daily, or 1-minute (at most 31 days)",
                List.of(path("symbol", "the symbol"), FROM, TO, query("interval", "string", false, "1d (default) "
                        + "or 1m")), Answer.DOCUMENT, p -> bars(p)));
        routes.add(get("/perf", "Period returns and the first symbol against each other in bp (bellwether perf)",
                List.of(query("symbols", "string", true, "symbols separated by commas, the first compared"),
                        query("from", "string", false, "ISO date (or period=mtd|ytd with as_of)"),
                        query("to", "string", false, "ISO date"), query("period", "string", false, "mtd or ytd"),
                        query("as_of", "string", false, "ISO date, with period"),
                        query("total_return", "boolean", false, "true: the total return, from the adjusted "
                                + "closes, else the stored dividends (basis total)")), Answer.of(Reports.Perf.class),
                p -> perf(p)));
        routes.add(get("/records/{symbol}", "Record closes (bellwether records)", List.of(path("symbol", "the symbol"),
                query("year", "integer", false, "only this year"), query("as_of", "string", false, "up to this date")), Answer.of(Reports.Records.class),
                p -> engine().records(p.symbol("symbol"), p.text("year") == null ? null
                        : p.integer("year", 0, 1900, 2200), p.optionalDate("as_of"))));
        routes.add(get("/moves/{symbol}", "Session returns of at least k standard deviations (bellwether moves)",
                List.of(path("symbol", "the symbol"), FROM, TO, query("k", "number", false, "default 2; 0 lists all")), Answer.of(Reports.Moves.class),
                p -> {
                    LocalDate[] range = p.range();
                    return engine().moves(p.symbol("symbol"), range[0], range[1], p.number("k", 2, 0, 20));
                }));
        routes.add(get("/stats/{symbol}", "Volatility, beta, correlation, tracking error, drawdown (bellwether "
                + "stats)", List.of(path("symbol", "the symbol"), query("vs", "string", true, "the benchmark"), FROM,
                TO), Answer.of(Reports.Stats.class), p -> {
                    LocalDate[] range = p.range();
                    return engine().stats(p.symbol("symbol"), p.symbol("vs"), range[0], range[1]);
                }));
        routes.add(get("/corr", "Correlation of two instruments' returns, daily or 1-minute (bellwether corr)",
                List.of(query("a", "string", true, "first symbol"), query("b", "string", true, "second symbol"), FROM,
                        TO, INTRADAY), Answer.of(Reports.Correlation.class), p -> {
                    LocalDate[] range = p.range();
                    return p.flag("intraday") ? levels().intradayCorrelation(p.symbol("a"), p.symbol("b"), range[0],
                            range[1]) : engine().correlation(p.symbol("a"), p.symbol("b"), range[0], range[1]);
                }));
        routes.add(get("/rolling", "Rolling beta of a on b and their correlation over a window of daily returns",
                List.of(query("a", "string", true, "the symbol"), query("b", "string", true, "the benchmark"), FROM,
                        TO, query("window", "integer", false, "sessions, default 63")), Answer.of(Reports.Rolling.class), p -> {
                    LocalDate[] range = p.range();
                    return engine().rolling(p.symbol("a"), p.symbol("b"), range[0], range[1],
                            p.integer("window", 63, 2, 2520));
                }));
        routes.add(heavy("/correlations", "The correlation matrix of daily returns of several symbols, and of the "
                + "cap-weighted sectors of an index's members", List.of(query("symbols", "string", true, "1 to 50 "
                + "symbols separated by commas"), FROM, TO, query("sectors", "string", false, "an index: add its "
                + "members' sectors")), Answer.DOCUMENT,
                p -> correlations(p)));
        routes.add(get("/levels/{symbol}", "Support and resistance levels near the close (bellwether levels)",
                List.of(path("symbol", "the symbol"), AS_OF, INTRADAY, query("within", "number", false,
                        "percent of the close, default 10")), Answer.of(Reports.Levels.class), p -> levels().levels(p.symbol("symbol"),
                        p.date("as_of"), p.flag("intraday"), p.number("within", 10, 0.1, 100))));
        routes.add(get("/breakouts/{symbol}", "Breakouts and breakdowns (bellwether breakouts)",
                List.of(path("symbol", "the symbol"), FROM, TO, INTRADAY), Answer.of(Reports.Breakouts.class), p -> {
                    LocalDate[] range = p.range();
                    return levels().breakouts(p.symbol("symbol"), range[0], range[1], p.flag("intraday"));
                }));
        routes.add(heavy("/breadth/{index}", "Breadth of an index's members (bellwether breadth)",
                List.of(path("index", "the index"), AS_OF), Answer.of(Reports.Breadth.class), p -> new IndexFacts(data).breadth(p.symbol("index"),
                        p.date("as_of"))));
        routes.add(heavy("/concentration/{index}", "Top-N weight, Herfindahl, cap against equal weight (bellwether "
                + "concentration)", List.of(path("index", "the index"), AS_OF, query("top", "integer", false,
                "default 10")), Answer.of(Reports.Concentration.class), p -> new IndexFacts(data).concentration(p.symbol("index"), p.date("as_of"),
                p.integer("top", 10, 1, 1000), p.optionalDate("from"))));
        routes.add(heavy("/sectors/{index}", "Sector contributions to the cap-weighted return (bellwether sectors)",
                List.of(path("index", "the index"), FROM, TO), Answer.of(Reports.Sectors.class), p -> {
                    LocalDate[] range = p.range();
                    return new IndexFacts(data).sectors(p.symbol("index"), range[0], range[1]);
                }));
        routes.add(heavy("/screen", "The universe screen (bellwether screen)", List.of(query("vs", "string", true,
                "the benchmark"), AS_OF, query("symbols", "string", false, "symbols separated by commas (default: "
                + "all)")), Answer.DOCUMENT, p -> engine().screen(p.text("symbols") == null ? null : p.symbols("symbols"),
                p.symbol("vs"), p.date("as_of")).document()));
        routes.add(heavy("/zombies/{index}", "Members that cannot cover their interest (bellwether screen zombies)",
                List.of(path("index", "the index"), AS_OF, query("vs", "string", false, "a second index to compare")), Answer.of(Reports.Zombies.class),
                p -> {
                    BalanceSheetFacts facts = new BalanceSheetFacts(data);
                    Reports.Zombies screen = facts.zombies(p.symbol("index"), p.date("as_of"));
                    String vs = p.optionalSymbol("vs");
                    return vs == null ? screen : screen.comparedWith(facts.zombies(vs, p.date("as_of")));
                }));
        routes.add(get("/rates", "Yields and spreads with their changes in bp (bellwether rates)", List.of(AS_OF), Answer.of(Reports.Rates.class),
                p -> new MacroFacts(data).rates(p.date("as_of"))));
        routes.add(get("/sensitivity/{symbol}", "OLS slope of returns on a series' changes (bellwether "
                + "sensitivity)", List.of(path("symbol", "the symbol"), query("series", "string", true,
                "the series id"), FROM, TO, query("window", "integer", false, "rolling window in sessions")), Answer.of(Reports.Sensitivity.class),
                p -> {
                    LocalDate[] range = p.range();
                    int window = p.integer("window", 0, 0, 2520);
                    if (window == 1) {
                        throw ApiException.badRequest("window must be 0 (none) or at least 2, but was 1");
                    }
                    return new MacroFacts(data).sensitivity(p.symbol("symbol"), p.seriesId("series"), range[0],
                            range[1], window);
                }));
        routes.add(get("/calendar", "Events in a range and the next scheduled release (bellwether calendar)",
                List.of(FROM, TO, query("as_of", "string", false, "find the next release after this date")), Answer.of(Reports.Calendar.class),
                p -> {
                    LocalDate[] range = p.range();
                    LocalDate asOf = p.optionalDate("as_of");
                    return new MacroFacts(data).calendar(range[0], range[1], asOf == null ? range[1] : asOf);
                }));
        routes.add(heavy("/whatif/{index}", "Zombie share after a rate shock and sector tariffs (bellwether whatif)",
                List.of(path("index", "the index"), AS_OF, query("rates_bp", "number", false, "rate change in bp, "
                        + "e.g. 100"), query("tariffs", "string", false, "sector:percent pairs separated by commas, "
                        + "e.g. Materials:25,Industrials:25")), Answer.of(Reports.WhatIf.class), p -> new BalanceSheetFacts(data).whatIf(
                        p.symbol("index"), p.date("as_of"), p.number("rates_bp", 0, -1000, 1000), p.shares("tariffs"))));
        routes.add(get("/sessions", "The NYSE calendar: sessions with their hours (early closes marked) and holidays "
                + "(bellwether sessions)", List.of(FROM, TO), Answer.DOCUMENT, p -> {
                    LocalDate[] range = p.range();
                    if (range[1].toEpochDay() - range[0].toEpochDay() > MAX_SESSION_DAYS) {
                        throw ApiException.badRequest("from and to may be at most " + MAX_SESSION_DAYS + " days apart");
                    }
                    return Map.of("calendar", NyseCalendar.INSTANCE.code(), "zone", NyseCalendar.INSTANCE.zone()
                            .getId(), "days", SessionDay.between(NyseCalendar.INSTANCE, range[0], range[1]));
                }));
        routes.add(heavy("/event-study", "Market-model event study around a stored event (bellwether event-study)",
                List.of(query("event", "string", true, "the event id (see /calendar)"), query("symbols", "string",
                        true, "symbols separated by commas"), query("vs", "string", true, "the market"),
                        query("before", "integer", false, "sessions before, default 1"), query("after", "integer",
                        false, "sessions after, default 1")), Answer.of(Reports.EventStudy.class), p -> {
                    EventFacts facts = new EventFacts(data, NyseCalendar.INSTANCE);
                    Event event = facts.event(p.text("event"));
                    return facts.study(event.time(), event.headline(), p.symbols("symbols"), p.symbol("vs"),
                            p.integer("before", 1, 0, 20), p.integer("after", 1, 0, 20), 30);
                }));
        routes.add(heavy("/catalysts/{symbol}", "The largest moves and the news before them (bellwether catalysts)",
                List.of(path("symbol", "the symbol"), FROM, TO, query("top", "integer", false, "default 5")), Answer.of(Reports.Catalysts.class),
                p -> {
                    LocalDate[] range = p.range();
                    return new EventFacts(data, NyseCalendar.INSTANCE).catalysts(p.symbol("symbol"), range[0],
                            range[1], p.integer("top", 5, 1, 100), 0);
                }));
        routes.add(heavy("/notes", "The market note as of a date (bellwether note): JSON, or the HTML page",
                List.of(AS_OF, query("universe", "string", false, "indices, the subject first"),
                        query("format", "string", false, "json (default) or html")), Answer.DOCUMENT, this::note));
        routes.add(new Route("POST", "/checks", "Check the note in the request body (plain text, Markdown or HTML; "
                + "at most 1 MB) against the store (bellwether check)", List.of(AS_OF, query("format", "string", false,
                "text (default), md or html"), query("session_window", "integer", false, "default 5")),
                p -> {
                    String format = p.choice("format", "text", List.of("text", "md", "html"));
                    return new ClaimChecker(data, p.integer("session_window", ClaimChecker.DEFAULT_SESSION_WINDOW, 1,
                            63)).check(p.body(), "note." + (format.equals("text") ? "txt" : format), p.date("as_of"));
                }, true, true, Answer.of(CheckReport.class)));
        routes.add(new Route("GET", "/alerts", "The latest alerts fired on this store, newest first (bellwether alerts "
                + "history); live ones stream from /api/v1/alerts/stream as server-sent events", List.of(query("limit",
                "integer", false, "default 50")), p -> Map.of("alerts", new AlertLog(store).latest(p.integer("limit", 50, 1,
                1000))), false, false, Answer.DOCUMENT));
        routes.add(new Route("GET", "/health", "Whether the server is up, its store, and the alert runner's counts "
                + "when one feeds it", List.of(), p -> Map.of("status", "ok", "store", store.file().getFileName().toString(),
                "alerts", alerts.health()), false, false, Answer.DOCUMENT));
        return routes;
    }

    private static Route get(String path, String summary, List<Route.Param> parameters, Answer answer,
            Route.Handler handler) {
        return new Route("GET", path, summary, parameters, handler, true, false, answer);
    }

    /** A GET whose answer may take seconds: cached, and bounded in number and time. */
    private static Route heavy(String path, String summary, List<Route.Param> parameters, Answer answer,
            Route.Handler handler) {
        return new Route("GET", path, summary, parameters, handler, true, true, answer);
    }

    /** The registry as the API lists it, kind by kind. */
    private static List<Map<String, Object>> registry() {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", kind.id());
            one.put("unit", kind.unit());
            one.put("definition", kind.definition());
            one.put("version", kind.version());
            one.put("comparison", kind.comparison().name().toLowerCase(Locale.ROOT));
            one.put("parameters", kind.parameters().stream().map(parameter -> Map.of("name", parameter.constant(),
                    "value", parameter.value())).toList());
            one.put("computable", FactRegistry.definition(kind).isPresent());
            kinds.add(one);
        }
        return kinds;
    }

    /** The rules every kind obeys on real data, as the API lists them. */
    private static List<Map<String, Object>> rules() {
        return Arrays.stream(DataRule.values()).map(rule -> Map.<String, Object>of("rule", rule.id(), "definition",
                rule.definition(), "parameters", rule.parameters().stream().map(parameter -> Map.of("name",
                        parameter.constant(), "value", parameter.value())).toList())).toList();
    }

    /** The fact of a registered kind, or 404 with why there is none. */
    private Fact registeredFact(String id, String symbol, LocalDate asOf) {
        FactDefinition definition = FactKind.byId(id).flatMap(FactRegistry::definition).orElseThrow(() ->
                ApiException.notFound("no computable fact kind " + id + " (GET /api/v1/facts lists them)"));
        Found<Fact> outcome = definition.compute(data, symbol, asOf);
        return outcome.optional().orElseThrow(() -> ApiException.notFound(outcome.reason().orElseThrow()));
    }

    private SymbolSummary instrument(String symbol) {
        SymbolSummary instrument = catalogue().bySymbol().get(symbol);
        if (instrument == null) {
            throw ApiException.notFound("the store has no instrument " + symbol);
        }
        return instrument;
    }

    /**
     * Bars as rows {@code {time, open, high, low, close, volume}}, daily or 1-minute; a daily bar stored without its
     * open has a null one (a chart draws it from the previous close).
     */
    private Map<String, Object> bars(Params p) {
        String symbol = p.symbol("symbol");
        LocalDate[] range = p.range();
        String interval = p.choice("interval", "1d", List.of("1d", "1m"));
        List<Map<String, Object>> rows = new ArrayList<>();
        if (interval.equals("1d")) {
            instrument(symbol);
            DailySeries series = data.daily(symbol).require();
            Map<LocalDate, MarketData.StoredOpen> opens = data.dailyOpens(symbol, range[0], range[1]);
            int[] at = series.range(range[0], range[1]);
            for (int i = at[0]; i < at[1]; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("time", series.date(i).toString());
                MarketData.StoredOpen open = opens.get(series.date(i));
                // scaled as the close was (a stored split adjusts the series' closes, not the stored bar)
                row.put("open", open == null ? null : open.open() * series.close(i) / open.close());
                row.put("high", series.high(i));
                row.put("low", series.low(i));
                row.put("close", series.close(i));
                row.put("volume", series.volume(i));
                rows.add(row);
            }
        } else {
            if (range[1].toEpochDay() - range[0].toEpochDay() > MAX_INTRADAY_DAYS) {
                throw ApiException.badRequest("1-minute bars may span at most " + MAX_INTRADAY_DAYS + " days");
            }
            instrument(symbol);
            Instant from = range[0].atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = range[1].plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            IntradaySeries series = data.intraday(symbol, 60, from, to).require();
            for (int i = 0; i < series.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("time", series.start(i));
                row.put("open", series.open(i));
                row.put("high", series.high(i));
                row.put("low", series.low(i));
                row.put("close", series.close(i));
                row.put("volume", series.volume(i));
                rows.add(row);
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("symbol", symbol);
        document.put("interval", interval);
        document.put("bars", rows);
        return document;
    }

    /** Pairwise correlations over the range: {@code {"symbols": [...], "matrix": [[...]]}}. */
    /** The correlation matrix of the symbols' daily returns, with the sectors of an index's members after them. */
    private Map<String, Object> correlations(Params p) {
        LocalDate[] range = p.range();
        List<DailySeries> series = new ArrayList<>();
        p.symbols("symbols").forEach(symbol -> series.add(data.daily(symbol).require()));
        String sectorsOf = p.optionalSymbol("sectors");
        if (sectorsOf != null) {
            series.addAll(new IndexFacts(data).sectorLevels(sectorsOf, range[0], range[1]).values());
        }
        double[][] matrix = new double[series.size()][series.size()];
        for (int i = 0; i < series.size(); i++) {
            matrix[i][i] = 1;
            for (int j = i + 1; j < series.size(); j++) {
                double c = FactsEngine.correlation(series.get(i), series.get(j), range[0], range[1]).correlation();
                matrix[i][j] = c;
                matrix[j][i] = c;
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("names", series.stream().map(DailySeries::symbol).toList());
        document.put("sectors_of", sectorsOf);
        document.put("from", range[0]);
        document.put("to", range[1]);
        document.put("matrix", matrix);
        return document;
    }

    private Reports.Perf perf(Params p) {
        List<String> symbols = p.symbols("symbols");
        String period = p.choice("period", null, List.of("mtd", "ytd"));
        if (period != null) {
            return engine().perfToDate(symbols, period.equals("ytd") ? ToDate.YEAR : ToDate.MONTH, p.date("as_of"),
                    p.flag("total_return"));
        }
        LocalDate[] range = p.range();
        return engine().perf(symbols, range[0], range[1], p.flag("total_return"));
    }

    private Object note(Params p) {
        NoteWriter writer = new NoteWriter(data);
        List<String> universe = p.text("universe") == null ? writer.defaultUniverse(p.date("as_of")) : p.symbols("universe");
        String format = p.choice("format", "json", List.of("json", "html"));
        MarketNote note = writer.write(universe, p.date("as_of"));
        if (format.equals("html")) {
            return new Html(NoteRenderer.html(note, false));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("as_of", note.asOf());
        document.put("session", note.session());
        document.put("headline", note.headline().plain());
        document.put("lede", note.lede().stream().map(t -> t.plain()).toList());
        document.put("sections", note.sections().stream().map(s -> Map.of("title", s.title(), "sentences",
                s.sentences().stream().map(t -> t.plain()).toList())).toList());
        document.put("data", note.dataNote());
        document.put("facts", note.facts());
        return document;
    }

    /** A response that is an HTML page rather than JSON. */
    record Html(String page) {
    }
}
