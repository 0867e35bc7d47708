package org.bellwether.report.check;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Levels;
import org.bellwether.core.model.Event;
import org.bellwether.core.model.Found;
import org.bellwether.core.model.MacroSeries;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.series.PointInTime;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.Fact;
import org.bellwether.facts.FactDefinition;
import org.bellwether.facts.FactKind;
import org.bellwether.facts.FactRegistry;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;

/** Computes what a claim states, under the definitions of DESIGN.md, and gives the verdict with its provenance. */
final class Verifier {

    /** The level tolerance as the explanations print it: "0.5%". */
    private static final String TOLERANCE = Num.format(Definitions.LEVEL_TOLERANCE * 100, 1) + "%";
    /** Sessions of a statistic stated without a period: three months. */
    private static final int STATISTICS_SESSIONS = 63;
    private static final Pattern TABLE_NUMBER_2DP = Pattern.compile("[+\\-−]?\\d{1,3}(?:,\\d{3})*\\.\\d{2}%?");
    private static final Pattern TABLE_NUMBER = Pattern.compile("[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?%?");
    private static final Pattern TABLE_DATE = Pattern.compile("(?i)(january|february|march|april|may|june|july|august"
            + "|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?"
            + "|oct\\.?|nov\\.?|dec\\.?) \\d{1,2}(?:,? (?:19|20)\\d{2})?|\\d{4}-\\d{2}-\\d{2}");

    /** What keeps a claim from being checked at all, found while reading it. */
    enum Problem {
        /** It names an instrument the store does not know. */
        UNKNOWN_INSTRUMENT,
        /** The period it names has no usable dates ("on February 30"). */
        UNUSABLE_PERIOD,
        /** It is about an instrument Bellwether knows that the store does not hold (the Nasdaq Composite, oil). */
        NOT_HELD,
        /** It is about a price during the session ("at 10 a.m.", "in early trading"). */
        SESSION_QUOTE
    }

    /**
     * A claim as read, before it is checked.
     *
     * @param kind the kind of fact it states (the registry's); null with a problem
     * @param text the sentence
     * @param subjects the instruments it is about (for a level: candidates, the first near the level wins)
     * @param hedge the stated number with its qualifier (null when none)
     * @param sign the stated direction: 1 up (or out-performing), -1 down, 0 none
     * @param unit the unit of the number
     * @param period the period stated (null: read against the as-of date)
     * @param level the price level the claim is about, for levels and breakouts (for a top-N weight, N)
     * @param named whether the sentence itself names the instrument (else the subjects are candidates)
     * @param detail what else the kind needs: a sector's name, or "start" or "end" of a top-N weight's period
     * @param problem what keeps it from being checked, or null
     * @param reference the close a distance or an extreme is measured against, or null
     */
    record Draft(FactKind kind, String text, List<String> subjects, Hedge hedge, int sign, String unit, Period period,
            Double level, boolean named, String detail, Problem problem, Reference reference) {

        Draft(FactKind kind, String text, List<String> subjects, Hedge hedge, int sign, String unit, Period period,
                Double level, boolean named, String detail, Problem problem) {
            this(kind, text, subjects, hedge, sign, unit, period, level, named, detail, problem, null);
        }

        /** A claim measured against {@code reference}. */
        static Draft against(Reference reference, FactKind kind, String text, String subject, Hedge hedge, int sign,
                String unit) {
            return new Draft(kind, text, java.util.Arrays.asList(subject), hedge, sign, unit, null, null, false, null,
                    null, reference);
        }

        Draft(FactKind kind, String text, List<String> subjects, Hedge hedge, int sign, String unit, Period period,
                Double level, boolean named, String detail) {
            this(kind, text, subjects, hedge, sign, unit, period, level, named, detail, null);
        }

        Draft(FactKind kind, String text, List<String> subjects, Hedge hedge, int sign, String unit, Period period,
                Double level) {
            this(kind, text, subjects, hedge, sign, unit, period, level, false, null);
        }

        Draft(FactKind kind, String text, List<String> subjects, Hedge hedge, int sign, String unit, Period period,
                Double level, boolean named) {
            this(kind, text, subjects, hedge, sign, unit, period, level, named, null);
        }

        /** A claim about {@code name}, which the store does not know. */
        static Draft unknownInstrument(String text, String name) {
            return new Draft(null, text, List.of(name), null, 0, null, null, null, false, null,
                    Problem.UNKNOWN_INSTRUMENT);
        }

        /** The kind the claim's JSON gives: the registry's name of its fact kind, else its problem. */
        String claimKind() {
            return kind != null ? kind.id() : problem.name().toLowerCase(Locale.ROOT);
        }

        Double stated() {
            // a rank or a count is one whichever way the moves went; other signed figures carry the claim's direction
            return hedge == null ? null : (sign < 0 && kind != FactKind.MOVE_RANK && kind != FactKind.DIRECTION_COUNT
                    ? -hedge.value() : hedge.value());
        }

        /** This claim, about {@code unheld}, which the store does not hold; {@code detail} says so. */
        Draft withUnheld(List<KnownInstruments.Known> unheld) {
            String names = unheld.stream().map(known -> "the " + known.name().replaceFirst("^the ", "") + " ("
                    + String.join(", ", known.symbols()) + ")").collect(java.util.stream.Collectors.joining(" and "));
            return new Draft(kind, text, subjects, hedge, sign, unit, period, level, named, "it is about " + names
                    + ", which the store does not hold (bellwether import bars or import macro adds it)",
                    Problem.NOT_HELD, reference);
        }

        /** The kinds about one session (or a period ending on it) that a sentence may carry from the one before. */
        static final Set<FactKind> OF_A_SESSION = java.util.EnumSet.of(FactKind.SESSION_RETURN, FactKind.PERIOD_RETURN,
                FactKind.POINTS_CHANGE, FactKind.LARGEST_MOVE_SINCE, FactKind.MOVE_RANK, FactKind.HIGHEST_CLOSE_SINCE,
                FactKind.LOWEST_CLOSE_SINCE, FactKind.RECORD_HIGH);

        /** The kinds whose number belongs to a period: without one named, the as-of session's. */
        static final Set<FactKind> DATED = java.util.EnumSet.of(FactKind.SESSION_RETURN, FactKind.PERIOD_RETURN,
                FactKind.POINTS_CHANGE);

        /** The detail of a one-session claim about the session's high. */
        static final String SESSION_HIGH = "session_high";
        /** The detail of a one-session claim about the session's low. */
        static final String SESSION_LOW = "session_low";

        /** This one-session claim, about the session's high ({@code up}) or low rather than its close. */
        Draft atSessionExtreme(boolean up) {
            return new Draft(kind, text, subjects, hedge, sign, unit, period, level, named, up ? SESSION_HIGH
                    : SESSION_LOW, problem, reference);
        }

        /** This claim, about a price during the session ("at 10 a.m."), which daily bars cannot say. */
        Draft asSessionQuote(String quote) {
            return new Draft(kind, text, subjects, hedge, sign, unit, period, level, named, "it is about a price "
                    + "during the session ('" + quote + "'), which daily bars cannot say (import 1-minute bars)",
                    Problem.SESSION_QUOTE, reference);
        }

        /** This claim about {@code other}: a change over a range, a session's move in that session. */
        Draft during(Period other) {
            FactKind during = kind == FactKind.SESSION_RETURN || kind == FactKind.PERIOD_RETURN
                    ? (other.type() == Period.Type.RANGE ? FactKind.PERIOD_RETURN : FactKind.SESSION_RETURN) : kind;
            return new Draft(during, text, subjects, hedge, sign, unit, other, level, named, detail, problem,
                    reference);
        }

        /** This claim about {@code other} instead (one of a subject of several instruments). */
        Draft about(String other) {
            return new Draft(kind, text, java.util.Arrays.asList(other), hedge, sign, unit, period, level, named,
                    detail, problem, reference);
        }

        /** This claim with a period of no usable dates ("on February 30"). */
        Draft withUnusablePeriod() {
            return new Draft(kind, text, subjects, hedge, sign, unit, null, level, named, detail,
                    Problem.UNUSABLE_PERIOD, reference);
        }
    }

    private final MarketData data;
    private final InstrumentIndex index;
    private final LocalDate asOf;
    private final int sessionWindow;
    private final FactsEngine engine;
    private final LevelFacts levels;
    private final String source;
    private final Map<String, Optional<LocalDate>> inceptions = new HashMap<>();
    /** Universe screens by benchmark and date: a sentence's three screen claims compute one. */
    private final Map<String, Reports.Screen> screens = new HashMap<>();

    Verifier(MarketData data, InstrumentIndex index, LocalDate asOf, int sessionWindow) {
        this.data = data;
        this.index = index;
        this.asOf = asOf;
        this.sessionWindow = sessionWindow;
        this.engine = new FactsEngine(data);
        this.levels = new LevelFacts(data);
        this.source = data.simulatedSources().map(s -> " Data: " + s + ".").orElse("");
    }

