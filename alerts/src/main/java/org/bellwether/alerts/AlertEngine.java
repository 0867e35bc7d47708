package org.bellwether.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.MacroPoint;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.News;
import org.bellwether.alerts.rules.Condition;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.model.Member;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.returns.Relative;
import org.bellwether.core.window.RollingBeta;
import org.bellwether.facts.MarketData;

/**
 * Evaluates rules on each event, in the order events become known. Each instrument's trackers run once per bar
 * ({@link SymbolState}); each rule then reads their results. Events before {@link #liveFrom} only build state
 * (warm-up), so a replay from a date knows the history before it, as the batch engine does. A rule that fired for a
 * subject stays quiet for its cooldown; conditions on a value (relative performance, correlation, volume, macro
 * changes) fire when the value crosses into the condition, not on every bar it stays there.
 */
public final class AlertEngine {

    private final Map<String, Instrument> instruments = new LinkedHashMap<>(); // every watched symbol: one lookup a bar
    private final Map<String, List<Watch>> bySeries = new HashMap<>();
    private final List<Watch> newsWatches = new ArrayList<>();
    private final Map<String, Watch> byKey = new HashMap<>(); // rule|subject
    private final Map<String, MacroHistory> macro = new HashMap<>();
    private final Function<String, Optional<LocalDate>> inceptions;
    private final List<Alert> firing = new ArrayList<>(); // the alerts of the event in hand
    private long liveFrom = Long.MIN_VALUE;
    private long outOfOrder;

    /**
     * One rule on one subject (a symbol, a series, or none for news) with its own state: whether its condition held
     * at the last evaluation, when it last fired, and a correlation rule's window.
     */
    private static final class Watch {
        final Rule rule;
        final String subject;
        boolean inCondition;
        Instant lastFired;
        LocalDate session; // a volume surge's session: its condition starts over each session
        RollingBeta.Window window;
        double previousA = Double.NaN;
        double previousB = Double.NaN;

        final Condition.Breakout breakout; // the rule's condition when it is a breakout (most rules), else null
        final double levelThreshold; // a given-level breakout's: the close beyond the level by the tolerance

        Watch(Rule rule, String subject) {
            this.rule = rule;
            this.subject = subject;
            this.breakout = rule.condition() instanceof Condition.Breakout condition ? condition : null;
            this.levelThreshold = breakout == null || breakout.level() == null ? Double.NaN : breakout.level()
                    * (breakout.up() ? 1 + Definitions.LEVEL_TOLERANCE : 1 - Definitions.LEVEL_TOLERANCE);
        }

        /** Whether the rule reads daily bars (else 1-minute bars; macro and news rules read neither). */
        boolean daily() {
            return switch (rule.condition()) {
                case Condition.Breakout breakout -> !breakout.intraday();
                case Condition.VolumeSurge surge -> false;
                default -> true;
            };
        }
    }

    /** A watched symbol: the rules on it, the rules that compare with it, and its state once a bar arrives. */
    private static final class Instrument {
        final List<Watch> daily = new ArrayList<>(); // the rules on its daily bars, in rule order
        final List<Watch> minute = new ArrayList<>(); // on its 1-minute bars
        final List<Watch> asBenchmark = new ArrayList<>(); // relative and correlation rules with it as their vs
        SymbolState state;
    }

    /**
     * An engine for {@code rules}; {@code membersOf} gives the symbols of an index for rules scoped with
     * {@code members_of}. No inception dates are known: a close is a record after ten years of history.
     */
    public AlertEngine(List<Rule> rules, Function<String, List<String>> membersOf) {
        this(rules, membersOf, symbol -> Optional.empty());
    }

    /**
     * An engine for {@code rules}; {@code inceptions} gives an instrument's inception date when known, from which its
     * history is long enough to call a close a record (DESIGN: "Record high").
     */
    public AlertEngine(List<Rule> rules, Function<String, List<String>> membersOf,
            Function<String, Optional<LocalDate>> inceptions) {
        this.inceptions = inceptions;
        for (Rule rule : rules) {
            Set<String> scope = new LinkedHashSet<>(rule.symbols());
            if (rule.membersOf() != null) {
                scope.addAll(membersOf.apply(rule.membersOf()));
            }
            switch (rule.condition()) {
                case Condition.MacroChange change -> bySeries.computeIfAbsent(change.series(), series -> new ArrayList<>())
                        .add(watch(rule, change.series()));
                case Condition.EventTag tags -> newsWatches.add(watch(rule, null));
                default -> {
                    String vs = vs(rule.condition());
                    for (String symbol : scope) {
                        Watch watch = watch(rule, symbol);
                        Instrument instrument = instrument(symbol);
                        (watch.daily() ? instrument.daily : instrument.minute).add(watch);
                        if (vs != null) {
                            instrument(vs).asBenchmark.add(watch);
                        }
                    }
                }
            }
        }
    }

