package org.bellwether.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.MacroPoint;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.News;
import org.bellwether.alerts.rules.Condition;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.levels.IntradayBreakouts;
import org.bellwether.core.levels.Levels;
import org.bellwether.core.returns.Relative;
import org.bellwether.core.window.RollingBeta;

/**
 * Evaluates rules on each event, in the order events become known. Each instrument's trackers run once per bar
 * ({@link SymbolState}); each rule then reads their results. Events before {@link #liveFrom} only build state
 * (warm-up), so a replay from a date knows the history before it, as the batch engine does. A rule that fired for a
 * subject stays quiet for its cooldown; conditions on a value (relative performance, correlation, volume, macro
 * changes) fire when the value crosses into the condition, not on every bar it stays there.
 */
public final class AlertEngine {

    private final Map<String, List<Rule>> rulesBySymbol = new HashMap<>();
    private final Map<String, List<Rule>> rulesBySeries = new HashMap<>();
    private final List<Rule> newsRules = new ArrayList<>();
    private final Map<Rule, Set<String>> subjects = new HashMap<>();
    private final Map<String, SymbolState> states = new HashMap<>();
    private final Map<String, Instant> lastFired = new HashMap<>(); // rule|subject -> when
    private final Map<String, Boolean> inCondition = new HashMap<>(); // rule|subject -> was the condition true
    private final Map<String, RollingBeta.Window> correlations = new HashMap<>();
    private final Map<String, double[]> alignedCloses = new HashMap<>(); // rule|subject -> {date, close a, close b}
    private final Map<String, MacroHistory> macro = new HashMap<>();
    private long liveFrom = Long.MIN_VALUE;
    private long outOfOrder;

    /**
     * An engine for {@code rules}; {@code membersOf} gives the symbols of an index for rules scoped with
     * {@code members_of}.
     */
    public AlertEngine(List<Rule> rules, Function<String, List<String>> membersOf) {
        for (Rule rule : rules) {
            Set<String> scope = new LinkedHashSet<>(rule.symbols());
            if (rule.membersOf() != null) {
                scope.addAll(membersOf.apply(rule.membersOf()));
            }
            subjects.put(rule, scope);
            switch (rule.condition()) {
                case Condition.MacroChange change -> rulesBySeries.computeIfAbsent(change.series(),
                        s -> new ArrayList<>()).add(rule);
                case Condition.EventTag tags -> newsRules.add(rule);
                default -> {
                    for (String symbol : scope) {
                        rulesBySymbol.computeIfAbsent(symbol, s -> new ArrayList<>()).add(rule);
                    }
                    String vs = vs(rule.condition());
                    if (vs != null) {
                        rulesBySymbol.computeIfAbsent(vs, s -> new ArrayList<>()).add(rule);
                    }
                }
            }
        }
    }

    /** Events known before {@code epochMillis} build state only; alerts fire from then on. */
    public void liveFrom(long epochMillis) {
        liveFrom = epochMillis;
    }