    /** The verdict on {@code draft}; missing data and unknown names make it unverifiable, with the reason. */
    Claim verify(Draft draft, ClaimChecker.Context context) {
        if (draft.problem() == Problem.UNKNOWN_INSTRUMENT) {
            return unverifiable(draft, "'" + draft.subjects().get(0) + "' is no instrument or alias the store knows "
                    + "(bellwether import instruments adds names and aliases)");
        }
        if (draft.problem() == Problem.NOT_HELD || draft.problem() == Problem.SESSION_QUOTE) {
            return unverifiable(draft, draft.detail());
        }
        if (draft.problem() == Problem.UNUSABLE_PERIOD) {
            return unverifiable(draft, "the period it names has no usable dates");
        }
        if (draft.period() != null && !isUsable(draft.period())) {
            return unverifiable(draft, "the period it names (" + draft.period().label() + ") ends before it starts "
                    + "or lies outside the exchange calendar's " + NyseCalendar.INSTANCE.firstSupportedDate() + ".."
                    + NyseCalendar.INSTANCE.lastSupportedDate());
        }
        if (draft.subjects().stream().anyMatch(Objects::isNull) && draft.kind() != FactKind.SUPPORT_RESISTANCE
                || draft.subjects().isEmpty() && draft.kind() != FactKind.SCHEDULED_RELEASE) {
            return unverifiable(draft, "it names no instrument the store knows (bellwether symbols lists them; "
                    + "bellwether import instruments adds names and aliases)");
        }
        try {
            Claim claim = switch (draft.kind()) {
                case PERIOD_RETURN -> periodReturn(draft, draft.period());
                case SESSION_RETURN -> sessionMove(draft);
                case POINTS_CHANGE -> pointsChange(draft);
                case CLOSE -> close(draft);
                case HIGH_CLOSE, LOW_CLOSE -> extremeClose(draft);
                case CLOSE_BEYOND -> closeBeyond(draft);
                case LARGEST_MOVE_SINCE -> largestMoveSince(draft);
                case MOVE_RANK -> moveRank(draft);
                case DIRECTION_COUNT -> directionCount(draft);
                case HIGHEST_CLOSE_SINCE, LOWEST_CLOSE_SINCE, FIRST_CROSS_SINCE -> closeSince(draft);
                case DISTANCE -> distance(draft);
                case RELATIVE_PERFORMANCE, RETURN_FACTOR -> relative(draft, context);
                case RECORD_HIGH_COUNT -> recordCount(draft);
                case RECORD_HIGH -> recordHigh(draft);
                case ZOMBIE_SHARE -> zombieShare(draft);
                case SCREENED, SCREEN_AHEAD_SHARE, SCREEN_BREAKOUTS -> universeScreen(draft);
                case SUPPORT_RESISTANCE -> level(draft, context);
                case BREAKOUT_HELD -> breakoutHeld(draft);
                case INTRADAY_CORRELATION -> tickForTick(draft);
                case VOLUME_RATIO -> volumeRatio(draft);
                case SECTOR_CONTRIBUTION -> sectorContribution(draft);
                case SHARE_ABOVE_50D -> breadthShare(draft);
                case TOP_N_WEIGHT -> topWeight(draft);
                case CORRELATION, BETA, VOLATILITY -> statistic(draft);
                case SERIES_CHANGE -> macroChange(draft);
                case SERIES_LEVEL -> macroLevel(draft);
                case SCHEDULED_RELEASE -> scheduledRelease(draft);
                default -> FactRegistry.definition(draft.kind()).map(definition -> registered(definition, draft))
                        .orElseGet(() -> unverifiable(draft, "no check is defined for this kind of claim"));
            };
            return new Claim(claim.text(), claim.kind(), claim.stated(), claim.computed(), claim.unit(),
                    claim.verdict(), claim.explanation() + "." + source);
        } catch (NoDataException e) { // the store cannot answer it; anything else is a bug and propagates
            return unverifiable(draft, e.getMessage());
        }
    }

    private static boolean isUsable(Period period) {
        LocalDate first = NyseCalendar.INSTANCE.firstSupportedDate();
        LocalDate last = NyseCalendar.INSTANCE.lastSupportedDate();
        LocalDate start = period.start() == null ? period.end() : period.start(); // a session or a date: its end only
        return !period.end().isBefore(start) && !start.isBefore(first) && !period.end().isAfter(last);
    }

    /** A claim of a registered kind: its definition computes the fact, the kind's comparison judges the claim. */
    private Claim registered(FactDefinition definition, Draft draft) {
        String subject = draft.subjects().get(0);
        Found<Fact> outcome = definition.compute(data, subject, draft.period() != null ? draft.period().end() : asOf);
        if (!outcome.isPresent()) {
            return unverifiable(draft, outcome.reason().orElseThrow());
        }
        Fact fact = outcome.require();
        String how = subject + ": " + fact.provenance().definition();
        return switch (fact.kind().comparison()) {
            case HEDGED -> judge(draft, fact.value(), how);
            case WITHIN_LEVEL_TOLERANCE -> claim(draft, fact.value(), draft.hedge() != null && Levels.isNear(
                    fact.value(), draft.hedge().value()) ? Claim.VERIFIED : Claim.CONTRADICTED, how);
            case HOLDS -> claim(draft, null, fact.value() != 0 ? Claim.VERIFIED : Claim.CONTRADICTED, how);
            case SAME_DATE -> claim(draft, null, draft.period() != null && fact.end().equals(draft.period().end())
                    ? Claim.VERIFIED : Claim.CONTRADICTED, how);
        };
    }

    private Claim periodReturn(Draft draft, Period period) {
        String symbol = draft.subjects().get(0);
        Reports.PerfRow row = engine.perf(List.of(symbol), period.start(), period.end()).rows().get(0);
        String how = symbol + " " + level(row.startLevel()) + " on " + row.startDate() + " to " + level(row.endLevel())
                + " on " + row.endDate() + ", " + signed(row.returnPct(), 2) + "% (" + period.label()
                + "; simple return of the closes of the last sessions on or before each date)";
        return judge(draft, row.returnPct(), how);
    }

    private Claim sessionMove(Draft draft) {
        String symbol = draft.subjects().get(0);
        Period period = draft.period();
        if (period == null || period.type() == Period.Type.SESSION || draft.detail() != null) {
            // the day named, else the as-of session (also of a session's extreme, "down as much as 12% on the day")
            SessionPrice session = sessionPrice(draft);
            double pct = (session.price() / session.previous() - 1) * 100;
            return judge(draft, pct, session.how() + ": " + signed(pct, 2) + "%");
        }
        List<Reports.Move> recent = recentSessions(symbol);
        Optional<Reports.Move> match = recent.stream()
                .filter(move -> Math.signum(move.returnPct()) == draft.sign() && draft.hedge().accepts(move.returnPct()))
                .min(Comparator.comparingDouble(move -> Math.abs(Math.abs(move.returnPct()) - draft.hedge().value())));
        String window = "the last " + recent.size() + " sessions up to " + asOf + " (" + recent.get(0).date() + " to "
                + recent.get(recent.size() - 1).date() + ")";
        if (match.isPresent()) {
            return claim(draft, match.get().returnPct(), Claim.VERIFIED, symbol + " " + signed(match.get().returnPct(),
                    2) + "% on " + match.get().date() + ", one of " + window + "; " + draft.hedge().describe("%"));
        }
        Reports.Move largest = recent.stream().max(Comparator.comparingDouble(move -> draft.sign() * move.returnPct()))
                .orElseThrow();
        return claim(draft, largest.returnPct(), Claim.CONTRADICTED, "no session of " + window + " moved that way: the "
                + (draft.sign() > 0 ? "largest gain" : "largest loss") + " was " + signed(largest.returnPct(), 2)
                + "% on " + largest.date() + "; " + draft.hedge().describe("%"));
    }

    /**
     * A change in index points: over a range, the difference of the closes on or before its ends; else the session's
     * (the date named, or the as-of date) against the previous session's close.
     */
    private Claim pointsChange(Draft draft) {
        String symbol = draft.subjects().get(0);
        Period period = draft.period();
        if (period != null && period.type() == Period.Type.RANGE) {
            Reports.PerfRow row = engine.perf(List.of(symbol), period.start(), period.end()).rows().get(0);
            double points = row.endLevel() - row.startLevel();
            return judge(draft, points, symbol + " " + level(row.startLevel()) + " on " + row.startDate() + " to "
                    + level(row.endLevel()) + " on " + row.endDate() + ", " + signed(points, 2) + " points ("
                    + period.label() + "; the difference of the closes of the last sessions on or before each date)");
        }
        SessionPrice session = sessionPrice(draft);
        double points = session.price() - session.previous();
        return judge(draft, points, session.how() + ": " + signed(points, 2) + " points");
    }

    /** A close: of the last session on or before the period's end (the date named, or the as-of date). */
    private Claim close(Draft draft) {
        String symbol = draft.subjects().get(0);
        if (draft.period() == null || draft.period().type() != Period.Type.RANGE) {
            SessionPrice session = sessionPrice(draft);
            return judge(draft, session.price(), session.what() + " of " + level(session.price()) + " on "
                    + session.date());
        }
        DailySeries series = data.daily(symbol).require();
        int i = series.indexOnOrBefore(draft.period().end());
        if (i < 0) {
            throw new NoDataException(symbol + " has no close on or before " + draft.period().end());
        }
        return judge(draft, series.close(i), symbol + " closed at " + level(series.close(i)) + " on "
                + series.date(i) + " (the close of the last session on or before " + draft.period().end() + ")");
    }

    /** The inception of {@code symbol}, read once per check (every record-rule claim asks it). */
    private Optional<LocalDate> inception(String symbol) {
        return inceptions.computeIfAbsent(symbol, s -> data.reference().inception(s));
    }

    /** "Back above the 800 level": the session's close beyond it, and for "back", the previous close short of it. */
    /**
     * The closes of a priced instrument, or the values of a macro series, and where the claim's date is in them: the
     * session named (which must be one), else the last on or before the as-of date.
     *
     * @param start the first value scans back may reach: the history's first, or the first after its last hole
     */
    private record Closes(java.util.function.IntFunction<LocalDate> dates, double[] values, int at, int start) {

        LocalDate date(int i) {
            return dates.apply(i);
        }

        /** The date of {@link #start}: where the history scans back may reach begins. */
        LocalDate first() {
            return date(start);
        }
    }