    /** An engine for {@code rules} whose {@code members_of} scopes are the index members of {@code membersOn}. */
    public static AlertEngine forStore(List<Rule> rules, MarketData data, LocalDate membersOn) {
        return new AlertEngine(rules, index -> data.reference().members(index, membersOn).require().stream()
                .map(Member::symbol)
                .toList(), data.reference()::inception);
    }

    private Watch watch(Rule rule, String subject) {
        Watch watch = new Watch(rule, subject);
        byKey.put(rule.id() + "|" + subject, watch);
        return watch;
    }

    private Instrument instrument(String symbol) {
        return instruments.computeIfAbsent(symbol, key -> new Instrument());
    }

    /** Events known before {@code epochMillis} build state only; alerts fire from then on. */
    public void liveFrom(long epochMillis) {
        liveFrom = epochMillis;
    }

    /** Restores when a rule last fired for a subject (from the alert history), so its cooldown holds after a restart. */
    public void firedBefore(String rule, String subject, Instant at) {
        Watch watch = byKey.get(rule + "|" + subject);
        if (watch == null && subject != null) {
            watch = byKey.get(rule + "|null"); // news rules keep one cooldown whatever the headline's symbol
        }
        if (watch != null && (watch.lastFired == null || at.isAfter(watch.lastFired))) {
            watch.lastFired = at;
        }
    }

    /** Bars ignored because they were not newer than the symbol's last bar of their interval (repeats, late bars). */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** The symbols the rules watch, including the benchmarks of relative and correlation rules. */
    public Set<String> symbols() {
        return Collections.unmodifiableSet(instruments.keySet());
    }

    /** The macro series the rules watch. */
    public Set<String> series() {
        return bySeries.keySet();
    }

    /** Takes the next event; the alerts it fires, in rule order. */
    public List<Alert> on(MarketEvent event) {
        boolean live = event.knownAt() >= liveFrom;
        if (event instanceof Bar bar) { // nearly every event
            onBar(bar, live, firing);
        } else if (event instanceof MacroPoint point) {
            onMacro(point, live, firing);
        } else if (event instanceof News news) {
            onNews(news, live, firing);
        }
        if (firing.isEmpty()) {
            return List.of(); // most events fire nothing: no list per event
        }
        List<Alert> fired = List.copyOf(firing);
        firing.clear();
        return fired;
    }

    private void onBar(Bar bar, boolean live, List<Alert> fired) {
        Instrument instrument = instruments.get(bar.symbol());
        if (instrument == null) {
            return;
        }
        if (instrument.state == null) {
            instrument.state = new SymbolState(bar.symbol(), inceptions.apply(bar.symbol()).orElse(null));
        }
        SymbolState state = instrument.state;
        if (!state.isNew(bar)) {
            outOfOrder++;
            return;
        }
        if (bar.daily()) {
            state.onDaily(bar);
        } else {
            state.onMinute(bar);
        }
        List<Watch> watches = bar.daily() ? instrument.daily : instrument.minute; // sorted once: no test per bar
        for (int i = 0; i < watches.size(); i++) {
            evaluate(watches.get(i), state, bar, live, fired);
        }
        if (bar.daily()) { // the benchmark's bar may complete a pair
            for (Watch watch : instrument.asBenchmark) {
                SymbolState subject = instruments.get(watch.subject).state;
                if (subject != null && subject.lastDaily != null && subject.lastDaily.session().equals(bar.session())) {
                    evaluatePair(watch, subject, state, live, fired);
                }
            }
        }
    }

    /** Evaluates a watch on a bar of the interval it reads. */
    private void evaluate(Watch watch, SymbolState state, Bar bar, boolean live, List<Alert> fired) {
        if (watch.breakout != null) { // the common case first, without the type switch
            breaks(watch, watch.breakout, state, bar, live, fired);
            return;
        }
        switch (watch.rule.condition()) {
            case Condition.NewHigh high -> {
                if (high.weeks52() ? state.is52WeekHigh : state.isRecord) {
                    fire(watch, closeOf(bar), bar.session(), AlertFacts.newHigh(state, bar, high.weeks52()), live,
                            fired);
                }
            }
            case Condition.Move move -> {
                if (state.hasReturn && LargeMoves.isLarge(state.lastReturn(), state.lastSigma(), move.k())) {
                    fire(watch, closeOf(bar), bar.session(), AlertFacts.move(state, bar, move.k()), live, fired);
                }
            }
            case Condition.Relative relative -> pairIfBothClosed(watch, state, relative.vs(), live, fired);
            case Condition.CorrelationBelow correlation -> pairIfBothClosed(watch, state, correlation.vs(), live,
                    fired);
            case Condition.VolumeSurge surge -> {
                if (!bar.session().equals(watch.session)) {
                    watch.session = bar.session();
                    watch.inCondition = false;
                }
                if (crossed(watch, state.minuteVolumeRatio >= surge.ratio())) {
                    fire(watch, bar.startInstant(), bar.session(), AlertFacts.volumeSurge(state, bar), live, fired);
                }
            }
            default -> {
            }
        }
    }

