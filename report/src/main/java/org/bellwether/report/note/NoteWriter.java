package org.bellwether.report.note;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.model.IncompleteDataException;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.EventFacts;
import org.bellwether.facts.FactDefinition;
import org.bellwether.facts.FactRegistry;
import org.bellwether.facts.Facts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MacroFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.facts.text.Wording;
import org.bellwether.report.chart.NoteCharts;
import org.bellwether.core.model.InvalidRequestException;

/**
 * Writes the market note for a universe of indices as of a date, from the engine's facts only. Each candidate story
 * gets a newsworthiness score (docs/note.md gives the ranking); the best one is the headline, the next ones the lede,
 * and every story appears in its section. Every printed number is a {@link NoteFact}.
 */
public final class NoteWriter {

    /** Symbols a universe screen needs before the note reports it. */
    static final int MIN_SCREENED = 20;
    /** Sessions a recent move or break may be in. */
    static final int RECENT_SESSIONS = 5;
    /** Price series a default universe holds at most. */
    static final int MAX_UNIVERSE = 5;
    /** The reference's kinds of instrument whose level is a price (a return is told of it). */
    private static final Set<String> PRICE_KINDS = Set.of("INDEX", "ETF", "COMMODITY", "CRYPTO", "CURRENCY");
    /** A move is "the largest since" a date only when that date is at least this many sessions back. */
    private static final int LARGEST_SINCE_MIN_SESSIONS = 63;
    private static final String[] BASIS_POINT = {"basis point", "basis points"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final List<String> SECTION_ORDER = List.of("Performance", "Records and moves",
            "Levels and breakouts", "Leadership and concentration", "Rates and credit", "Balance sheets",
            "What comes next");

    private final MarketData data;
    private final FactsEngine engine;
    private final IndexFacts indexFacts;
    private final LevelFacts levelFacts;
    private final Map<String, String> names = new LinkedHashMap<>();

    /** A writer reading the store of {@code data}. */
    public NoteWriter(MarketData data) {
        this.data = data;
        this.engine = new FactsEngine(data);
        this.indexFacts = new IndexFacts(data);
        this.levelFacts = new LevelFacts(data);
        data.reference().instrumentNames().stream().filter(i -> i.name() != null && !i.name().isBlank())
                .forEach(i -> names.put(i.symbol(), withArticle(i.name(), i.kind())));
    }

    /**
     * The default universe as of {@code asOf} (DESIGN: "The note's stories"): what the store holds of the most-watched
     * instruments, the store's indices with members first (the most members first), then the built-in reference's
     * instruments in its order, an ETF left out when the index it tracks is held; at most {@value #MAX_UNIVERSE}
     * price series, and then a volatility index if the store holds one. Of an instrument held under several symbols
     * (^GSPC and ^SPX), the one with data near the date and the longest history.
     */
    public List<String> defaultUniverse(LocalDate asOf) {
        List<String> withBars = data.dailySymbols();
        List<KnownInstruments.Known> known = KnownInstruments.all();
        Map<String, Integer> rank = new LinkedHashMap<>();
        data.reference().instrumentNames().stream().filter(i -> "INDEX".equals(i.kind()) && withBars.contains(i.symbol()))
                .forEach(i -> rank.put(i.symbol(), known.size()));
        Set<String> chosenFor = new HashSet<>();
        for (int i = 0; i < known.size(); i++) {
            KnownInstruments.Known one = known.get(i);
            int at = i;
            Optional<String> held = data.heldOn(one.symbols(), asOf, withBars);
            if (PRICE_KINDS.contains(one.kind()) && held.isPresent() && chosenFor.add(one.name())) {
                one.symbols().forEach(rank::remove); // the store's index under another of its symbols gives way
                rank.put(held.get(), at);
            }
        }
        Set<String> heldNames = new HashSet<>();
        rank.keySet().forEach(symbol -> KnownInstruments.bySymbol(symbol).ifPresent(k -> heldNames.add(k.name())));
        List<String> ordered = rank.keySet().stream()
                .filter(symbol -> KnownInstruments.bySymbol(symbol).map(k -> k.tracks() == null
                        || !heldNames.contains(k.tracks())).orElse(true))
                .sorted(Comparator.comparingInt(this::memberCount).reversed().thenComparing(rank::get)).toList();
        List<String> universe = new ArrayList<>(ordered.stream().filter(symbol -> !isVolatility(symbol))
                .limit(MAX_UNIVERSE).toList());
        ordered.stream().filter(NoteWriter::isVolatility).findFirst().ifPresent(universe::add);
        return universe;
    }

    /** Whether {@code symbol} is a volatility index (the VIX), whose changes are no price returns. */
    static boolean isVolatility(String symbol) {
        return KnownInstruments.bySymbol(symbol).map(KnownInstruments.Known::isVolatility).orElse(false);
    }

    private int memberCount(String index) {
        return data.reference().members(index, LocalDate.now()).optional().map(List::size).orElse(0);
    }

    /** A story: its score, its headline, its sentences and its section. */
    private record Story(double score, String headline, List<Text> sentences, String section) {
    }

    /** The note on {@code universe} (the first is the subject) as of {@code asOf}. */
    public MarketNote write(List<String> requested, LocalDate asOf) {
        if (requested.isEmpty()) {
            throw new InvalidRequestException("the store holds no index and no instrument "
                    + "the built-in reference knows with daily bars (bellwether symbols lists what it holds): name the "
                    + "note's universe with --universe SYM,SYM,..., the subject first");
        }
        // the subject is a price series: a volatility index goes after the others
        List<String> asked = Stream.concat(requested.stream().filter(symbol -> !isVolatility(symbol)),
                requested.stream().filter(NoteWriter::isVolatility)).toList();
        // a series stale on the date has no story of this month: left out, and the note says so
        Map<String, LocalDate> stale = new LinkedHashMap<>();
        for (String symbol : asked) {
            Freshness.staleSince(data.daily(symbol).require(), asOf, data.sessionsOf(symbol))
                    .ifPresent(last -> stale.put(symbol, last));
        }
        List<String> universe = asked.stream().filter(symbol -> !stale.containsKey(symbol)).toList();
        if (universe.isEmpty()) {
            throw new IncompleteDataException("every series of the universe is stale on " + asOf + ": "
                    + leftOut(stale) + " (a note needs data up to its date)");
        }
        String main = universe.get(0);
        DailySeries mainSeries = data.daily(main).require();
        int last = mainSeries.indexOnOrBefore(asOf);
        if (last < 1) {
            throw new NoDataException(main + " has no two sessions up to " + asOf);
        }
        LocalDate session = mainSeries.date(last);
        LocalDate recentStart = mainSeries.date(Math.max(1, last - RECENT_SESSIONS + 1));
        data.prepareManyReads();
        NoteFacts facts = new NoteFacts(Facts.of(data));
        List<Story> stories = new ArrayList<>();
        Reports.Perf perf = engine.perfToDate(universe, ToDate.MONTH, session);
        MarketNote.PerfTable table = table(perf, facts);
        stories.addAll(performance(perf, facts, session));
        movers(universe, session, facts).ifPresent(stories::add);
        records(universe, session, facts).ifPresent(stories::add);
        stories.addAll(registered(main, session, facts));
        stories.addAll(dayStories(universe, recentStart, session, facts));
        Optional<Reports.BreakoutRow> breakout = breakout(main, recentStart, session);
        breakout.ifPresent(b -> stories.add(breakoutStory(main, b, facts)));
        universe.stream().skip(1).map(other -> tickForTick(other, main, recentStart, session, facts))
                .flatMap(Optional::stream).forEach(stories::add);
        Optional<Reports.Sectors> sectors = sectorsOf(main, perf);
        sectors.flatMap(s -> sectorStory(main, s, facts)).ifPresent(stories::add);
        List<Reports.TopWeights> topWeights = topWeights(universe, perf.rows().get(0).startDate(), session);
        for (int i = 0; i < topWeights.size(); i++) {
            concentration(topWeights.get(i), i % 2 == 1, facts).ifPresent(stories::add);
        }
        breadth(main, session, facts).ifPresent(stories::add);
        universeScreen(main, session, facts).ifPresent(stories::add);
        stories.addAll(rates(session, facts, stale));
        zombies(universe, session, facts).ifPresent(stories::add);
        nextRelease(session, facts).ifPresent(stories::add);

        List<Story> ranked = stories.stream().filter(s -> !s.section().equals("What comes next"))
                .sorted(Comparator.comparingDouble(Story::score).reversed()).toList();
        Text headline = Text.builder().words(ranked.isEmpty() ? "Markets as of " + DAY_YEAR.format(session)
                : ranked.get(0).headline()).build();
        List<Text> lede = ranked.stream().limit(3).map(s -> s.sentences().get(0)).toList();
        List<MarketNote.Section> sections = new ArrayList<>();
        for (String title : SECTION_ORDER) {
            // each fact is told once: the sentences of the lede are not repeated in the sections
            List<Text> sentences = stories.stream().filter(s -> s.section().equals(title))
                    .sorted(Comparator.comparingDouble(Story::score).reversed())
                    .flatMap(s -> s.sentences().stream().filter(sentence -> !lede.contains(sentence)))
                    .toList();
            if (!sentences.isEmpty()) {
                sections.add(new MarketNote.Section(title, sentences));
            }
        }
        List<MarketNote.Chart> charts = charts(universe, perf, breakout, sectors, topWeights);
        String dataNote = data.simulatedSources().map(s -> "Simulated data (" + s.replace("simulated: ", "")
                + "), not real market prices.")
                .orElse("Data: " + data.source().description() + ".")
                + (stale.isEmpty() ? "" : " Left out, with no data near " + DAY_YEAR.format(asOf) + ": " + leftOut(stale)
                        + ".");
        return new MarketNote(asOf, session, headline, lede, table, sections, charts, facts.all(), dataNote);
    }

    /** "the S&P 500 (last data Nov. 18, 2022), ...". */
    private String leftOut(Map<String, LocalDate> stale) {
        return String.join(", ", stale.entrySet().stream().map(entry -> display(entry.getKey(), false)
                + " (last data " + DAY_YEAR.format(entry.getValue()) + ")").toList());
    }

    private MarketNote.PerfTable table(Reports.Perf perf, NoteFacts facts) {
        List<MarketNote.PerfRow> rows = new ArrayList<>();
        for (Reports.PerfRow row : perf.rows()) {
            rows.add(new MarketNote.PerfRow(names(row.symbol()),
                    Text.builder().number(facts.level(row.symbol(), row.startDate(), row.startLevel())).build(),
                    Text.builder().number(facts.level(row.symbol(), row.endDate(), row.endLevel())).build(),
                    Text.builder().number(facts.periodReturn(row, true)).build()));
        }
        Reports.PerfRow first = perf.rows().get(0);
        return new MarketNote.PerfTable("Performance, " + DAY_YEAR.format(first.startDate()) + " to "
                + DAY_YEAR.format(first.endDate()), first.startDate(), first.endDate(), rows);
    }

    /**
     * The month in one sentence ("The Russell 2000 surged 8.73% this month, while the S&P 500 rose 2.35% and ..."),
     * then the subject against the price series its spread is most unusual against.
     */
    private List<Story> performance(Reports.Perf perf, NoteFacts facts, LocalDate session) {
        // a volatility index's change is no return: it is in the table, not in the month's sentence
        List<Reports.PerfRow> rows = perf.rows().stream().filter(row -> !isVolatility(row.symbol())).toList();
        Reports.PerfRow main = rows.get(0);
        Text.Builder month = Text.builder().words(display(main.symbol(), true) + " "
                + Wording.monthVerb(main.returnPct()) + " ").number(facts.periodReturn(main, false)).words(" this month");
        for (int i = 1; i < rows.size(); i++) {
            Reports.PerfRow row = rows.get(i);
            boolean pair = rows.size() == 2 && row.returnPct() >= 0 == main.returnPct() >= 0; // "A and B rose"
            month.words(i == 1 ? (pair ? " and " : ", while ") : i == rows.size() - 1 ? " and " : ", ")
                    .words(display(row.symbol(), false)
                    + " " + Wording.monthVerb(row.returnPct()) + " ").number(facts.periodReturn(row, false));
        }
        List<Text> sentences = new ArrayList<>(List.of(month.words(".").build()));
        double best = 0;
        int bestAt = -1;
        for (int i = 0; i < perf.relativeBp().size(); i++) {
            Reports.RelativeBp relative = perf.relativeBp().get(i);
            if (isVolatility(relative.a()) || isVolatility(relative.b())) {
                continue; // a volatility index's change is no return to compare
            }
            double percentile = Newsworthiness.percentileOfMonthlyRelative(data.daily(relative.a()).require(),
                    data.daily(relative.b()).require(), session, Math.abs(relative.bp()));
            double score = Definitions.STORY_RELATIVE_BASE + Definitions.STORY_RELATIVE_RANGE * percentile;
            if (score > best) {
                best = score;
                bestAt = i;
            }
        }
        if (bestAt < 0) {
            return List.of(new Story(10, names(main.symbol()) + " " + Wording.monthVerb(main.returnPct())
                    + " this month", sentences, "Performance"));
        }
        Reports.RelativeBp relative = perf.relativeBp().get(bestAt);
        sentences.add(Text.builder().words(display(relative.a(), true) + " "
                + (relative.bp() >= 0 ? "outperformed " : "underperformed ") + display(relative.b(), false) + " by ")
                .count(facts.relative(relative, main, perf.rows().get(bestAt + 1)), BASIS_POINT).words(" this month.")
                .build());
        return List.of(new Story(best, names(relative.a()) + (relative.bp() >= 0 ? " beats " : " trails ")
                + names(relative.b()) + " by " + Wording.counted(Math.round(Math.abs(relative.bp())), BASIS_POINT)
                + " this month",
                sentences, "Performance"));
    }

    /**
     * The store's other price series that moved most this month (at most two, each a large move for a month: its
     * return in standard deviations of its previous 63 session returns times the square root of the month's sessions),
     * scored as a move of another series: silver's surge in a store of sector ETFs.
     */
    private Optional<Story> movers(List<String> universe, LocalDate session, NoteFacts facts) {
        Map<Reports.PerfRow, Double> sized = new LinkedHashMap<>();
        Set<String> told = new HashSet<>(); // the universe's instruments, whose trackers would tell them again
        universe.forEach(symbol -> KnownInstruments.bySymbol(symbol).ifPresent(k -> told.add(k.name())));
        for (String symbol : data.dailySymbols()) {
            boolean price = KnownInstruments.bySymbol(symbol).filter(k -> PRICE_KINDS.contains(k.kind())
                    && !k.isVolatility() && (k.tracks() == null || !told.contains(k.tracks()))).isPresent();
            if (!price || universe.contains(symbol) || data.isStale(symbol, session)) {
                continue;
            }
            DailySeries series = data.daily(symbol).require();
            int end = series.indexOnOrBefore(session);
            int start = series.indexOnOrBefore(ToDate.MONTH.base(session));
            double[] sigma = LargeMoves.sigma(series.returns());
            if (start < 0 || end <= start || Double.isNaN(sigma[end - 1])) {
                continue; // no month, or too short a history to size it
            }
            try {
                Reports.PerfRow row = engine.perfToDate(List.of(symbol), ToDate.MONTH, session).rows().get(0);
                double z = row.returnPct() / 100 / (sigma[end - 1] * Math.sqrt(end - start));
                if (Math.abs(z) >= Definitions.MOVE_K) {
                    sized.put(row, z);
                }
            } catch (NoDataException e) {
                // a hole at either end of the month: no month's return to tell
            }
        }
        List<Reports.PerfRow> top = sized.keySet().stream()
                .sorted(Comparator.comparingDouble((Reports.PerfRow row) -> Math.abs(sized.get(row))).reversed())
                .limit(2).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Text.Builder sentence = Text.builder().words("This month ");
        for (int i = 0; i < top.size(); i++) {
            Reports.PerfRow row = top.get(i);
            sentence.words((i == 0 ? "" : " and ") + display(row.symbol(), false) + " "
                    + Wording.monthVerb(row.returnPct()) + " ").number(facts.periodReturn(row, false));
        }
        sentence.words(top.size() == 1 ? ", the largest move of the instruments outside the table"
                : ", the largest moves of the instruments outside the table");
        Reports.PerfRow first = top.get(0);
        return Optional.of(new Story(moveScore(sized.get(first), false, 0), names(first.symbol()) + " "
                + presentTense(Wording.monthVerb(first.returnPct())) + " " + Wording.percent(Math.abs(
                        first.returnPct())) + " this month", List.of(sentence.words(".").build()),
                "Performance"));
    }

    private Optional<Story> records(List<String> universe, LocalDate session, NoteFacts facts) {
        List<Text> sentences = new ArrayList<>();
        double score = 0;
        String headline = null;
        for (String index : universe) {
            Reports.Records records = engine.records(index, session.getYear(), session);
            if (records.count() == 0 || !engine.isAllTime(records)) {
                continue;
            }
            Reports.RecordClose latest = records.records().get(records.count() - 1);
            boolean today = latest.date().equals(session);
            // the indices' records in turn, each sentence in another mould than the one before
            int told = (int) sentences.stream().filter(sentence -> sentence.plain().contains("record high")).count();
            String on = DAY.format(latest.date());
            Text.Builder record = Text.builder().words(told > 0 && told % 2 == 0 ? "On " + on + " "
                    + display(index, false) + " set its " : display(index, true) + (told % 2 == 1 ? " also" : "")
                    + " set its ").number(facts.recordCount(records, Wording.ordinal(records.count())))
                    .words(" record high of the year" + (told > 0 && told % 2 == 0 ? "." : " on " + on + "."));
            sentences.add(record.build());
            double indexScore = (isVolatility(index) ? Definitions.STORY_VOLATILITY_RECORD
                    : today ? Definitions.STORY_RECORD_TODAY + Math.min(Definitions.STORY_RECORD_COUNT_CAP,
                            records.count()) : Definitions.STORY_RECORD_EARLIER)
                    - (index.equals(universe.get(0)) ? 0 : Definitions.STORY_OTHER_SERIES);
            DailySeries series = data.daily(index).require();
            int at = series.indexOnOrBefore(session);
            OptionalDouble milestone = today && !isVolatility(index) ? milestone(series, at, records.historyStart())
                    : OptionalDouble.empty();
            int before = today && !isVolatility(index) ? previousRecord(series, at, records.historyStart()) : -1;
            if (before >= 0 && at - before >= Definitions.SESSIONS_PER_YEAR) { // the first record in a year or more
                // (told before the milestone, which the lede takes first)
                sentences.add(0, Text.builder().words(display(index, true) + " closed at a record for the first time "
                        + "since " + DAY_YEAR.format(series.date(before)) + ".").build());
            }
            boolean afterAYear = before >= 0 && at - before >= Definitions.SESSIONS_PER_YEAR;
            double other = index.equals(universe.get(0)) ? 0 : Definitions.STORY_OTHER_SERIES;
            if ((milestone.isPresent() || afterAYear) && Definitions.STORY_MILESTONE - other > indexScore) {
                indexScore = Definitions.STORY_MILESTONE - other;
            }
            if (milestone.isPresent()) {
                sentences.add(0, Text.builder().words(display(index, true) + " closed at ")
                        .number(facts.level(index, session, latest.close())).words(" on " + DAY.format(session)
                                + ", its first close above ").number(facts.milestone(index, session,
                                milestone.getAsDouble(), records.historyStart())).words(".").build());
            }
            if (indexScore > score) {
                score = indexScore;
                headline = milestone.isPresent() ? names(index) + " posts its first close above " + Wording.number(
                        milestone.getAsDouble(), 0) : afterAYear ? names(index) + " closes at a record for the first "
                        + "time since " + DAY_YEAR.format(series.date(before)) : names(index) + (today ? " sets" : " has set")
                        + " its " + Wording.ordinal(records.count()) + " record high of the year";
            }
        }
        return sentences.isEmpty() ? Optional.empty()
                : Optional.of(new Story(score, headline, sentences, "Records and moves"));
    }

    /** The session of the last record close before {@code at} (the highest close since {@code since}), else -1. */
    static int previousRecord(DailySeries series, int at, LocalDate since) {
        int highest = -1;
        for (int i = Math.max(0, series.indexOnOrBefore(since)); i < at; i++) {
            if (highest < 0 || series.close(i) >= series.close(highest)) {
                highest = i;
            }
        }
        return highest;
    }

    /**
     * The round level a record close at {@code at} is the first close above since {@code since} (DESIGN: "The note's
     * stories"): the multiple of half its order of magnitude below it (20,000 for the Dow at 20,068.51, 3,000 for the
     * S&P 500 at 3,025.86, 6,000 for an index at 6,100) when every earlier close was under it.
     */
    static OptionalDouble milestone(DailySeries series, int at, LocalDate since) {
        double close = series.close(at);
        double step = Math.pow(10, Math.floor(Math.log10(close))) / 2;
        double level = Math.floor(close / step) * step;
        for (int i = Math.max(0, series.indexOnOrBefore(since)); i < at; i++) {
            if (series.close(i) >= level) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(level);
    }

    /** The facts of the registered kinds about {@code subject}, each as its definition states it (FactRegistry). */
    private List<Story> registered(String subject, LocalDate session, NoteFacts facts) {
        List<Story> stories = new ArrayList<>();
        for (FactDefinition definition : FactRegistry.definitions()) {
            definition.compute(data, subject, session).optional().ifPresent(fact -> definition.statement(fact,
                    display(subject, false)).ifPresent(statement -> stories.add(new Story(statement.score(),
                            statement.headline(), List.of(Text.builder().words(statement.before())
                                    .number(facts.registered(fact, statement.printed())).words(statement.after())
                                    .build()), "Records and moves"))));
        }
        return stories;
    }

    /**
     * A series' move on the session and an earlier move of the last five sessions: the one that scores more than
     * today's ({@code earlierLeads}), else the largest earlier one if it was larger than today's or a large move
     * (context for today's).
     */
    private record DayMoves(String symbol, Optional<Reports.Move> today, Optional<Reports.Move> earlier,
            boolean earlierLeads, double score) {
    }

    /**
     * What a move of {@code z} standard deviations scores (DESIGN: "The note's stories"): less when it is not the
     * subject's and for each session since it. A move whose size is unknown (a short history) counts as none.
     */
    private static double moveScore(double z, boolean subject, int sessionsAgo) {
        double size = Double.isNaN(z) ? 0 : Math.min(Definitions.STORY_SIGMA_CAP, Math.abs(z));
        return Definitions.STORY_SESSION_BASE + Definitions.STORY_PER_SIGMA * size
                - (subject ? 0 : Definitions.STORY_OTHER_SERIES) - Definitions.STORY_RECENT_DECAY * sessionsAgo;
    }

    private DayMoves dayMoves(String symbol, boolean subject, LocalDate recentStart, LocalDate session) {
        DailySeries series = data.daily(symbol).require();
        int last = series.indexOnOrBefore(session);
        List<Reports.Move> moves = engine.moves(symbol, recentStart, session, 0).moves();
        Optional<Reports.Move> today = moves.stream().filter(m -> m.date().equals(session)).findFirst();
        double best = today.map(m -> moveScore(m.z(), subject, 0)).orElse(Double.NEGATIVE_INFINITY);
        Reports.Move leading = null;
        Reports.Move largest = null;
        for (Reports.Move move : moves) {
            if (move.date().equals(session)) {
                continue;
            }
            double score = moveScore(move.z(), subject, last - series.indexOnOrBefore(move.date()));
            if (score > best) {
                best = score;
                leading = move;
            }
            if (largest == null || Math.abs(move.z()) > Math.abs(largest.z())) {
                largest = move;
            }
        }
        double todaySize = today.map(m -> Math.abs(m.z())).orElse(0.0);
        if (largest != null && !(Math.abs(largest.z()) >= Math.min(Definitions.MOVE_K, todaySize))) {
            largest = null; // context only when larger than today's, or a large move itself
        }
        return new DayMoves(symbol, today, Optional.ofNullable(leading != null ? leading : largest), leading != null,
                best);
    }

    /**
     * The day's moves (DESIGN: "The note's stories"): the subject's, with how the universe's other series moved; and
     * another price series' own story where its move is the more unusual by the margin DESIGN gives.
     */
    private List<Story> dayStories(List<String> universe, LocalDate recentStart, LocalDate session, NoteFacts facts) {
        String subject = universe.get(0);
        DayMoves main = dayMoves(subject, true, recentStart, session);
        List<DayMoves> own = new ArrayList<>();
        List<DayMoves> others = new ArrayList<>();
        for (String other : universe.subList(1, universe.size())) {
            DayMoves moves = dayMoves(other, false, recentStart, session);
            (!isVolatility(other) && moves.score() > main.score() ? own : others).add(moves);
        }
        List<Story> stories = new ArrayList<>();
        if (main.today().isPresent() || main.earlier().isPresent()) {
            Story story = dayStory(main, facts);
            List<Text> sentences = new ArrayList<>(story.sentences());
            if (main.today().isPresent()) { // the others' moves are of the session the first sentence names
                othersToday(others, session, facts).ifPresent(sentence -> sentences.add(1, sentence));
            }
            stories.add(new Story(story.score(), story.headline(), sentences, story.section()));
        }
        own.forEach(moves -> stories.add(dayStory(moves, facts)));
        return stories;
    }

    /** A series' day: today's move, then the earlier one that scores more, and the news before the larger one. */
    private Story dayStory(DayMoves moves, NoteFacts facts) {
        String symbol = moves.symbol();
        List<Text> sentences = new ArrayList<>();
        moves.today().ifPresent(m -> sentences.add(moveSentence(symbol, m, facts, false)));
        moves.earlier().ifPresent(m -> sentences.add(moveSentence(symbol, m, facts, true)));
        Reports.Move lead = moves.earlierLeads() || moves.today().isEmpty() ? moves.earlier().orElseThrow()
                : moves.today().get();
        catalyst(symbol, lead).ifPresent(sentences::add);
        String headline;
        if (moves.today().isEmpty()) {
            headline = names(symbol) + " " + headlineVerb(lead) + " " + Wording.percent(Math.abs(lead.returnPct()))
                    + " on " + DAY.format(lead.date());
        } else if (!moves.earlierLeads()) {
            headline = names(symbol) + " " + headlineVerb(lead) + " " + Wording.percent(Math.abs(lead.returnPct()));
        } else {
            Reports.Move today = moves.today().get();
            headline = names(symbol) + " " + followVerb(today, lead) + " " + Wording.percent(Math.abs(
                    today.returnPct())) + " after its " + Wording.percent(Math.abs(lead.returnPct())) + " "
                    + moveNoun(lead) + " on " + DAY.format(lead.date());
        }
        return new Story(moves.score(), headline, sentences, "Records and moves");
    }

    /**
     * "On September 15 the Dow Jones Industrial Average fell 4.42%, the Nasdaq 100 fell 3.60% and the Cboe Volatility
     * Index soared 24.73% to 31.70." A volatility index is told with its level.
     */
    private Optional<Text> othersToday(List<DayMoves> others, LocalDate session, NoteFacts facts) {
        Map<String, Reports.Move> moved = new LinkedHashMap<>();
        others.forEach(other -> other.today().ifPresent(m -> moved.put(other.symbol(), m)));
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        // the date is said again: in a section the sentence before may be of another day
        Text.Builder sentence = Text.builder().words("On " + DAY.format(session) + " ");
        int i = 0;
        for (Map.Entry<String, Reports.Move> entry : moved.entrySet()) {
            String other = entry.getKey();
            sentence.words((i == 0 ? "" : i == moved.size() - 1 ? " and " : ", ")
                    + display(other, false) + " " + sessionVerb(entry.getValue()) + " ")
                    .number(facts.sessionReturn(other, entry.getValue()));
            if (isVolatility(other)) {
                DailySeries series = data.daily(other).require();
                sentence.words(" to ").number(facts.level(other, session, series.close(series.indexOnOrBefore(
                        session))));
            }
            i++;
        }
        return Optional.of(sentence.words(".").build());
    }

    /** Today's move after a larger one: "falls another", "rebounds", "gives back". */
    private static String followVerb(Reports.Move today, Reports.Move earlier) {
        boolean up = today.returnPct() >= 0;
        if (up == earlier.returnPct() >= 0) {
            return up ? "rises another" : "falls another";
        }
        return up ? "rebounds" : "gives back";
    }

    /** A move as a noun: "plunge", "surge" at three standard deviations, else "drop", "gain". */
    private static String moveNoun(Reports.Move move) {
        boolean up = move.returnPct() >= 0;
        return Math.abs(move.z()) >= 3 ? (up ? "surge" : "plunge") : up ? "gain" : "drop";
    }

    /**
     * "The Dow Jones Industrial Average fell 4.42% on September 15, its largest one-day loss since October 15, 2008."
     * The since-date is told only when it lies at least a quarter back.
     */
    private Text moveSentence(String symbol, Reports.Move move, NoteFacts facts, boolean earlier) {
        DailySeries series = data.daily(symbol).require();
        int at = series.indexOnOrBefore(move.date());
        int larger = LargeMoves.largestSince(series.returns(), at - 1);
        int whole = series.continuousFrom(at); // before a hole, a larger move may have gone unrecorded
        String kind = move.returnPct() >= 0 ? "gain" : "loss";
        String since = larger >= whole ? (at - larger - 1 >= LARGEST_SINCE_MIN_SESSIONS
                ? ", its largest one-day " + kind + " since " + DAY_YEAR.format(series.date(larger + 1)) : "")
                : whole == 0 ? ", its largest one-day " + kind + " in the stored history" : "";
        return Text.builder().words((earlier ? "On " + DAY.format(move.date()) + " " + display(symbol, false)
                : display(symbol, true)) + " " + sessionVerb(move) + " ").number(facts.sessionReturn(symbol, move))
                .words((earlier ? "" : " on " + DAY.format(move.date())) + since + ".").build();
    }

    /** The news that came just before a session move, if the store holds one. */
    private Optional<Text> catalyst(String symbol, Reports.Move move) {
        return new EventFacts(data, NyseCalendar.INSTANCE).catalysts(symbol, move.date(), move.date(), 1, 0).moves()
                .stream().flatMap(m -> m.events().stream()).reduce((a, b) -> b).map(event -> Text.builder()
                        .words("It came after \"" + event.headline() + "\" at "
                                + Wording.clock(OffsetDateTime.parse(event.time()).toInstant()) + " ET.").build());
    }

    /** A session move in a sentence: "fell", "rose"; "plunged", "soared" at three standard deviations. */
    private static String sessionVerb(Reports.Move move) {
        boolean up = move.returnPct() >= 0;
        return Math.abs(move.z()) >= 3 ? (up ? "soared" : "plunged") : up ? "rose" : "fell";
    }

    /** A session move in a headline: "plunges", "tumbles", "falls", "edges lower" (and the gains alike). */
    private static String headlineVerb(Reports.Move move) {
        boolean up = move.returnPct() >= 0;
        double z = Math.abs(move.z());
        if (z >= 3) {
            return up ? "soars" : "plunges";
        }
        if (z >= 1.5) {
            return up ? "jumps" : "tumbles";
        }
        return Math.abs(move.returnPct()) < 0.25 ? (up ? "edges higher" : "edges lower") : up ? "rises" : "falls";
    }

    private Optional<Reports.BreakoutRow> breakout(String symbol, LocalDate from, LocalDate to) {
        try {
            // the most telling break: volume-confirmed first, then the most touches, then the latest
            return levelFacts.breakouts(symbol, from, to, true).breakouts().stream().filter(b -> b.heldMinutes() != null)
                    .max(Comparator.comparing(Reports.BreakoutRow::confirmed)
                            .thenComparingInt(Reports.BreakoutRow::touches)
                            .thenComparing(Reports.BreakoutRow::time));
        } catch (NoDataException e) {
            return Optional.empty(); // no intraday bars
        }
    }

    private Story breakoutStory(String symbol, Reports.BreakoutRow row, NoteFacts facts) {
        boolean up = row.direction().equals("up");
        OffsetDateTime time = OffsetDateTime.parse(row.time());
        List<Text> sentences = List.of(
                Text.builder().words(display(symbol, true) + (up ? " broke through the " : " broke below the "))
                        .number(facts.breakLevel(symbol, row)).words((up ? " resistance" : " support") + " at "
                                + Wording.clock(time.toInstant()) + " ET on " + DAY.format(time.toLocalDate())
                                + ", after " + Wording.words(row.touches()) + " touches.").build(),
                Text.builder().words("The level had held for ").number(facts.held(symbol, row))
                        .words(" of the session, and the break came on ").number(facts.volumeRatio(symbol, row))
                        .words(" times the usual volume for that time of day" + (row.confirmed() ? "" : ", too little to "
                                + "confirm it") + ".").build());
        return new Story(row.confirmed() ? 90 : 60, names(symbol) + (up ? " breaks through " : " breaks below ")
                + Wording.level(row.level()) + (up ? " resistance" : " support"), sentences, "Levels and breakouts");
    }

    private Optional<Story> tickForTick(String other, String main, LocalDate from, LocalDate to, NoteFacts facts) {
        try {
            Reports.Correlation c = levelFacts.intradayCorrelation(other, main, from, to);
            if (c.observations() < 100 || !(c.correlation() >= Definitions.TICK_FOR_TICK)) {
                return Optional.empty();
            }
            return Optional.of(new Story(35, names(other) + " track " + names(main) + " tick-for-tick",
                    List.of(Text.builder().words(display(other, true) + " tracked " + display(main, false)
                            + " tick-for-tick, with a correlation of ").number(facts.intradayCorrelation(c, from, to))
                            .words(" between their 1-minute returns over the last " + Wording.words(RECENT_SESSIONS)
                                    + " sessions.").build()), "Leadership and concentration"));
        } catch (NoDataException e) {
            return Optional.empty();
        }
    }

    private Optional<Reports.Sectors> sectorsOf(String index, Reports.Perf perf) {
        try {
            Reports.Sectors sectors = indexFacts.sectors(index, perf.rows().get(0).startDate(),
                    perf.rows().get(0).endDate());
            return sectors.partial() ? Optional.empty() : Optional.of(sectors); // a few members do not speak for it
        } catch (NoDataException e) {
            return Optional.empty(); // no members or sectors
        }
    }

    private Optional<Story> sectorStory(String index, Reports.Sectors sectors, NoteFacts facts) {
        List<Reports.SectorRow> top = sectors.sectors().stream().filter(s -> s.contributionBp() > 0)
                .sorted(Comparator.comparingDouble(Reports.SectorRow::contributionBp).reversed()).limit(2).toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        List<Text> sentences = new ArrayList<>();
        sentences.add(Text.builder().words(top.get(0).sector() + " contributed ")
                .count(facts.sector(sectors, top.get(0)), BASIS_POINT).words(" of " + display(index, false)
                        + "'s move this month.").build());
        if (top.size() > 1) {
            sentences.add(Text.builder().words(top.get(1).sector() + " contributed ")
                    .count(facts.sector(sectors, top.get(1)), BASIS_POINT).words(".").build());
        }
        return Optional.of(new Story(30, top.get(0).sector() + " lead " + names(index), sentences,
                "Leadership and concentration"));
    }

    /**
     * The top-five weight of each index of the universe with weighted members, session by session, where enough
     * members had data to speak for the index.
     */
    private List<Reports.TopWeights> topWeights(List<String> universe, LocalDate start, LocalDate end) {
        List<Reports.TopWeights> found = new ArrayList<>();
        for (String index : universe) {
            try {
                Reports.TopWeights weights = indexFacts.topWeights(index, start, end, 5);
                if (!weights.partial()) {
                    found.add(weights);
                }
            } catch (NoDataException e) {
                // no members with weights or shares: nothing to say
            }
        }
        return found;
    }

    /** The top five's weight this month; {@code another} told the other way round, so that two in a row differ. */
    private Optional<Story> concentration(Reports.TopWeights weights, boolean another, NoteFacts facts) {
        List<Double> w = weights.weightPct();
        if (w.size() < 2) {
            return Optional.empty();
        }
        int last = w.size() - 1;
        double change = w.get(last) - w.get(0);
        String index = weights.index();
        return Optional.of(new Story(Math.abs(change) >= 0.5 ? 50 : 15, "The top five's weight in " + names(index)
                + (change < 0 ? " falls" : " rises"), List.of(Text.builder().words((another ? "In " + display(index,
                false) + ", the top five members' weight" : "The top five members' weight in " + display(index, false))
                + (change < 0 ? " fell" : " rose") + " from ")
                .number(facts.topWeight(weights, 0)).words(" to ").number(facts.topWeight(weights, last))
                .words(" this month.").build()), "Leadership and concentration"));
    }

    private Optional<Story> breadth(String index, LocalDate session, NoteFacts facts) {
        try {
            Reports.Breadth breadth = indexFacts.breadth(index, session);
            if (breadth.partial() || Double.isNaN(breadth.above50dPct())) { // a few members do not speak for the index
                return Optional.empty();
            }
            double share = breadth.above50dPct();
            return Optional.of(new Story(share >= 80 || share <= 20 ? 45 : 20, Wording.percent1(share) + " of "
                    + names(index) + " above the 50-day average", List.of(Text.builder().number(facts.breadth(breadth))
                    .words(" of " + display(index, false) + "'s members closed above their 50-day average on "
                    + DAY.format(breadth.asOf()) + ".").build()), "Leadership and concentration"));
        } catch (NoDataException e) {
            return Optional.empty();
        }
    }

    /**
     * The universe screen against the subject (imported from a Spark run when the store holds one for the session,
     * else computed here): how many symbols are ahead of it this year, and how many broke out on volume.
     */
    private Optional<Story> universeScreen(String index, LocalDate session, NoteFacts facts) {
        if (!KnownInstruments.bySymbol(index).map(k -> k.kind().equals("INDEX")).orElse(data.reference()
                .instrumentNames().stream().anyMatch(i -> i.symbol().equals(index) && "INDEX".equals(i.kind())))) {
            return Optional.empty(); // a screen measures a market against its index, not against a fund
        }
        Reports.Screen screen = engine.screen(null, index, session);
        Reports.Summary summary = screen.summary();
        if (summary == null || summary.screened() < MIN_SCREENED || Double.isNaN(summary.aheadPct())) {
            return Optional.empty(); // a handful of symbols is not a universe
        }
        return Optional.of(new Story(10, Wording.percent1(summary.aheadPct()) + " of the universe ahead of "
                + names(index), List.of(Text.builder().words("Of the ").number(facts.screened(screen, summary))
                .words(" symbols screened against " + display(index, false) + ", ")
                .number(facts.screenAhead(screen, summary)).words(" are ahead of it this year, and ")
                .number(facts.screenBreakouts(screen, summary)).words(" closed above their one-year high on heavy "
                        + "volume on " + DAY.format(screen.asOf()) + ".").build()), "Leadership and concentration"));
    }

    /** A yield's or spread's month in a group's sentence: its row, its name, and whether its level was told. */
    private record RateMonth(Reports.RateRow row, String name, boolean levelTold) {
    }

    /**
     * The yields and spreads (DESIGN: "The note's stories"): a story of each one's large move of the last sessions that
     * scores more than its month, then the month of the Treasury yields, of the credit spreads and of the curve, each
     * group in one sentence; one stale on the session is added to {@code stale} instead.
     */
    private List<Story> rates(LocalDate session, NoteFacts facts, Map<String, LocalDate> stale) {
        List<Story> stories = new ArrayList<>();
        MacroFacts macro = new MacroFacts(data);
        Map<String, List<RateMonth>> groups = new LinkedHashMap<>();
        Map<String, List<RateMove>> moves = new LinkedHashMap<>(); // by group and day: told together
        for (Reports.RateRow row : macro.rates(session).series()) {
            Optional<String> name = KnownInstruments.bySymbol(row.series()) // a yield or a spread: a change in bp
                    .filter(KnownInstruments.Known::isRateOrSpread)
                    .map(KnownInstruments.Known::name);
            if (name.isPresent() && row.staleSince() != null) {
                stale.put(row.series(), row.staleSince());
            }
            if (name.isEmpty() || Double.isNaN(row.changeMtdBp())) {
                continue;
            }
            Optional<Reports.SeriesMove> best = largeMove(macro, row, session);
            String group = SeriesIds.isCreditSpread(row.series()) ? "credit spreads"
                    : SeriesIds.isCurveSpread(row.series()) ? "the curve" : "Treasury yields";
            best.ifPresent(move -> moves.computeIfAbsent(group + " " + move.date(), g -> new ArrayList<>())
                    .add(new RateMove(move, name.get())));
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new RateMonth(row, name.get(),
                    best.filter(move -> move.date().equals(row.date())).isPresent()));
        }
        moves.values().forEach(day -> stories.add(seriesMoveStory(day, session, facts)));
        groups.values().forEach(months -> stories.add(monthOfRates(months, session, facts)));
        return stories;
    }

    /** {@code row}'s largest move of the last sessions if it is a large move and scores more than its month. */
    private Optional<Reports.SeriesMove> largeMove(MacroFacts macro, Reports.RateRow row, LocalDate session) {
        List<Reports.SeriesMove> moves = macro.recentMoves(row.series(), session, RECENT_SESSIONS);
        double score = monthScore(row);
        Reports.SeriesMove best = null;
        for (int i = 0; i < moves.size(); i++) {
            Reports.SeriesMove move = moves.get(i);
            if (!(Math.abs(move.z()) >= Definitions.MOVE_K)) {
                continue; // only a large move is news beside the month
            }
            int ago = moves.size() - 1 - i + (moves.get(moves.size() - 1).date().isBefore(session) ? 1 : 0);
            if (moveScore(move.z(), false, ago) > score) {
                score = moveScore(move.z(), false, ago);
                best = move;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What a yield's or spread's change this month scores (DESIGN: "The note's stories"). */
    private static double monthScore(Reports.RateRow row) {
        return Definitions.STORY_RATES_BASE + Math.min(Definitions.STORY_RATES_RANGE, Math.abs(row.changeMtdBp()));
    }

    /** A yield's or spread's large move, and its name. */
    private record RateMove(Reports.SeriesMove move, String name) {
    }

    /**
     * The large moves of one group on one day in a sentence: "The ten-year Treasury yield fell 21 basis points on March
     * 16, to 0.73%, and the two-year Treasury yield fell 13 basis points, to 0.36%."
     */
    private Story seriesMoveStory(List<RateMove> moves, LocalDate session, NoteFacts facts) {
        Reports.SeriesMove first = moves.get(0).move();
        int ago = first.date().equals(session) ? 0 : 1;
        Text.Builder sentence = Text.builder();
        RateMove lead = moves.get(0);
        for (int i = 0; i < moves.size(); i++) {
            Reports.SeriesMove move = moves.get(i).move();
            if (Math.abs(move.z()) > Math.abs(lead.move().z())) {
                lead = moves.get(i);
            }
            String name = i == 0 ? Wording.capitalise("the " + moves.get(i).name()) : "the " + moves.get(i).name();
            sentence.words(joint(i, moves.size(), Math.signum(move.changeBp()) == Math.signum(first.changeBp()))
                    + name + " " + Wording.rateVerb(move.changeBp(), move.series()) + " ").count(facts.seriesMove(move),
                    BASIS_POINT).words((i == 0 ? " on " + DAY.format(move.date()) : "") + ", to ")
                    .number(facts.seriesLevel(move));
        }
        Reports.SeriesMove most = lead.move();
        return new Story(moveScore(most.z(), false, ago), Wording.capitalise(lead.name()) + " " + presentTense(
                Wording.rateVerb(most.changeBp(), most.series())) + " " + Wording.counted(Math.round(Math.abs(
                most.changeBp())), BASIS_POINT) + (most.date().equals(session) ? "" : " on " + DAY.format(most.date())),
                List.of(sentence.words(".").build()), "Rates and credit");
    }

    /** What joins the {@code i}th of {@code count} clauses to those before: ", ", ", and ", ", while ". */
    private static String joint(int i, int count, boolean sameWay) {
        return i == 0 ? "" : i < count - 1 ? ", " : count == 2 && !sameWay ? ", while " : ", and ";
    }

    /**
     * A group's month in one sentence: "The two-year Treasury yield rose 14 basis points this month, to 3.61%, and
     * the ten-year Treasury yield rose 8 basis points, to 4.26%." The level a move's story told is not told again.
     */
    private Story monthOfRates(List<RateMonth> months, LocalDate session, NoteFacts facts) {
        Text.Builder sentence = Text.builder();
        RateMonth lead = months.get(0);
        for (int i = 0; i < months.size(); i++) {
            RateMonth month = months.get(i);
            double change = month.row().changeMtdBp();
            boolean sameWay = Math.signum(change) == Math.signum(lead.row().changeMtdBp());
            String name = i == 0 ? Wording.capitalise("the " + month.name()) : "the " + month.name();
            if (change == 0) { // no change to count: the level it held
                sentence.words(joint(i, months.size(), sameWay) + name + " was unchanged" + (i == 0 ? " this month" : ""));
                if (!month.levelTold()) {
                    sentence.words(", at ").number(facts.rateLevel(month.row()));
                }
                continue;
            }
            sentence.words(joint(i, months.size(), sameWay) + name + " " + Wording.rateVerb(change, month.row().series())
                    + " ").count(facts.rateChange(month.row(), session), BASIS_POINT).words(i == 0 ? " this month" : "");
            if (!month.levelTold()) {
                sentence.words(", to ").number(facts.rateLevel(month.row()));
            }
        }
        RateMonth most = months.stream().max(Comparator.comparingDouble(m -> Math.abs(m.row().changeMtdBp())))
                .orElseThrow();
        return new Story(monthScore(most.row()), Wording.capitalise(most.name()) + " " + presentTense(Wording.rateVerb(
                most.row().changeMtdBp(), most.row().series())) + " this month", List.of(sentence.words(".").build()),
                "Rates and credit");
    }

    /** "widened" as a headline says it: "widens". */
    private static String presentTense(String verb) {
        return switch (verb) {
            case "rose" -> "rises";
            case "fell" -> "falls";
            case "edged up" -> "edges up";
            case "edged down" -> "edges down";
            case "was unchanged at" -> "is unchanged";
            default -> verb.substring(0, verb.length() - (verb.endsWith("ed") && !verb.endsWith("ged") ? 2 : 1))
                    + "s"; // widened, tightened, steepened, flattened; surged, slumped
        };
    }

    private Optional<Story> zombies(List<String> universe, LocalDate session, NoteFacts facts) {
        BalanceSheetFacts balanceSheets = new BalanceSheetFacts(data);
        List<Reports.Zombies> screens = new ArrayList<>();
        for (String index : universe) {
            try {
                Reports.Zombies screen = balanceSheets.zombies(index, session);
                if (screen.withData() > 0 && !screen.partial()) {
                    screens.add(screen);
                }
            } catch (NoDataException e) {
                // no members or fundamentals: nothing to say
            }
        }
        if (screens.isEmpty()) {
            return Optional.empty();
        }
        List<Text> sentences = new ArrayList<>();
        Reports.Zombies first = screens.get(0);
        sentences.add(Text.builder().number(facts.zombies(first)).words(" of " + display(first.index(), false)
                + "'s members cannot cover their interest payments from operating profit.").build());
        screens.stream().skip(1).limit(1).forEach(other -> sentences.add(Text.builder().words("That compares with ")
                .number(facts.zombies(other)).words(" of " + display(other.index(), false) + "'s members that cannot "
                        + "cover their interest.").build()));
        return Optional.of(new Story(25, Wording.percent1(first.sharePct()) + " of " + names(first.index())
                + " cannot cover their interest", sentences, "Balance sheets"));
    }

    private Optional<Story> nextRelease(LocalDate session, NoteFacts facts) {
        Reports.CalendarEvent next = new MacroFacts(data).calendar(session, session, session).nextCatalyst();
        if (next == null || next.expectedDate() == null) {
            return Optional.empty();
        }
        return Optional.of(new Story(0, next.headline(), List.of(Text.builder().words("The next scheduled release is \""
                + next.headline() + "\", due on ").number(facts.release(next, DAY.format(next.expectedDate())))
                .words(".").build()), "What comes next"));
    }

    private List<MarketNote.Chart> charts(List<String> universe, Reports.Perf perf,
            Optional<Reports.BreakoutRow> breakout, Optional<Reports.Sectors> sectors,
            List<Reports.TopWeights> topWeights) {
        List<MarketNote.Chart> charts = new ArrayList<>();
        String main = universe.get(0);
        Reports.PerfRow row = perf.rows().get(0);
        if (breakout.isPresent()) {
            LocalDate day = OffsetDateTime.parse(breakout.get().time()).toLocalDate();
            Instant open = NyseCalendar.INSTANCE.sessionOpen(day);
            IntradaySeries bars = data.intraday(main, 60, open, NyseCalendar.INSTANCE.sessionClose(day)).require();
            charts.add(NoteCharts.intradayBreak(names(main), bars, breakout.get()));
        } else {
            charts.add(NoteCharts.dailyCloses(names(main), data.daily(main).require(), row.startDate(), row.endDate()));
        }
        if (universe.size() > 1) {
            Map<String, DailySeries> series = new LinkedHashMap<>();
            universe.stream().limit(3).forEach(symbol -> series.put(names(symbol), data.daily(symbol).require()));
            charts.add(NoteCharts.rebased(series, row.startDate(), row.endDate()));
        }
        sectors.ifPresent(s -> charts.add(NoteCharts.sectorContributions(names(main), s)));
        // the index whose top five moved most
        topWeights.stream().filter(w -> w.weightPct().size() >= 2).max(Comparator.comparingDouble(w -> Math.abs(
                w.weightPct().get(w.weightPct().size() - 1) - w.weightPct().get(0))))
                .ifPresent(w -> charts.add(NoteCharts.topWeight(names(w.index()), w.dates(), w.weightPct())));
        return charts;
    }

    /** The name as a sentence uses it ("the Russell 2000"), capitalised at the start of a sentence. */
    private String display(String symbol, boolean sentenceStart) {
        String name = nameOf(symbol);
        return sentenceStart ? Wording.capitalise(name) : name;
    }

    /** The store's name of {@code symbol}, else the built-in reference's, else the symbol. */
    private String nameOf(String symbol) {
        String stored = names.get(symbol);
        return stored != null ? stored : KnownInstruments.bySymbol(symbol).map(known -> withArticle(known.name(),
                known.kind())).orElse(symbol);
    }

    /** Names that a sentence gives an article: "the Russell 2000", "the iShares Silver Trust", "the 10-year yield". */
    private static final Pattern TAKES_ARTICLE = Pattern.compile(".*\\b(?:Trust|Fund|ETF|Index|Average|Shares)$");

    /** {@code name} with "the" before it when its kind or its last word asks for one. */
    private static String withArticle(String name, String kind) {
        boolean article = Set.of("INDEX", "RATE", "SPREAD").contains(String.valueOf(kind))
                || TAKES_ARTICLE.matcher(name).matches();
        return article && !name.startsWith("the ") ? "the " + name : name;
    }

    /** The name for a headline: without the article. */
    private String names(String symbol) {
        return nameOf(symbol).replaceFirst("^the ", "");
    }
}