    private Closes closes(String symbol, Period period) {
        if (index.isMacro(symbol)) {
            MacroSeries series = data.macro().macroSeries(symbol).orElseThrow(() -> new NoDataException(
                    "the store has no macro series " + symbol));
            LocalDate day = period != null ? period.end() : asOf;
            int at = onOrBefore(series, day);
            if (at < 0) {
                throw new NoDataException(symbol + " has no value on or before " + day);
            }
            PointInTime.staleSince(series.head(at + 1), PointInTime.frequency(series.dates()), day).ifPresent(last -> {
                        throw new NoDataException(symbol + " has no value after " + last + " (stale on " + day + ")");
                    });
            return new Closes(i -> series.dates()[i], series.values(), at, 0);
        }
        DailySeries series = data.daily(symbol).require();
        int at = session(series, symbol, period);
        // before a hole the history is not whole: scans back stop at it, as at the history's start
        return new Closes(series::date, series.closes(), at, series.continuousFrom(at));
    }

    /**
     * A close (or a macro series' value) past a level on the session named, else the as-of one; "back" past it needs
     * one of the {@code sessionWindow} values before on the other side.
     */
    private Claim closeBeyond(Draft draft) {
        String symbol = draft.subjects().get(0);
        Closes closes = closes(symbol, draft.period());
        double[] values = closes.values();
        int i = closes.at();
        if (i < 1) {
            throw new NoDataException(symbol + " has no value before the date it is checked on");
        }
        double level = draft.level();
        boolean up = draft.sign() > 0;
        boolean beyond = up ? values[i] > level : values[i] < level;
        int before = i - 1;
        while ("back".equals(draft.detail()) && before > 0 && before > i - sessionWindow
                && (up ? values[before] > level : values[before] < level)) {
            before--;
        }
        boolean back = !"back".equals(draft.detail()) || (up ? values[before] <= level : values[before] >= level);
        return claim(draft, values[i], beyond && back ? Claim.VERIFIED : Claim.CONTRADICTED, symbol + " was at "
                + level(values[i]) + " on " + closes.date(i) + ", after " + level(values[before]) + " on "
                + closes.date(before) + ", against the level " + level(level)
                + ("back".equals(draft.detail()) ? " (back past it: one of the " + sessionWindow
                        + " values before on the other side)" : ""));
    }

    /** A record, or a 52-week, year or month high or low, stated as a level ("its record close of 36799.65"). */
    private Claim extremeClose(Draft draft) {
        String symbol = draft.subjects().get(0);
        DailySeries series = data.daily(symbol).require();
        int at = referenceIndex(draft.reference(), series, symbol, claimDate(draft));
        Reference reference = draft.reference();
        double price = referencePrice(reference, series, at);
        String how = symbol + "'s " + reference.words().replaceFirst("^its ", "") + " is " + level(price) + " on " + series.date(at) + " ("
                + window(reference, series) + ")";
        if (reference.setOn() != null && !reference.setOn().equals(series.date(at))) {
            return claim(draft, price, Claim.CONTRADICTED, how + ", not on " + reference.setOn() + " as stated");
        }
        return judge(draft, price, how);
    }

    /** The close on the as-of date against a reference close ("10.15% under its record close"). */
    private Claim distance(Draft draft) {
        String symbol = draft.subjects().get(0);
        DailySeries series = data.daily(symbol).require();
        int now = series.indexOnOrBefore(claimDate(draft));
        int at = referenceIndex(draft.reference(), series, symbol, claimDate(draft));
        double reference = referencePrice(draft.reference(), series, at);
        double pct = (series.close(now) / reference - 1) * 100;
        return judge(draft, pct, symbol + " " + level(series.close(now)) + " on " + series.date(now) + " against "
                + draft.reference().words() + " " + level(reference) + " on " + series.date(at) + " ("
                + window(draft.reference(), series) + "): " + signed(pct, 2) + "%");
    }

    /**
     * "Its biggest drop since X": X is the most recent earlier session with a move at least as large in the same
     * direction, in points or percent as stated (both when both are), over one session or the N stated.
     */
    /**
     * "Its biggest one-day drop since Sept. 17", "its worst week since January", "its worst day in nearly nine
     * months": the last earlier move in the same direction at least as large (a session's over N sessions, or a
     * calendar unit's, {@link MoveSteps}) is in the window named, or at least the span named back.
     */
    private Claim largestMoveSince(Draft draft) {
        String symbol = draft.subjects().get(0);
        DailySeries series = data.daily(symbol).require();
        MoveSteps steps = draft.detail() != null ? MoveSteps.calendar(upToAsOf(series), draft.detail())
                : MoveSteps.sessions(series, draft.level().intValue());
        int k = steps(steps, symbol, draft.period());
        Reference reference = draft.reference();
        boolean span = reference.type() == Reference.Type.SPAN;
        List<String> parts = new ArrayList<>();
        String verdict = Claim.VERIFIED;
        for (String unit : draft.unit().split(" and ")) {
            boolean points = unit.equals("points");
            double move = steps.move(k, points);
            int sign = draft.sign() != 0 ? draft.sign() : (int) Math.signum(move);
            String what = steps.describe(k) + " in " + (points ? "points" : "percent");
            if (Math.signum(move) != sign) {
                return claim(draft, move, Claim.CONTRADICTED, symbol + "'s " + what + " was " + signed(move, 2)
                        + ", not a " + (sign > 0 ? "gain" : "loss"));
            }
            int j = k - 1;
            while (j >= steps.first() && !(Math.signum(steps.move(j, points)) == sign
                    && Math.abs(steps.move(j, points)) >= Math.abs(move))) {
                j--;
            }
            if (j < steps.first()) {
                LocalDate bound = span ? reference.to() : reference.from();
                boolean coversBound = series.firstDate().isBefore(bound);
                verdict = worst(verdict, !coversBound ? Claim.UNVERIFIABLE : span ? Claim.VERIFIED
                        : Claim.CONTRADICTED);
                parts.add("the " + what + " of " + signed(move, 2) + " is the largest since the history starts ("
                        + series.firstDate() + ")");
                continue;
            }
            LocalDate last = steps.date(j);
            boolean holds = span ? !last.isAfter(reference.to()) : within(last, reference);
            verdict = worst(verdict, holds ? Claim.VERIFIED : Claim.CONTRADICTED);
            parts.add("the " + what + " of " + signed(move, 2) + " was last matched by the " + steps.describe(j)
                    + " (" + signed(steps.move(j, points), 2) + ")");
        }
        String how = symbol + ": " + String.join("; ", parts) + "; the claim says " + (span ? "in "
                + reference.words() + " (none as large after " + reference.to() + ")" : "since " + reference.words());
        return verdict.equals(Claim.UNVERIFIABLE) ? unverifiable(draft, how + ", before the stored history")
                : claim(draft, null, verdict, how);
    }

    /** {@code series} up to the as-of date: a week or a year under way then ends there, as it did for the writer. */
    private DailySeries upToAsOf(DailySeries series) {
        return series.slice(0, series.indexOnOrBefore(asOf) + 1);
    }

    /**
     * What a count of moves one way counts: sessions or a calendar unit, and the size each move must reach.
     *
     * @param unit the calendar unit, or null for sessions
     * @param threshold the least size of a move that counts, in percent (0: any move that way)
     * @param firstSession whether the moves counted are the first sessions of each unit's ("ended the first trading
     *     day of the year lower in each of the past three years")
     */
    record Tally(String unit, double threshold, boolean firstSession) {

        /** The tally a draft's detail holds. */
        static Tally of(String detail) {
            String[] parts = detail.split(" ");
            return new Tally(parts[0].equals("session") ? null : parts[0], Double.parseDouble(parts[1]),
                    parts.length > 2);
        }

        @Override
        public String toString() {
            return (unit == null ? "session" : unit) + " " + threshold + (firstSession ? " first" : "");
        }
    }

    /**
     * "Fell in three of the last four sessions" (a window: {@link Draft#level()} steps up to the date, the count those
     * that moved the way stated); "three years running", "its fifth straight weekly gain" (no window: the run of such
     * steps up to the date, at least the count stated for "running", the count itself for an ordinal).
     */
    private Claim directionCount(Draft draft) {
        String symbol = draft.subjects().get(0);
        Tally tally = Tally.of(draft.detail());
        DailySeries series = data.daily(symbol).require();
        MoveSteps steps = tally.firstSession() ? MoveSteps.firstSessions(upToAsOf(series), tally.unit())
                : tally.unit() != null ? MoveSteps.calendar(upToAsOf(series), tally.unit()) : MoveSteps.sessions(series, 1);
        int k = steps(steps, symbol, draft.period());
        java.util.function.IntPredicate counts = j -> Math.signum(steps.move(j, false)) == draft.sign()
                && Math.abs(steps.move(j, false)) >= tally.threshold();
        String what = (draft.sign() > 0 ? "gains" : "losses") + (tally.threshold() > 0 ? " of "
                + Num.format(tally.threshold(), 0) + "% or more" : "");
        String unit = tally.unit() != null ? tally.unit() : "session";
        what += tally.firstSession() ? " on the first session of the " + unit : "";
        if (draft.level() != null) {
            int window = draft.level().intValue();
            int first = k - window + 1;
            if (first < steps.first()) {
                throw new NoDataException(symbol + " has fewer than " + window + " " + unit + "s up to "
                        + steps.date(k));
            }
            long count = java.util.stream.IntStream.rangeClosed(first, k).filter(counts).count();
            return claim(draft, (double) count, draft.hedge().accepts(count) ? Claim.VERIFIED : Claim.CONTRADICTED,
                    symbol + ": " + count + " " + what + " in the " + window + " " + unit + "s from " + steps.date(first)
                            + " to " + steps.date(k) + "; the claim says " + Num.format(draft.hedge().value(), 0));
        }
        int run = 0;
        while (k - run >= steps.first() && counts.test(k - run)) {
            run++;
        }
        boolean atLeast = draft.hedge().value() <= run;
        if (k - run < steps.first() && !atLeast) {
            throw new NoDataException(symbol + "'s history starts " + series.firstDate() + ": the run of " + what
                    + " to " + steps.date(k) + " may be longer");
        }
        return claim(draft, (double) run, atLeast ? Claim.VERIFIED : Claim.CONTRADICTED, symbol + ": " + run + " "
                + what + " in a row, " + unit + " by " + unit + ", up to the " + steps.describe(k) + "; the claim says "
                + Num.format(draft.hedge().value(), 0));
    }