    private void pairIfBothClosed(Watch watch, SymbolState state, String vs, boolean live, List<Alert> fired) {
        SymbolState benchmark = instruments.get(vs).state;
        if (benchmark != null && benchmark.lastDaily != null
                && benchmark.lastDaily.session().equals(state.lastDaily.session())) {
            evaluatePair(watch, state, benchmark, live, fired);
        }
    }

    private void breaks(Watch watch, Condition.Breakout condition, SymbolState state, Bar bar, boolean live,
            List<Alert> fired) {
        boolean beyond;
        if (condition.level() != null) {
            beyond = condition.up() ? bar.close() > watch.levelThreshold : bar.close() < watch.levelThreshold;
            if (!crossed(watch, beyond)) {
                return;
            }
        } else if ((bar.daily() ? state.dailyBreakouts : state.minuteBreakouts).isEmpty()) {
            return; // nearly every bar: nothing broke
        }
        double ratio = bar.daily() ? state.dailyVolumeRatio : state.minuteVolumeRatio;
        double heldMinutes = bar.daily() ? Double.NaN : (bar.start() - bar.sessionOpen()) / 60.0;
        if (!confirmed(condition, bar, ratio, heldMinutes)) {
            return;
        }
        if (condition.level() != null) {
            fire(watch, at(bar), bar.session(), AlertFacts.breakout(bar, condition.level(), 0, condition.up(),
                    heldMinutes, ratio), live, fired);
            return;
        }
        for (Breakout breakout : bar.daily() ? state.dailyBreakouts : state.minuteBreakouts) {
            if (breakout.up() == condition.up()) {
                fire(watch, at(bar), bar.session(), AlertFacts.breakout(bar, breakout.level().price(),
                        breakout.level().touches(), breakout.up(), heldMinutes, ratio), live, fired);
            }
        }
    }

    /** Whether a break passes the rule's held-for time and volume confirmation. */
    private static boolean confirmed(Condition.Breakout condition, Bar bar, double ratio, double heldMinutes) {
        return (bar.daily() || heldMinutes >= condition.minHeldMinutes())
                && (!condition.volumeConfirmed() || ratio >= Definitions.VOLUME_MULTIPLE);
    }

    private static Instant at(Bar bar) {
        return bar.daily() ? closeOf(bar) : bar.startInstant();
    }

    /** A relative or correlation rule on a session both {@code a} and {@code b} have closed. */
    private void evaluatePair(Watch watch, SymbolState a, SymbolState b, boolean live, List<Alert> fired) {
        Bar bar = a.lastDaily;
        switch (watch.rule.condition()) {
            case Condition.Relative relative -> {
                int startA = periodStart(a, relative.period());
                int startB = periodStart(b, relative.period());
                if (startA < 0 || startB < 0) {
                    return;
                }
                double ra = a.close(a.dailySize() - 1) / a.close(startA) - 1;
                double rb = b.close(b.dailySize() - 1) / b.close(startB) - 1;
                double bp = Relative.basisPoints(ra, rb);
                boolean beyond = relative.aboveBp() != null ? bp > relative.aboveBp() : bp < relative.belowBp();
                if (crossed(watch, beyond)) {
                    fire(watch, closeOf(bar), bar.session(), AlertFacts.relative(a, b, relative, startA, startB, ra,
                            rb, bp), live, fired);
                }
            }
            case Condition.CorrelationBelow below -> {
                double closeA = a.lastDaily.close();
                double closeB = b.lastDaily.close();
                boolean first = Double.isNaN(watch.previousA);
                double returnA = closeA / watch.previousA - 1;
                double returnB = closeB / watch.previousB - 1;
                watch.previousA = closeA;
                watch.previousB = closeB;
                if (first) {
                    return;
                }
                if (watch.window == null) {
                    watch.window = new RollingBeta.Window(below.window());
                }
                watch.window.next(returnA, returnB);
                double correlation = watch.window.correlation();
                if (crossed(watch, correlation < below.below())) {
                    fire(watch, closeOf(bar), bar.session(), AlertFacts.correlation(a, b, below, correlation), live,
                            fired);
                }
            }
            default -> {
            }
        }
    }