    /** Restores when a rule last fired for a subject (from the alert history), so its cooldown holds after a restart. */
    public void firedBefore(String rule, String subject, Instant at) {
        lastFired.merge(rule + "|" + subject, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Bars ignored because they were not newer than the symbol's last bar of their interval (repeats, late bars). */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** The symbols the rules watch, including the benchmarks of relative and correlation rules. */
    public Set<String> symbols() {
        return rulesBySymbol.keySet();
    }

    /** The macro series the rules watch. */
    public Set<String> series() {
        return rulesBySeries.keySet();
    }

    /** Takes the next event; the alerts it fires, in rule order. */
    public List<Alert> on(MarketEvent event) {
        List<Alert> fired = new ArrayList<>(0);
        boolean live = event.knownAt() >= liveFrom;
        switch (event) {
            case Bar bar -> onBar(bar, live, fired);
            case MacroPoint point -> onMacro(point, live, fired);
            case News news -> onNews(news, live, fired);
        }
        return fired;
    }

    private void onBar(Bar bar, boolean live, List<Alert> fired) {
        List<Rule> rules = rulesBySymbol.get(bar.symbol());
        if (rules == null) {
            return;
        }
        SymbolState state = states.computeIfAbsent(bar.symbol(), SymbolState::new);
        if (!state.isNew(bar)) {
            outOfOrder++;
            return;
        }
        if (bar.daily()) {
            state.onDaily(bar);
        } else {
            state.onMinute(bar);
        }
        for (Rule rule : rules) {
            if (subjects.get(rule).contains(bar.symbol())) {
                evaluate(rule, state, bar, live, fired);
            }
            String vs = vs(rule.condition());
            if (bar.symbol().equals(vs) && bar.daily()) { // the benchmark's bar may complete a pair
                for (String subject : subjects.get(rule)) {
                    SymbolState other = states.get(subject);
                    if (other != null && other.lastDaily != null && other.lastDaily.session().equals(bar.session())) {
                        evaluatePair(rule, other, state, live, fired);
                    }
                }
            }
        }
    }

    private void evaluate(Rule rule, SymbolState state, Bar bar, boolean live, List<Alert> fired) {
        switch (rule.condition()) {
            case Condition.Breakout breakout when breakout.intraday() != bar.daily() ->
                    breaks(rule, breakout, state, bar, live, fired);
            case Condition.NewHigh high when bar.daily() -> {
                if (high.weeks52() ? state.is52WeekHigh : state.isRecord) {
                    fire(rule, bar.symbol(), closeOf(bar), bar.session(), AlertFacts.newHigh(state, bar, high.weeks52()),
                            live, fired);
                }
            }
            case Condition.Move move when bar.daily() -> {
                if (state.hasReturn && Math.abs(state.lastReturn()) >= move.k() * state.lastSigma()) {
                    fire(rule, bar.symbol(), closeOf(bar), bar.session(), AlertFacts.move(state, bar, move.k()), live,
                            fired);
                }
            }
            case Condition.Relative relative when bar.daily() -> {
                SymbolState vs = states.get(relative.vs());
                if (vs != null && vs.lastDaily != null && vs.lastDaily.session().equals(bar.session())) {
                    evaluatePair(rule, state, vs, live, fired);
                }
            }
            case Condition.CorrelationBelow correlation when bar.daily() -> {
                SymbolState vs = states.get(correlation.vs());
                if (vs != null && vs.lastDaily != null && vs.lastDaily.session().equals(bar.session())) {
                    evaluatePair(rule, state, vs, live, fired);
                }
            }
            case Condition.VolumeSurge surge when !bar.daily() -> {
                String subject = bar.symbol() + "|" + bar.session();
                if (crossed(rule, subject, state.minuteVolumeRatio >= surge.ratio())) {
                    fire(rule, bar.symbol(), bar.startInstant(), bar.session(), AlertFacts.volumeSurge(state, bar), live,
                            fired);
                }
            }
            default -> {
            }
        }
    }

    private void breaks(Rule rule, Condition.Breakout condition, SymbolState state, Bar bar, boolean live,
            List<Alert> fired) {
        double ratio = bar.daily() ? state.dailyVolumeRatio : state.minuteVolumeRatio;
        double heldMinutes = bar.daily() ? Double.NaN : (bar.start() - bar.sessionOpen()) / 60.0;
        if (!bar.daily() && heldMinutes < condition.minHeldMinutes()
                || condition.volumeConfirmed() && !(ratio >= IntradayBreakouts.VOLUME_MULTIPLE)) {
            return;
        }
        Instant at = bar.daily() ? closeOf(bar) : bar.startInstant();
        if (condition.level() != null) {
            double level = condition.level();
            double threshold = level * (condition.up() ? 1 + Levels.DEFAULT_TOLERANCE : 1 - Levels.DEFAULT_TOLERANCE);
            boolean beyond = condition.up() ? bar.close() > threshold : bar.close() < threshold;
            if (crossed(rule, bar.symbol(), beyond)) {
                fire(rule, bar.symbol(), at, bar.session(), AlertFacts.breakout(bar, level, 0, condition.up(),
                        heldMinutes, ratio), live, fired);
            }
            return;
        }
        for (Breakout breakout : bar.daily() ? state.dailyBreakouts : state.minuteBreakouts) {
            if (breakout.up() == condition.up()) {
                fire(rule, bar.symbol(), at, bar.session(), AlertFacts.breakout(bar, breakout.level().price(),
                        breakout.level().touches(), breakout.up(), heldMinutes, ratio), live, fired);
            }
        }
    }

    /** A relative or correlation rule on a session both {@code a} and {@code b} have closed. */
    private void evaluatePair(Rule rule, SymbolState a, SymbolState b, boolean live, List<Alert> fired) {
        Bar bar = a.lastDaily;
        String subject = a.symbol;
        switch (rule.condition()) {
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
                if (crossed(rule, subject, beyond)) {
                    fire(rule, subject, closeOf(bar), bar.session(), AlertFacts.relative(a, b, relative, startA, startB, ra,
                            rb, bp), live, fired);
                }
            }
            case Condition.CorrelationBelow below -> {
                String key = rule.id() + "|" + subject;
                double[] previous = alignedCloses.get(key);
                double closeA = a.lastDaily.close();
                double closeB = b.lastDaily.close();
                alignedCloses.put(key, new double[] {closeA, closeB});
                if (previous == null) {
                    return;
                }
                RollingBeta.Window window = correlations.computeIfAbsent(key, k -> new RollingBeta.Window(
                        below.window()));
                window.next(closeA / previous[0] - 1, closeB / previous[1] - 1);
                double correlation = window.correlation();
                if (crossed(rule, subject, correlation < below.below())) {
                    fire(rule, subject, closeOf(bar), bar.session(), AlertFacts.correlation(a, b, below, correlation), live,
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
            case "mtd" -> state.indexOnOrBefore(session.withDayOfMonth(1).minusDays(1));
            case "ytd" -> state.indexOnOrBefore(session.withDayOfYear(1).minusDays(1));
            default -> last - Integer.parseInt(period);
        };
    }

    private void onMacro(MacroPoint point, boolean live, List<Alert> fired) {
        List<Rule> rules = rulesBySeries.get(point.series());
        if (rules == null) {
            return;
        }
        MacroHistory history = macro.computeIfAbsent(point.series(), s -> new MacroHistory());
        history.add(point.value());
        for (Rule rule : rules) {
            Condition.MacroChange change = (Condition.MacroChange) rule.condition();
            double changeBp = history.changeBp(change.observations());
            boolean beyond = change.changeBp() > 0 ? changeBp >= change.changeBp() : changeBp <= change.changeBp();
            if (crossed(rule, point.series(), beyond)) {
                fire(rule, point.series(), Instant.ofEpochMilli(point.knownAt()), point.date(),
                        AlertFacts.macro(point, change, changeBp, history.valueBefore(change.observations())), live, fired);
            }
        }
    }

    private void onNews(News news, boolean live, List<Alert> fired) {
        for (Rule rule : newsRules) {
            Condition.EventTag tags = (Condition.EventTag) rule.condition();
            Set<String> scope = subjects.get(rule);
            boolean tagged = news.tags().stream().anyMatch(tag -> tags.tags().stream().anyMatch(tag::equalsIgnoreCase));
            boolean about = scope.isEmpty() || news.symbols().stream().anyMatch(scope::contains);
            if (tagged && about) {
                fire(rule, news.symbols().isEmpty() ? null : news.symbols().getFirst(), news.time(),
                        news.time().atZone(AlertFacts.NEW_YORK).toLocalDate(), AlertFacts.news(news), live, fired);
            }
        }
    }

    /** Whether the condition just became true for the subject (it was false or unknown before). */
    private boolean crossed(Rule rule, String subject, boolean now) {
        Boolean before = inCondition.put(rule.id() + "|" + subject, now);
        return now && !Boolean.TRUE.equals(before);
    }

    private void fire(Rule rule, String subject, Instant at, LocalDate session, AlertFacts.Found found, boolean live,
            List<Alert> fired) {
        if (!live) {
            return;
        }
        String cooldownKey = rule.id() + "|" + subject;
        Instant last = lastFired.get(cooldownKey);
        // quiet within the cooldown after the last firing; a replay of earlier times is not held back by a later one
        if (last != null && !rule.cooldown().isZero() && !at.isBefore(last) && at.isBefore(last.plus(rule.cooldown()))) {
            return;
        }
        lastFired.put(cooldownKey, at);
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