    /** The step of {@code steps} a claim about {@code period} is about: the session named or the unit holding it. */
    private int steps(MoveSteps steps, String symbol, Period period) {
        if (steps.unit() == null) {
            int i = session(steps.series(), symbol, period);
            if (i < steps.first()) {
                throw new NoDataException(symbol + " has fewer than " + steps.first() + " sessions before "
                        + steps.series().date(i));
            }
            return i;
        }
        // a week, a month, a year named; else the last complete one as of the session named or the as-of date
        int k = period != null && period.type() == Period.Type.RANGE ? steps.stepOn(period.end())
                : steps.latestStep(period != null ? period.end() : asOf);
        if (k < 1) {
            throw new NoDataException(symbol + "'s history has no " + steps.unit() + " before the one to "
                    + steps.date(Math.max(0, k)));
        }
        return k;
    }

    /**
     * "The 25th-largest one-day decline of the past five years": the rank of the session's move among the moves in
     * the same direction of the window; over the whole history ("ever", "in its history") the largest needs the
     * history rule of record highs and any other rank the history from inception.
     */
    private Claim moveRank(Draft draft) {
        String symbol = draft.subjects().get(0);
        DailySeries series = data.daily(symbol).require();
        String[] ranked = draft.detail().split(" "); // the rank is a count; the detail, what is ranked: "points year"
        boolean points = ranked[0].equals("points");
        MoveSteps steps = ranked.length > 1 ? MoveSteps.calendar(upToAsOf(series), ranked[1])
                : MoveSteps.sessions(series, 1);
        int k = steps(steps, symbol, draft.period());
        double move = steps.move(k, points);
        int sign = draft.sign() != 0 ? draft.sign() : (int) Math.signum(move);
        if (Math.signum(move) != sign) {
            return claim(draft, move, Claim.CONTRADICTED, symbol + "'s " + steps.describe(k) + " was "
                    + signed(move, 2) + ", not a " + (sign > 0 ? "gain" : "loss"));
        }
        Reference window = draft.reference();
        int first = steps.first();
        if (window != null) {
            if (series.firstDate().isAfter(window.from())) {
                throw new NoDataException(symbol + "'s history starts " + series.firstDate() + ", after the window's "
                        + "start " + window.from());
            }
            while (first < k && steps.date(first).isBefore(window.from())) {
                first++;
            }
        } else {
            LocalDate inception = inception(symbol).orElse(null);
            boolean fromInception = inception != null && !series.firstDate().isAfter(inception);
            boolean knowable = draft.hedge().value() == 1 ? RecordHighs.isAllTime(series.firstDate(), inception,
                    steps.date(k)) : fromInception;
            if (!knowable) {
                throw new NoDataException(symbol + "'s stored history starts on " + series.firstDate() + ": too late "
                        + "to rank a move against its whole history (the largest needs "
                        + Definitions.RECORD_HISTORY_YEARS + " years, any other rank the history from inception)");
            }
        }
        int rank = 1;
        for (int j = first; j <= k; j++) {
            double other = steps.move(j, points);
            if (j != k && Math.signum(other) == sign && Math.abs(other) > Math.abs(move)) {
                rank++;
            }
        }
        return claim(draft, (double) rank, draft.hedge().accepts(rank) ? Claim.VERIFIED : Claim.CONTRADICTED, symbol
                + "'s " + steps.describe(k) + " of " + signed(move, 2) + (points ? " points" : "%") + " ranks " + rank
                + " among the " + (sign > 0 ? "gains" : "losses") + " of the " + (steps.unit() != null ? steps.unit()
                        + "s" : "sessions") + " from " + steps.date(first) + " to " + steps.date(k) + "; the claim says "
                + Num.format(draft.hedge().value(), 0));
    }

    /**
     * "Its highest (lowest) close since X": X is the last earlier close at least as high (low); "below 1200 for the
     * first time since X": X is the last earlier close below it; a first close beyond a level ever needs the history
     * rule of record highs.
     */
    private Claim closeSince(Draft draft) {
        String symbol = draft.subjects().get(0);
        Closes closes = closes(symbol, draft.period());
        double[] values = closes.values();
        int i = closes.at();
        int start = closes.start();
        double close = values[i];
        boolean cross = draft.kind() == FactKind.FIRST_CROSS_SINCE;
        boolean up = cross ? draft.sign() > 0 : draft.kind() == FactKind.HIGHEST_CLOSE_SINCE;
        double bar = cross ? draft.level() : close;
        if (cross && (up ? close <= bar : close >= bar)) {
            return claim(draft, close, Claim.CONTRADICTED, symbol + " closed at " + level(close) + " on "
                    + closes.date(i) + ", not " + (up ? "above " : "below ") + level(bar));
        }
        int j = i - 1;
        while (j >= start && !(cross ? (up ? values[j] > bar : values[j] < bar)
                : (up ? values[j] >= bar : values[j] <= bar))) {
            j--;
        }
        String what = cross ? "close " + (up ? "above " : "below ") + level(bar) : "value at least as "
                + (up ? "high" : "low") + " as " + level(close) + " (" + closes.date(i) + ")";
        Reference reference = draft.reference();
        boolean span = reference != null && reference.type() == Reference.Type.SPAN;
        if (j < start) {
            boolean knowable = RecordHighs.isAllTime(closes.first(), start > 0 ? null : inception(symbol).orElse(null),
                    closes.date(i));
            String how = symbol + " has no earlier " + what + " since its history starts (" + closes.first() + ")";
            if (reference == null) {
                return knowable ? claim(draft, close, Claim.VERIFIED, how) : unverifiable(draft, how
                        + ", too short to call it a first");
            }
            LocalDate bound = span ? reference.to() : reference.from();
            return !closes.first().isBefore(bound) ? unverifiable(draft, how)
                    : claim(draft, close, span ? Claim.VERIFIED : Claim.CONTRADICTED, how);
        }
        if (reference == null) {
            return claim(draft, close, Claim.CONTRADICTED, symbol + " had an earlier " + what + " on "
                    + closes.date(j) + " (" + level(values[j]) + ")");
        }
        boolean holds = span ? !closes.date(j).isAfter(reference.to()) : within(closes.date(j), reference);
        return claim(draft, close, holds ? Claim.VERIFIED : Claim.CONTRADICTED, symbol + "'s last earlier " + what
                + " was on " + closes.date(j) + " (" + level(values[j]) + "); the claim says " + (span ? "in "
                        + reference.words() + " (none after " + reference.to() + ")" : "since " + reference.words()));
    }

    /** The change to session {@code i} over {@code n} sessions, in points or percent. */
    private static double move(DailySeries series, int i, int n, boolean points) {
        if (series.holesBefore(i) > series.holesBefore(i - n)) {
            throw new NoDataException(series.symbol() + " has a hole in its data between " + series.date(i - n)
                    + " and " + series.date(i) + ": no change over those sessions is known");
        }
        return points ? series.close(i) - series.close(i - n) : (series.close(i) / series.close(i - n) - 1) * 100;
    }

    private static boolean within(LocalDate date, Reference window) {
        return !date.isBefore(window.from()) && !date.isAfter(window.to());
    }