    /** The daily bar whose close starts the period ending at the last bar (DESIGN "level on a date"), or −1. */
    private static int periodStart(SymbolState state, String period) {
        int last = state.dailySize() - 1;
        LocalDate session = state.date(last);
        return switch (period) {
            case "mtd" -> state.indexOnOrBefore(ToDate.MONTH.base(session));
            case "ytd" -> state.indexOnOrBefore(ToDate.YEAR.base(session));
            default -> last - Integer.parseInt(period);
        };
    }

    private void onMacro(MacroPoint point, boolean live, List<Alert> fired) {
        List<Watch> watches = bySeries.get(point.series());
        if (watches == null) {
            return;
        }
        MacroHistory history = macro.computeIfAbsent(point.series(), s -> new MacroHistory());
        history.add(point.value());
        for (Watch watch : watches) {
            Condition.MacroChange change = (Condition.MacroChange) watch.rule.condition();
            double changeBp = history.changeBp(change.observations());
            boolean beyond = change.changeBp() > 0 ? changeBp >= change.changeBp() : changeBp <= change.changeBp();
            if (crossed(watch, beyond)) {
                fire(watch, Instant.ofEpochMilli(point.knownAt()), point.date(), AlertFacts.macro(point, change,
                        changeBp, history.valueBefore(change.observations())), live, fired);
            }
        }
    }

    private void onNews(News news, boolean live, List<Alert> fired) {
        for (Watch watch : newsWatches) {
            Rule rule = watch.rule;
            Condition.EventTag tags = (Condition.EventTag) rule.condition();
            boolean tagged = news.tags().stream().anyMatch(tag -> tags.tags().stream().anyMatch(tag::equalsIgnoreCase));
            boolean about = rule.symbols().isEmpty() || news.symbols().stream().anyMatch(rule.symbols()::contains);
            if (tagged && about) {
                fire(watch, news.time(), news.time().atZone(AlertFacts.NEW_YORK).toLocalDate(), AlertFacts.news(news),
                        live, fired, news.symbols().isEmpty() ? null : news.symbols().getFirst());
            }
        }
    }

    /** Whether the condition just became true for the watch (it was false before). */
    private static boolean crossed(Watch watch, boolean now) {
        boolean before = watch.inCondition;
        watch.inCondition = now;
        return now && !before;
    }

    private void fire(Watch watch, Instant at, LocalDate session, AlertFacts.Found found, boolean live,
            List<Alert> fired) {
        fire(watch, at, session, found, live, fired, watch.subject);
    }

    private void fire(Watch watch, Instant at, LocalDate session, AlertFacts.Found found, boolean live,
            List<Alert> fired, String subject) {
        if (!live) {
            return;
        }
        Rule rule = watch.rule;
        Instant last = watch.lastFired;
        // quiet within the cooldown after the last firing; a replay of earlier times is not held back by a later one
        if (last != null && !rule.cooldown().isZero() && !at.isBefore(last) && at.isBefore(last.plus(rule.cooldown()))) {
            return;
        }
        watch.lastFired = at;
        String key = rule.id() + "|" + (subject == null ? "-" : subject) + "|" + at + found.keySuffix();
        fired.add(new Alert(key, rule.id(), rule.condition().type(), rule.severity().name().toLowerCase(Locale.ROOT),
                subject, at, session, found.facts(), found.note()));
    }

    private static Instant closeOf(Bar bar) {
        return Instant.ofEpochSecond(bar.end());
    }

    private static String vs(Condition condition) {
        return switch (condition) {
            case Condition.Relative relative -> relative.vs();
            case Condition.CorrelationBelow correlation -> correlation.vs();
            default -> null;
        };
    }

    /** The recent observations of a macro series, enough for any rule's look-back. */
    private static final class MacroHistory {
        private final List<Double> values = new ArrayList<>();

        void add(double value) {
            values.add(value);
            if (values.size() > 2600) {
                values.subList(0, values.size() - 2600).clear();
            }
        }

        /** The value {@code observations} before the last, or NaN. */
        double valueBefore(int observations) {
            int at = values.size() - 1 - observations;
            return at < 0 ? Double.NaN : values.get(at);
        }

        /** The change over {@code observations} observations in basis points (values are in percent). */
        double changeBp(int observations) {
            return (values.getLast() - valueBefore(observations)) * 100;
        }
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