    /** The weaker of two verdicts: contradicted over unverifiable over verified. */
    private static String worst(String a, String b) {
        List<String> order = List.of(Claim.VERIFIED, Claim.UNVERIFIABLE, Claim.CONTRADICTED);
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    /** The date a claim measured against a reference is of: the session it names, else the as-of date. */
    private LocalDate claimDate(Draft draft) {
        return draft.period() != null && draft.period().type() == Period.Type.SESSION ? draft.period().end() : asOf;
    }

    /**
     * The session of the reference close as of {@code date}: the extreme of its window, the named session, or 52
     * weeks back.
     */
    private int referenceIndex(Reference reference, DailySeries series, String symbol, LocalDate date) {
        int end = series.indexOnOrBefore(date);
        if (end < 0) {
            throw new NoDataException(symbol + " has no close on or before " + date);
        }
        return switch (reference.type()) {
            case SPAN -> throw new IllegalStateException("a span names no close to measure against: "
                    + reference.words());
            case SESSION -> {
                int i = series.indexOnOrBefore(reference.from());
                if (i < 0 || !series.date(i).equals(reference.from())) {
                    throw new NoDataException(symbol + " has no session on " + reference.from());
                }
                yield i;
            }
            case YEAR_AGO -> {
                int i = series.indexOnOrBefore(series.date(end).minusDays(364));
                if (i < 0) {
                    throw new NoDataException(symbol + "'s history starts " + series.firstDate()
                            + ", less than 52 weeks before " + series.date(end));
                }
                yield i;
            }
            case INTRADAY_RECORD, PREVIOUS_INTRADAY_RECORD -> {
                if (!RecordHighs.isAllTime(series.firstDate(), inception(symbol).orElse(null),
                        series.date(end))) {
                    throw new NoDataException(symbol + "'s stored history starts on " + series.firstDate()
                            + ", too late to know its intraday record as of " + series.date(end));
                }
                yield highestHigh(series, 0, reference.type() == Reference.Type.INTRADAY_RECORD ? end : end - 1,
                        symbol);
            }
            case RECORD, PREVIOUS_RECORD -> {
                if (!RecordHighs.isAllTime(series.firstDate(), inception(symbol).orElse(null),
                        series.date(end))) {
                    throw new NoDataException(symbol + "'s stored history starts on " + series.firstDate()
                            + ", too late to know its record as of " + series.date(end) + " (DESIGN: inception or "
                            + Definitions.RECORD_HISTORY_YEARS + " years)");
                }
                if (reference.type() == Reference.Type.PREVIOUS_RECORD && end < 1) {
                    throw new NoDataException(symbol + " has no close before " + series.date(end));
                }
                yield extreme(series, 0, reference.type() == Reference.Type.RECORD ? end : end - 1, true);
            }
            case WEEKS_52 -> {
                if (end + 1 < Definitions.WEEKS_52_SESSIONS) {
                    throw new NoDataException(symbol + " has fewer than " + Definitions.WEEKS_52_SESSIONS
                            + " sessions up to " + series.date(end));
                }
                yield extreme(series, end + 1 - Definitions.WEEKS_52_SESSIONS, end, reference.high());
            }
            case WINDOW -> {
                int first = series.indexOnOrBefore(reference.from().minusDays(1)) + 1;
                int last = series.indexOnOrBefore(reference.to().isBefore(date) ? reference.to() : date);
                if (last < first || series.date(0).isAfter(reference.from())) {
                    throw new NoDataException(symbol + " has no whole history from " + reference.from() + " to "
                            + reference.to());
                }
                if (series.holesBefore(last) > series.holesBefore(first)) {
                    throw new NoDataException(symbol + " has a hole in its data from " + reference.from() + " to "
                            + reference.to() + ": its extreme there is not known");
                }
                yield extreme(series, first, last, reference.high());
            }
        };
    }

    /** The index of the highest (or lowest) close in {@code [first, last]}, the latest of equal ones. */
    private static int extreme(DailySeries series, int first, int last, boolean high) {
        int best = first;
        for (int i = first + 1; i <= last; i++) {
            if (high ? series.close(i) >= series.close(best) : series.close(i) <= series.close(best)) {
                best = i;
            }
        }
        return best;
    }

    /** The index of the highest session high in {@code [first, last]}, the latest of equal ones. */
    private static int highestHigh(DailySeries series, int first, int last, String symbol) {
        int best = -1;
        for (int i = first; i <= last; i++) {
            if (!Double.isNaN(series.high(i)) && (best < 0 || series.high(i) >= series.high(best))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new NoDataException(symbol + " has no daily highs (its bars hold closes only)");
        }
        return best;
    }

    /** The price of a reference at its session: the session high of an intraday record, else the close. */
    private static double referencePrice(Reference reference, DailySeries series, int at) {
        return reference.intraday() ? series.high(at) : series.close(at);
    }

    private static String window(Reference reference, DailySeries series) {
        return switch (reference.type()) {
            case RECORD -> "the highest close since " + series.firstDate();
            case PREVIOUS_RECORD -> "the highest close before the date since " + series.firstDate();
            case INTRADAY_RECORD -> "the highest session high since " + series.firstDate();
            case PREVIOUS_INTRADAY_RECORD -> "the highest session high before the date since " + series.firstDate();
            case WEEKS_52 -> (reference.high() ? "the highest" : "the lowest") + " close of the "
                    + Definitions.WEEKS_52_SESSIONS + " sessions up to the date";
            case WINDOW -> (reference.high() ? "the highest" : "the lowest") + " close from " + reference.from()
                    + " to " + reference.to();
            case SESSION -> "the close of " + reference.from();
            case YEAR_AGO -> "the last close on or before 52 weeks (364 days) earlier";
            case SPAN -> reference.words() + " back, to " + reference.to();
        };
    }

    /**
     * The session a one-session claim is about (see {@link #session}) and the price it states: the close, or for a
     * claim about the session's extreme ("down as much as 4.3%", "at its session low") the daily high or low.
     */
    private record SessionPrice(DailySeries series, int index, double price, String what) {

        double previous() {
            if (series.followsHole(index)) {
                throw new NoDataException(series.symbol() + " has no session move on " + date() + ": a hole in its "
                        + "data ends there");
            }
            return series.close(index - 1);
        }

        LocalDate date() {
            return series.date(index);
        }

        String how() {
            return what + " of " + level(price) + " on " + date() + " against the previous close of "
                    + level(previous()) + " on " + series.date(index - 1);
        }
    }

    private SessionPrice sessionPrice(Draft draft) {
        String symbol = draft.subjects().get(0);
        DailySeries series = data.daily(symbol).require();
        int i = session(series, symbol, draft.period());
        String extreme = String.valueOf(draft.detail());
        double price = switch (extreme) {
            case Draft.SESSION_HIGH -> series.high(i);
            case Draft.SESSION_LOW -> series.low(i);
            default -> series.close(i);
        };
        String what = switch (extreme) {
            case Draft.SESSION_HIGH -> "session high";
            case Draft.SESSION_LOW -> "session low";
            default -> "close";
        };
        if (Double.isNaN(price)) {
            throw new NoDataException(symbol + " has no daily " + what + " on " + series.date(i)
                    + " (its bars hold closes only)");
        }
        return new SessionPrice(series, i, price, symbol + "'s " + what);
    }

    /**
     * The index of the session a one-session claim is about, with a session before it: the date named (which must be
     * a session), else the last session on or before the as-of date.
     */
    private int session(DailySeries series, String symbol, Period period) {
        boolean named = period != null && period.type() == Period.Type.SESSION;
        LocalDate day = named ? period.end() : asOf;
        int i = series.indexOnOrBefore(day);
        if (i < 1 || named && !series.date(i).equals(day)) {
            throw new NoDataException(symbol + " has no session on " + day + (i < 1 ? "" : " (its last before is "
                    + series.date(i) + ")") + " with one before it");
        }
        Freshness.unknownLevel(series, day, data.sessionsOf(symbol)).ifPresent(reason -> {
            throw new NoDataException(reason);
        });
        return i;
    }

    /** The session returns of the window "a single session" may be any of, oldest first. */
    private List<Reports.Move> recentSessions(String symbol) {
        DailySeries series = data.daily(symbol).require();
        int last = series.indexOnOrBefore(asOf);
        if (last < 1) {
            throw new NoDataException(symbol + " has no sessions before " + asOf);
        }
        LocalDate first = series.date(Math.max(1, last - sessionWindow + 1));
        return engine.moves(symbol, first, series.date(last), 0).moves();
    }

    private Claim relative(Draft draft, ClaimChecker.Context context) {
        Period period = draft.period() != null && draft.period().type() == Period.Type.RANGE ? draft.period()
                : context.tablePeriod != null ? context.tablePeriod : Period.monthToDate(asOf);
        String a = draft.subjects().get(0);
        String b = draft.subjects().get(1);
        Reports.Perf perf = engine.perf(List.of(a, b), period.start(), period.end());
        Reports.PerfRow ra = perf.rows().get(0);
        Reports.PerfRow rb = perf.rows().get(1);
        String how = a + " " + signed(ra.returnPct(), 2) + "% and " + b + " " + signed(rb.returnPct(), 2) + "% from "
                + ra.startDate() + " to " + ra.endDate() + " (" + (period == context.tablePeriod
                        ? "the period of the note's table" : period.label()) + ")";
        double[] tableA = context.tableRows.get(a);
        double[] tableB = context.tableRows.get(b);
        if (draft.kind() == FactKind.RETURN_FACTOR) {
            if (ra.returnPct() <= 0 || rb.returnPct() <= 0) {
                return unverifiable(draft, "a factor needs both returns positive: " + how);
            }
            double factor = ra.returnPct() / rb.returnPct();
            String table = tableA == null || tableB == null ? "" : "; the note's table gives "
                    + Num.format(tableA[2] / tableB[2], 2);
            return judge(draft, factor, how + ": a factor of " + Num.format(factor, 2) + " (r_a / r_b)" + table);
        }
        double bp = perf.relativeBp().get(0).bp();
        double computed = draft.unit().equals("bp") ? bp : bp / 100;
        String table = tableA == null || tableB == null ? "" : "; the note's own table implies "
                + signed((tableA[2] - tableB[2]) * 100, 0) + " bp";
        return judge(draft, computed, how + ": " + signed(bp, 0) + " bp ((r_a - r_b) x 10,000)" + table);
    }

    private Claim recordCount(Draft draft) {
        String symbol = draft.subjects().get(0);
        LocalDate end = draft.period() != null && draft.period().type() == Period.Type.RANGE ? draft.period().end()
                : asOf;
        int year = draft.period() != null && draft.period().type() == Period.Type.RANGE
                && draft.period().start().getYear() + 1 == end.getYear() ? end.getYear() : end.getYear();
        Reports.Records records = engine.records(symbol, year, end);
        if (records.count() > 0 && !engine.isAllTime(records)) {
            return unverifiable(draft, symbol + "'s stored history starts on " + records.historyStart()
                    + ", too late to call a close of " + year + " a record (DESIGN: inception or ten years)");
        }
        String dates = records.records().stream().map(r -> r.date().toString()).reduce((x, y) -> x + ", " + y)
                .orElse("none");
        String how = symbol + " set " + records.count() + " record closes in " + year + " up to " + end + " (" + dates
                + "; closes above every earlier close, history from " + records.historyStart() + ")";
        return judge(draft, records.count(), how);
    }

    /**
     * A record close (or, with {@link Draft#SESSION_HIGH}, an intraday record): on the session named, else the as-of
     * session; over a range ("last week it set a record"), on any of its sessions. The history rule of record highs
     * decides whether a record found may be called one.
     */
    private Claim recordHigh(Draft draft) {
        String symbol = draft.subjects().get(0);
        boolean intraday = Draft.SESSION_HIGH.equals(draft.detail());
        Period period = draft.period();
        LocalDate end = period != null ? period.end() : asOf;
        DailySeries series = data.daily(symbol).require();
        LocalDate last = series.date(series.indexOnOrBefore(end));
        boolean since = period != null && period.since(); // "a record for the first time since August 2018"
        LocalDate first = period != null && period.type() == Period.Type.RANGE && !since ? period.start().plusDays(1)
                : last;
        Reports.Records records = FactsEngine.records(series, null, last, intraday);
        Optional<Reports.RecordClose> record = records.records().stream().filter(r -> !r.date().isBefore(first)
                && !r.date().isAfter(last)).reduce((a, b) -> b);
        String what = intraday ? "session high" : "close";
        String when = first.equals(last) ? "of " + last : "from " + first + " to " + last;
        if (record.isPresent() && !RecordHighs.isAllTime(records.historyStart(), inception(symbol).orElse(null),
                record.get().date())) {
            return unverifiable(draft, symbol + "'s stored history starts on " + records.historyStart()
                    + ", too late to call its " + what + " of " + record.get().date() + " a record");
        }
        if (since && record.isPresent() && draft.sign() > 0) { // the record before it was set in the window named
            Optional<Reports.RecordClose> before = records.records().stream().filter(r -> r.date().isBefore(last))
                    .reduce((a, b) -> b);
            boolean inWindow = before.isPresent() && !before.get().date().isBefore(period.sinceFirst())
                    && !before.get().date().isAfter(period.sinceLast());
            return claim(draft, null, inWindow ? Claim.VERIFIED : Claim.CONTRADICTED, symbol + "'s " + what + " of "
                    + level(record.get().close()) + " on " + last + " is a record; the one before " + before.map(r ->
                            "was on " + r.date() + " (" + level(r.close()) + ")").orElse(": none since the history "
                                    + "starts (" + records.historyStart() + ")") + "; the claim says since "
                    + period.sinceFirst() + (period.sinceFirst().equals(period.sinceLast()) ? "" : " to "
                            + period.sinceLast()));
        }
        boolean holds = draft.sign() < 0 ? record.isEmpty() : record.isPresent(); // -1: short of a record
        return claim(draft, null, holds ? Claim.VERIFIED : Claim.CONTRADICTED, record.map(r -> symbol + "'s "
                + what + " of " + level(r.close()) + " on " + r.date() + " is above every earlier " + what)
                .orElse("no " + what + " of " + symbol + " " + when + " is above every earlier one") + " (history from "
                + records.historyStart() + ")");
    }

    /** Refuses to verify against an aggregate of too few members (DESIGN: "Coverage"). */
    private static void requireCoverage(Reports.MemberAggregate aggregate, String index, String what) {
        if (aggregate.partial()) {
            throw new NoDataException("only " + aggregate.coverage() + " of " + index + " have " + what
                    + ": too few to speak for the index");
        }
    }

    private Claim zombieShare(Draft draft) {
        Reports.Zombies zombies = new BalanceSheetFacts(data).zombies(draft.subjects().get(0), asOf);
        requireCoverage(zombies, zombies.index(), "fundamentals");
        return judge(draft, zombies.sharePct(), zombies.zombies() + " of the " + zombies.withData() + " members of "
                + zombies.index() + " with fundamentals as of " + asOf + " cover less than their interest (EBIT / "
                + "interest expense below 1, latest fiscal year): " + Num.format(zombies.sharePct(), 1) + "%");
    }

    /** A figure of the universe screen against the stated benchmark on the date (an imported screen when held). */
    private Claim universeScreen(Draft draft) {
        String vs = draft.subjects().get(0);
        LocalDate date = draft.period() != null ? draft.period().end() : asOf;
        Reports.Screen screen = screens.computeIfAbsent(vs + " " + date, key -> engine.screen(null, vs, date));
        Reports.Summary summary = screen.summary();
        if (summary == null) {
            return unverifiable(draft, "the universe screen against " + vs + " on " + date + " has no row of " + vs);
        }
        String how = "the universe screen against " + vs + " on " + screen.asOf()
                + (screen.source() == null ? "" : " (imported from " + screen.source() + ")") + ": ";
        return switch (draft.kind()) {
            case SCREENED -> judge(draft, summary.screened(), how + summary.screened() + " symbols besides " + vs);
            case SCREEN_AHEAD_SHARE -> judge(draft, summary.aheadPct(), how + summary.ahead() + " of " + summary.withYtd()
                    + " ahead of " + vs + "'s " + Num.format(summary.benchmarkYtdPct(), 2) + "% this year: "
                    + Num.format(summary.aheadPct(), 1) + "%");
            default -> judge(draft, summary.breakouts(), how + summary.breakouts() + " with "
                    + FactKind.BREAKOUT_252.definition());
        };
    }

    /** A support or resistance level with two or more touches near the stated price, daily or intraday. */
    private Claim level(Draft draft, ClaimChecker.Context context) {
        double stated = draft.level();
        String symbol = draft.named() ? draft.subjects().get(0) : new LinkedHashSet<>(draft.subjects()).stream()
                .filter(Objects::nonNull).filter(s -> !index.isMacro(s)).filter(s -> near(s, stated)).findFirst()
                .orElse(null);
        if (symbol == null) {
            return unverifiable(draft, "no instrument named in the note trades within 25% of " + level(stated));
        }
        context.levelSymbol = symbol;
        context.level = stated;
        List<Reports.LevelRow> found = new ArrayList<>();
        for (boolean intraday : List.of(true, false)) {
            try {
                levels.levels(symbol, asOf, intraday, 25).levels().stream()
                        .filter(row -> Levels.isNear(row.price(), stated))
                        // "held as support": the price fell to it and turned, a cluster of swing lows
                        .filter(row -> draft.sign() == 0 || row.swings().equals(draft.sign() > 0 ? "highs" : "lows"))
                        .forEach(found::add);
            } catch (NoDataException e) {
                // no intraday bars: the daily levels decide
            }
        }
        List<Reports.BreakoutRow> breaks = breaksNear(symbol, stated);
        if (found.isEmpty() && breaks.isEmpty()) {
            return claim(draft, null, Claim.CONTRADICTED, symbol + " has no support or resistance level with two or "
                    + "more touches within " + TOLERANCE + " of " + level(stated) + " as of " + asOf);
        }
        if (!breaks.isEmpty()) {
            Reports.BreakoutRow row = breaks.get(0);
            return claim(draft, row.level(), Claim.VERIFIED, symbol + " had a " + (row.direction().equals("up")
                    ? "resistance" : "support") + " at " + level(row.level()) + " (" + row.touches() + " touches) until "
                    + "it broke at " + row.time() + " (" + FactKind.SUPPORT_RESISTANCE.definition() + ")");
        }
        Reports.LevelRow row = found.get(0);
        return claim(draft, row.price(), Claim.VERIFIED, symbol + " has a " + row.kind() + " at " + level(row.price())
                + " (swing " + row.swings() + ", " + row.touches() + " touches, " + row.firstTouch() + " to "
                + row.lastTouch() + ")");
    }

    private boolean near(String symbol, double stated) {
        return data.daily(symbol).optional().filter(series -> {
            int i = series.indexOnOrBefore(asOf);
            return i >= 0 && Math.abs(series.close(i) / stated - 1) <= 0.25;
        }).isPresent();
    }

    /** The breaks through a level near {@code stated} in the session window (intraday first), the nearest first. */
    private List<Reports.BreakoutRow> breaksNear(String symbol, double stated) {
        DailySeries series = data.daily(symbol).require();
        int last = series.indexOnOrBefore(asOf);
        LocalDate first = series.date(Math.max(0, last - sessionWindow + 1));
        for (boolean intraday : List.of(true, false)) {
            try {
                List<Reports.BreakoutRow> rows = levels.breakouts(symbol, first, series.date(last), intraday)
                        .breakouts().stream().filter(row -> Levels.isNear(row.level(), stated))
                        .sorted(Comparator.comparingDouble(row -> Math.abs(row.level() - stated))).toList();
                if (!rows.isEmpty()) {
                    return rows;
                }
            } catch (NoDataException e) {
                // no intraday bars: try the daily ones
            }
        }
        return List.of();
    }

    private Claim breakoutHeld(Draft draft) {
        String symbol = draft.named() || draft.subjects().size() == 1 ? draft.subjects().get(0)
                : draft.subjects().stream().filter(Objects::nonNull).filter(s -> near(s, draft.level())).findFirst()
                .orElseThrow(() -> new NoDataException("no instrument named in the note trades near "
                        + level(draft.level())));
        Optional<Reports.BreakoutRow> row = breaksNear(symbol, draft.level()).stream()
                .filter(r -> r.heldMinutes() != null).findFirst();
        if (row.isEmpty()) {
            return unverifiable(draft, symbol + " has no intraday break through " + level(draft.level())
                    + " in the last " + sessionWindow + " sessions up to " + asOf + " to time");
        }
        double minutes = row.get().heldMinutes();
        double computed = draft.unit().equals("hours") ? minutes / 60 : minutes;
        return judge(draft, computed, symbol + " broke the " + level(row.get().level()) + " level at "
                + row.get().time() + ", " + Num.format(minutes, 0) + " minutes after the session opened, on "
                + Num.format(row.get().volumeRatio(), 2) + " times the usual volume for that time of day ("
                + (row.get().confirmed() ? "volume-confirmed" : "not volume-confirmed") + ")");
    }

    private Claim tickForTick(Draft draft) {
        if (draft.subjects().size() < 2) {
            return unverifiable(draft, "a correlation needs two instruments the store knows");
        }
        String a = draft.subjects().get(0);
        String b = draft.subjects().get(1);
        DailySeries series = data.daily(b).require();
        int last = series.indexOnOrBefore(asOf);
        LocalDate first = series.date(Math.max(0, last - sessionWindow + 1));
        Reports.Correlation correlation = levels.intradayCorrelation(a, b, first, asOf);
        if (correlation.observations() < 2 || Double.isNaN(correlation.correlation())) {
            return unverifiable(draft, "no 1-minute bars of both " + a + " and " + b + " from " + first + " to " + asOf);
        }
        String how = "correlation of 1-minute returns of " + a + " and " + b + " from " + first + " to " + asOf + ": "
                + Num.format(correlation.correlation(), 3) + " over " + correlation.observations() + " returns";
        if (draft.hedge() != null) {
            return judge(draft, correlation.correlation(), how);
        }
        boolean holds = correlation.correlation() >= Definitions.TICK_FOR_TICK;
        return claim(draft, correlation.correlation(), holds ? Claim.VERIFIED : Claim.CONTRADICTED,
                "correlation of 1-minute returns of " + a + " and " + b + " from " + first + " to " + asOf + ": "
                        + Num.format(correlation.correlation(), 3) + " over " + correlation.observations()
                        + " returns; \"tick-for-tick\" needs at least " + Definitions.TICK_FOR_TICK);
    }

    private Claim volumeRatio(Draft draft) {
        String symbol = draft.named() || draft.subjects().size() == 1 ? draft.subjects().get(0)
                : draft.subjects().stream().filter(Objects::nonNull).filter(s -> near(s, draft.level())).findFirst()
                .orElseThrow(() -> new NoDataException("no instrument named in the note trades near "
                        + level(draft.level())));
        Reports.BreakoutRow row = breaksNear(symbol, draft.level()).stream().findFirst().orElseThrow(
                () -> new NoDataException(symbol + " has no break through " + level(draft.level())
                        + " in the last " + sessionWindow + " sessions up to " + asOf));
        return judge(draft, row.volumeRatio(), symbol + " broke " + level(row.level()) + " at " + row.time() + " on "
                + Num.format(row.volumeRatio(), 2) + " times the volume of the same minutes of the previous 20 "
                + "sessions (" + (row.confirmed() ? "volume-confirmed" : "not volume-confirmed") + " at " + Num.format(Definitions.VOLUME_MULTIPLE, 1) + ")");
    }

    private Claim sectorContribution(Draft draft) {
        String index = draft.subjects().get(0);
        Period period = rangeOrMonthToDate(draft.period());
        Reports.Sectors sectors = new IndexFacts(data).sectors(index, period.start(), period.end());
        requireCoverage(sectors, index, "levels on " + period.start()
                + " and " + period.end());
        Reports.SectorRow row = sectors.sectors().stream().filter(r -> r.sector().equalsIgnoreCase(draft.detail()))
                .findFirst().orElseThrow(() -> new NoDataException(index + " has no members in the "
                        + draft.detail() + " sector"));
        return judge(draft, row.contributionBp(), row.sector() + " (" + row.members() + " members, "
                + Num.format(row.weightPct(), 2) + "% of " + index + " at " + sectors.startDate() + ", "
                + signed(row.returnPct(), 2) + "%) contributed " + signed(row.contributionBp(), 0) + " bp of the index's "
                + signed(sectors.indexReturnPct(), 2) + "% from " + sectors.startDate() + " to " + sectors.endDate()
                + " (weight at the start x the sector's cap-weighted return)");
    }

    private Claim breadthShare(Draft draft) {
        String index = draft.subjects().get(0);
        LocalDate date = draft.period() != null ? draft.period().end() : asOf;
        Reports.Breadth breadth = new IndexFacts(data).breadth(index, date);
        requireCoverage(breadth, index, "a close on " + date);
        return judge(draft, breadth.above50dPct(), breadth.above50d() + " of the " + breadth.withData() + " members of "
                + index + " with " + Definitions.BREADTH_SMA_SESSIONS + " sessions of history closed above their "
                + Definitions.BREADTH_SMA_SESSIONS + "-session average on " + breadth.asOf()
                + ": " + Num.format(breadth.above50dPct(), 1) + "%");
    }

    private Claim topWeight(Draft draft) {
        String index = draft.subjects().get(0);
        Period period = rangeOrMonthToDate(draft.period());
        LocalDate date = "start".equals(draft.detail()) ? period.start() : period.end();
        int top = draft.level().intValue();
        Reports.Concentration concentration = new IndexFacts(data).concentration(index, date, top, null);
        requireCoverage(concentration, index,
                "a close on " + date);
        return judge(draft, concentration.topWeightPct(), "the top " + top + " members of " + index + " weighed "
                + Num.format(concentration.topWeightPct(), 2) + "% of it on " + concentration.asOf() + " ("
                + concentration.weighting() + ")");
    }

    private Period rangeOrMonthToDate(Period period) {
        return period != null && period.type() == Period.Type.RANGE ? period : Period.monthToDate(asOf);
    }

    private Claim statistic(Draft draft) {
        List<String> subjects = draft.subjects().stream().filter(Objects::nonNull).distinct().toList();
        boolean volatility = draft.kind() == FactKind.VOLATILITY;
        if (subjects.size() < (volatility ? 1 : 2)) {
            return unverifiable(draft, "a " + draft.kind().id() + " needs " + (volatility
                    ? "an instrument" : "two instruments") + " the store knows");
        }
        String a = subjects.get(0);
        String b = subjects.size() > 1 ? subjects.get(1) : a;
        LocalDate from;
        LocalDate to;
        if (draft.period() != null && draft.period().type() == Period.Type.RANGE) {
            from = draft.period().start();
            to = draft.period().end();
        } else {
            DailySeries series = data.daily(a).require();
            int last = series.indexOnOrBefore(asOf);
            from = series.date(Math.max(0, last - STATISTICS_SESSIONS));
            to = series.date(last);
        }
        Reports.Stats stats = engine.stats(a, b, from, to);
        double computed = switch (draft.kind()) {
            case CORRELATION -> stats.correlation();
            case BETA -> stats.beta();
            default -> stats.volatilityPct();
        };
        return judge(draft, computed, draft.kind().id() + " of " + a + (a.equals(b) ? "" : " against " + b) + " from "
                + from + " to " + to + " over " + stats.sessions() + " daily returns: " + Num.format(computed, 3)
                + (volatility ? "% annualised (sample, sqrt(" + Definitions.SESSIONS_PER_YEAR + "))" : ""));
    }

    private Claim macroChange(Draft draft) {
        String id = draft.subjects().get(0);
        MacroSeries series = data.macro().macroSeries(id).orElseThrow(() -> new NoDataException(
                "the store has no macro series " + id));
        int end;
        int start;
        String label;
        Period period = draft.period();
        if (period != null && period.type() == Period.Type.RANGE) {
            end = onOrBefore(series, period.end());
            start = onOrBefore(series, period.start());
            label = period.label();
        } else if (draft.hedge() == null && period == null) { // a direction only: "spreads are tightening", MTD
            Period mtd = Period.monthToDate(asOf);
            end = onOrBefore(series, mtd.end());
            start = onOrBefore(series, mtd.start());
            label = mtd.label();
        } else {
            end = onOrBefore(series, period != null ? period.end() : asOf); // "fell on Monday": that day's change
            start = end - 1;
            label = "the last observation against the one before";
        }
        if (start < 0 || end <= start) {
            throw new NoDataException(id + " has too few observations for " + label);
        }
        double bp = (series.values()[end] - series.values()[start]) * 100;
        String how = id + " " + Num.format(series.values()[start], 2) + "% on " + series.dates()[start] + " to "
                + Num.format(series.values()[end], 2) + "% on " + series.dates()[end] + ": " + signed(bp, 0) + " bp ("
                + label + ")";
        if (draft.hedge() == null) {
            boolean holds = Math.signum(bp) == draft.sign();
            return claim(draft, bp, holds ? Claim.VERIFIED : Claim.CONTRADICTED, how + (holds ? "" : ", not "
                    + (draft.sign() > 0 ? "rising" : "falling")));
        }
        return judge(draft, bp, how);
    }

    private Claim macroLevel(Draft draft) {
        String id = draft.subjects().get(0);
        MacroSeries series = data.macro().macroSeries(id).orElseThrow(() -> new NoDataException(
                "the store has no macro series " + id));
        LocalDate date = draft.period() != null ? draft.period().end() : asOf;
        int at = onOrBefore(series, date);
        if (at < 0) {
            throw new NoDataException(id + " has no observation on or before " + date);
        }
        boolean bp = "bp".equals(draft.unit()); // a spread in percent stated in basis points: 3.44% is 344 bp
        Period period = draft.period();
        if (period != null && period.type() == Period.Type.RANGE && !period.since()) { // "early last month at 4.01%"
            int first = onOrBefore(series, period.start()) + 1;
            for (int i = first; i <= at; i++) {
                double value = bp ? series.values()[i] * 100 : series.values()[i];
                if (draft.hedge().accepts(value)) {
                    return claim(draft, value, Claim.VERIFIED, id + " was " + Num.format(series.values()[i], 2) + "% on "
                            + series.dates()[i] + ", in " + period.label() + "; " + draft.hedge().describe("%"));
                }
            }
            if (first > at) {
                throw new NoDataException(id + " has no value in " + period.label());
            }
            double[] window = Arrays.copyOfRange(series.values(), first, at + 1);
            return claim(draft, null, Claim.CONTRADICTED, id + " ranged from " + Num.format(Arrays.stream(window).min()
                    .orElseThrow(), 2) + "% to " + Num.format(Arrays.stream(window).max().orElseThrow(), 2) + "% in "
                    + period.label() + "; " + draft.hedge().describe("%"));
        }
        double value = bp ? series.values()[at] * 100 : series.values()[at];
        return judge(draft, value, id + " was " + Num.format(series.values()[at], 2) + "%" + (bp ? " ("
                + Num.format(value, 0) + " bp)" : "") + " on " + series.dates()[at] + " (the last observation on or "
                + "before " + date + ")");
    }

    private static int onOrBefore(MacroSeries series, LocalDate date) {
        int found = -1;
        for (int i = 0; i < series.dates().length && !series.dates()[i].isAfter(date); i++) {
            found = i;
        }
        return found;
    }

    /** A scheduled release on the date, whose headline shares a word with the sentence ("GDP"). */
    private Claim scheduledRelease(Draft draft) {
        LocalDate date = draft.period().end();
        List<Event> releases = data.macro().events(date.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC),
                date.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .filter(e -> e.expectedDate() != null).toList();
        String sentence = draft.text().toLowerCase(Locale.ROOT);
        Optional<Event> named = releases.stream()
                .filter(e -> sharesKeyword(e.headline() + " " + String.join(" ", e.tags()), sentence))
                .findFirst();
        if (named.isEmpty()) {
            return unverifiable(draft, "the store has no scheduled release around " + date + " that the sentence names");
        }
        boolean onDate = named.get().expectedDate().equals(date);
        return claim(draft, null, onDate ? Claim.VERIFIED : Claim.CONTRADICTED, "\"" + named.get().headline()
                + "\" is scheduled for " + named.get().expectedDate() + (onDate ? "" : ", not " + date));
    }

    private static boolean sharesKeyword(String headline, String sentence) {
        for (String word : headline.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() >= 3 && !word.matches("the|and|for|quarter|first|second|third|fourth|advance|estimate"
                    + "|\\d+") && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** Checks each row of a table of levels and changes against the data and against itself. */
    List<Claim> table(NoteDocument.Table table, ClaimChecker.Context context) {
        List<Claim> claims = new ArrayList<>();
        String header = String.join(" ", table.header());
        List<LocalDate> dates = new ArrayList<>();
        PeriodReader reader = new PeriodReader(asOf, sessionWindow);
        Matcher date = TABLE_DATE.matcher(header);
        while (date.find()) {
            String text = date.group();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.add(LocalDate.parse(text));
                continue;
            }
            List<PeriodReader.Found> read = reader.find(text);
            if (read.isEmpty() || read.get(0).period() == null) {
                return claims; // a header date that names no day (Feb. 30): the columns cannot be dated, nor checked
            }
            dates.add(read.get(0).period().end());
        }
        for (List<String> row : table.rows()) {
            if (row.isEmpty()) {
                continue; // a row of no cells (found by fuzzing: <tr></tr>) states nothing
            }
            String joined = String.join(" ", row).strip();
            Optional<InstrumentIndex.Mention> name = index.atStart(row.get(0).strip());
            if (name.isEmpty() || name.get().symbol() == null) {
                claims.add(new Claim(joined, "table_row", null, null, null, Claim.UNVERIFIABLE,
                        "the row names no instrument the store knows"));
                continue;
            }
            String symbol = name.get().symbol();
            List<Num> numbers = tableNumbers(row, name.get().end());
            if (dates.size() < 2 || numbers.size() < 3) {
                claims.add(new Claim(joined, "table_row", null, null, null, Claim.UNVERIFIABLE, "the table needs "
                        + "two dated level columns and a change column (found " + dates.size() + " dates and "
                        + numbers.size() + " numbers)"));
                continue;
            }
            Period period = Period.range(dates.get(0), dates.get(1), "the table's " + dates.get(0) + " to "
                    + dates.get(1));
            context.tablePeriod = period;
            context.tableRows.put(symbol, new double[] {numbers.get(0).value(), numbers.get(1).value(),
                numbers.get(2).value()});
            claims.addAll(tableRow(joined, symbol, period, numbers));
        }
        return claims;
    }

    private List<Claim> tableRow(String text, String symbol, Period period, List<Num> numbers) {
        List<Claim> claims = new ArrayList<>();
        Reports.PerfRow row;
        try {
            row = engine.perf(List.of(symbol), period.start(), period.end()).rows().get(0);
        } catch (NoDataException e) {
            return List.of(new Claim(text, "table_row", null, null, null, Claim.UNVERIFIABLE, e.getMessage()));
        }
        Num start = numbers.get(0);
        Num end = numbers.get(1);
        Num change = numbers.get(2);
        claims.add(tableClaim(text, "table_level", start, row.startLevel(), "level", symbol + " closed at "
                + level(row.startLevel()) + " on " + row.startDate() + " (the last session on or before "
                + period.start() + ")"));
        claims.add(tableClaim(text, "table_level", end, row.endLevel(), "level", symbol + " closed at "
                + level(row.endLevel()) + " on " + row.endDate() + " (the last session on or before " + period.end()
                + ")"));
        claims.add(tableClaim(text, "table_change", change, row.returnPct(), "percent", symbol + " "
                + signed(row.returnPct(), 2) + "% from " + row.startDate() + " to " + row.endDate()
                + " (simple return of closes)"));
        // the levels are printed rounded: the change they imply lies in a band, and the row holds when any of it does
        double implied = (end.value() / start.value() - 1) * 100;
        double lowest = ((end.value() - half(end)) / (start.value() + half(start)) - 1) * 100;
        double highest = ((end.value() + half(end)) / (start.value() - half(start)) - 1) * 100;
        double nearest = Math.clamp(change.value(), lowest, highest);
        claims.add(tableClaim(text, "table_consistency", change, nearest, "percent", "the row's own levels "
                + level(start.value()) + " and " + level(end.value()) + " imply " + signed(implied, 2) + "% ("
                + signed(lowest, 3) + " to " + signed(highest, 3) + "% within their rounding)"));
        return claims;
    }

    /** Half the last printed digit of {@code number}: how far its value may lie from the figure printed. */
    private static double half(Num number) {
        return 0.5 * Math.pow(10, -number.decimals());
    }

    private Claim tableClaim(String text, String kind, Num stated, double computed, String unit, String how) {
        Hedge hedge = Hedge.exact(stated.value(), stated.decimals());
        boolean holds = hedge.accepts(computed) && (stated.value() == 0 || Math.signum(stated.value())
                == Math.signum(computed) || Math.abs(computed) < 0.5 * Math.pow(10, -stated.decimals()));
        return new Claim(text, kind, stated.value(), computed, unit, holds ? Claim.VERIFIED : Claim.CONTRADICTED,
                how + "; " + hedge.describe(unit.equals("percent") ? "%" : "") + "." + source);
    }

    /** The numbers of a row after its name; cells run together are split at two decimals ("2,310.452,512.18"). */
    private static List<Num> tableNumbers(List<String> row, int nameEnd) {
        List<String> cells = new ArrayList<>();
        cells.add(row.get(0).strip().substring(nameEnd));
        cells.addAll(row.subList(1, row.size()));
        List<Num> numbers = new ArrayList<>();
        for (String cell : cells) {
            String compact = cell.strip().replace("−", "-");
            Pattern pattern = compact.matches(".*\\d\\.\\d{2}\\d.*") || !compact.contains(" ") && compact.matches(
                    ".*\\.\\d{2}[+\\-\\d].*") ? TABLE_NUMBER_2DP : TABLE_NUMBER;
            Matcher m = pattern.matcher(compact);
            while (m.find()) {
                String text = m.group().replace("%", "");
                int dot = text.indexOf('.');
                numbers.add(new Num(Double.parseDouble(text.replace(",", "")), dot < 0 ? 0 : text.length() - dot - 1,
                        false, false, m.group()));
            }
        }
        return numbers;
    }

    /** Verified when the direction and the hedged magnitude match {@code computed}. */
    private Claim judge(Draft draft, double computed, String how) {
        if (Double.isNaN(computed)) {
            return unverifiable(draft, "the value is not defined: " + how);
        }
        boolean direction = draft.sign() == 0 || computed == 0 || Math.signum(computed) == draft.sign();
        boolean size = draft.hedge().accepts(computed);
        String unit = switch (draft.unit()) {
            case "percent" -> "%";
            case "count", "ratio" -> "";
            default -> " " + draft.unit();
        };
        String verdict = direction && size ? Claim.VERIFIED : Claim.CONTRADICTED;
        String why = !direction ? "; the direction is the opposite of the claim's" : "";
        return claim(draft, computed, verdict, how + "; " + draft.hedge().describe(unit) + why);
    }

    private static Claim claim(Draft draft, Double computed, String verdict, String explanation) {
        return new Claim(draft.text(), draft.claimKind(), draft.stated(), computed, draft.unit(), verdict, explanation);
    }

    private static Claim unverifiable(Draft draft, String why) {
        return new Claim(draft.text(), draft.claimKind(), draft.stated(), null, draft.unit(), Claim.UNVERIFIABLE, why);
    }

    private static String level(double value) {
        return Num.format(value, 2);
    }

    private static String signed(double value, int decimals) {
        return (value >= 0 ? "+" : "-") + Num.format(Math.abs(value), decimals);
    }
}
