package org.bellwether.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.bellwether.core.aggregate.IntradayContinuity;
import org.bellwether.core.aggregate.IntradayContinuity.MinuteHole;
import org.bellwether.core.aggregate.SessionBars;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.levels.Breakouts;
import org.bellwether.core.levels.IntradayBreakout;
import org.bellwether.core.levels.IntradayBreakouts;
import org.bellwether.core.levels.Level;
import org.bellwether.core.levels.Levels;
import org.bellwether.core.levels.Swings;
import org.bellwether.core.model.Found;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.Reports.BreakoutRow;
import org.bellwether.facts.Reports.Correlation;
import org.bellwether.facts.Reports.LevelRow;
import org.bellwether.facts.Reports.MinuteGap;
import org.bellwether.core.model.InvalidRequestException;

/**
 * Levels, breakouts and tick-for-tick correlation from the store (DESIGN: "Support/resistance level", "Breakout",
 * "Correlation"). Swings use k = 3 on daily bars and 5 on 1-minute bars; the tolerance is 0.5% of the price.
 */
public final class LevelFacts {

    /** Calendar days of 1-minute bars read before the range: levels form and 20 sessions of volume are needed. */
    public static final int INTRADAY_LOOKBACK_DAYS = 45;

    private final MarketData data;

    /** Level facts from {@code data}, each symbol's intraday bars read in its calendar's sessions. */
    public LevelFacts(MarketData data) {
        this.data = data;
    }

    /**
     * Breakouts and breakdowns whose bar falls within {@code [from, to]}. Daily: the volume ratio is the session's
     * volume over the average of the previous 20 sessions (NaN when unknown), confirmed at 1.5. Intraday (1-minute
     * bars): held-for time and volume against the same time of day over the previous 20 sessions.
     */
    public Reports.Breakouts breakouts(String symbol, LocalDate from, LocalDate to, boolean intraday) {
        requireOrder(from, to);
        if (intraday) {
            Optional<IntradaySeries> bars = sessionMinutesIfAny(symbol, from.minusDays(INTRADAY_LOOKBACK_DAYS), to);
            TradingCalendar calendar = data.calendarOf(symbol);
            if (bars.isPresent()) {
                return new Reports.Breakouts(symbol, intradayBreakouts(bars.get(), calendar, from, to));
            }
            // no minute bars here: the breaks computed elsewhere (bellwether spark breakouts), else the store's error
            return data.results().breakouts(symbol, "1m", from, to).orElseGet(() -> new Reports.Breakouts(symbol,
                    intradayBreakouts(sessionMinutes(symbol, from.minusDays(INTRADAY_LOOKBACK_DAYS), to), calendar,
                            from, to)));
        }
        Optional<DailySeries> series = data.daily(symbol).optional();
        if (series.isEmpty()) { // no bars here: the breaks computed elsewhere, if any
            return data.results().breakouts(symbol, "1d", from, to).orElseThrow(
                    () -> new UnknownSymbolException(symbol, data.store().file().toString()));
        }
        return new Reports.Breakouts(symbol, dailyBreakouts(series.get(), from, to));
    }

    /**
     * The daily breakouts of {@code series} (its whole history read) whose session is within {@code [from, to]}; none
     * on the first session after a hole, and the volume ratio undefined (NaN) when a hole lies in the 20 sessions
     * before the break.
     */
    public static List<BreakoutRow> dailyBreakouts(DailySeries series, LocalDate from, LocalDate to) {
        double[] volumes = series.volumes();
        List<BreakoutRow> rows = new ArrayList<>();
        for (Breakout breakout : Breakouts.find(series.highs(), series.lows(), series.closes(), Definitions.SWING_BARS_DAILY,
                Definitions.LEVEL_TOLERANCE)) {
            int index = breakout.index();
            LocalDate date = series.date(index);
            if (date.isBefore(from) || date.isAfter(to) || series.followsHole(index)) {
                continue; // after a hole the level was crossed some time in it, not on this session
            }
            int volumeFrom = index - Definitions.LEVEL_VOLUME_SESSIONS;
            double ratio = series.continuousFrom(index) > volumeFrom ? Double.NaN : volumeRatio(volumes, index);
            LocalDate since = series.date(Math.max(0, Math.min(breakout.level().firstTouch(), volumeFrom)));
            List<Reports.Gap> holes = series.holesBetween(since, date).stream()
                    .map(hole -> Reports.Gap.of(series.symbol(), hole)).toList();
            rows.add(new BreakoutRow(date.toString(), breakout.level().price(), breakout.up() ? "up" : "down",
                    breakout.level().touches(), null, ratio, ratio >= Definitions.VOLUME_MULTIPLE, holes, List.of()));
        }
        return rows;
    }

    private static double volumeRatio(double[] volumes, int index) {
        double sum = 0;
        for (int i = index - Definitions.LEVEL_VOLUME_SESSIONS; i < index; i++) {
            sum += volumes[i];
        }
        return volumes[index] / (sum / Definitions.LEVEL_VOLUME_SESSIONS);
    }

    /**
     * The 1-minute breakouts within {@code [from, to]} of {@code bars}: the session minutes of {@code calendar} from
     * {@link #INTRADAY_LOOKBACK_DAYS} calendar days before {@code from} to the end of {@code to}.
     */
    public static List<BreakoutRow> intradayBreakouts(IntradaySeries bars, TradingCalendar calendar, LocalDate from,
            LocalDate to) {
        SessionBars sessions = SessionBars.of(bars, calendar);
        long[] starts = bars.starts();
        ZoneId zone = calendar.zone();
        List<MinuteHole> holes = IntradayContinuity.holes(bars, calendar);
        List<BreakoutRow> rows = new ArrayList<>();
        for (IntradayBreakout found : IntradayBreakouts.find(starts, sessions.sessionOf(), sessions.sessionOpens(),
                bars.highs(), bars.lows(), bars.closes(), bars.volumes(), Definitions.SWING_BARS_INTRADAY, Definitions.LEVEL_TOLERANCE)) {
            Breakout breakout = found.breakout();
            Instant start = Instant.ofEpochSecond(starts[breakout.index()]);
            LocalDate date = start.atZone(zone).toLocalDate();
            if (date.isBefore(from) || date.isAfter(to) || followsHole(holes, starts, breakout.index())) {
                continue; // after a hole the level was crossed some time in it, not in this bar
            }
            int volumeSession = sessions.sessionOf()[breakout.index()] - Definitions.LEVEL_VOLUME_SESSIONS;
            long since = Math.min(starts[breakout.level().firstTouch()],
                    volumeSession < 0 ? starts[0] : sessions.sessionOpens()[volumeSession]);
            rows.add(new BreakoutRow(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(zone)),
                    breakout.level().price(), breakout.up() ? "up" : "down", breakout.level().touches(),
                    found.heldSeconds() / 60.0, found.volumeRatio(), found.confirmed(), List.of(),
                    MinuteGap.overlapping(bars, holes, zone, since, start.getEpochSecond())));
        }
        return rows;
    }

    /** Whether one of {@code holes} lies between bar {@code index} (of {@code starts}) and the bar before it. */
    private static boolean followsHole(List<MinuteHole> holes, long[] starts, int index) {
        return index > 0 && holes.stream().anyMatch(hole -> hole.from() > starts[index - 1] && hole.to() < starts[index]);
    }

    /**
     * The symbol's finest intraday bars (1-minute where stored, else e.g. 5-minute) within sessions from the open of
     * {@code from} to the end of {@code to}.
     */
    private IntradaySeries sessionMinutes(String symbol, LocalDate from, LocalDate to) {
        return sessionMinutesFound(symbol, from, to).require();
    }

    /** As {@link #sessionMinutes}, empty when the store has none. */
    public Optional<IntradaySeries> sessionMinutesIfAny(String symbol, LocalDate from, LocalDate to) {
        return sessionMinutesFound(symbol, from, to).optional();
    }

    private Found<IntradaySeries> sessionMinutesFound(String symbol, LocalDate from, LocalDate to) {
        TradingCalendar calendar = data.calendarOf(symbol);
        return data.intraday(symbol, data.finestInterval(symbol), from.atStartOfDay(calendar.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).map(bars -> inSession(bars, calendar));
    }

    /** The bars of {@code bars} within {@code calendar}'s sessions. */
    public static IntradaySeries inSession(IntradaySeries bars, TradingCalendar calendar) {
        return bars.select(SessionBars.of(bars, calendar).inSession());
    }

    /**
     * The levels with at least two touches known at the end of {@code asOf} (swings confirmed by then) within
     * {@code withinPercent} of the last close, highest first, with the holes between the earliest first touch listed
     * and then.
     */
    public Reports.Levels levels(String symbol, LocalDate asOf, boolean intraday, double withinPercent) {
        List<LevelRow> rows = new ArrayList<>();
        if (intraday) {
            IntradaySeries bars = sessionMinutes(symbol, asOf.minusDays(INTRADAY_LOOKBACK_DAYS), asOf);
            long[] starts = bars.starts();
            TradingCalendar calendar = data.calendarOf(symbol);
            ZoneId zone = calendar.zone();
            double close = bars.close(bars.size() - 1);
            addLevels(rows, bars.highs(), bars.lows(), Definitions.SWING_BARS_INTRADAY, index -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(Instant.ofEpochSecond(starts[index]).atZone(zone)));
            List<LevelRow> near = near(rows, close, withinPercent);
            long since = near.stream().mapToLong(row -> OffsetDateTime.parse(row.firstTouch()).toEpochSecond()).min()
                    .orElse(Long.MAX_VALUE);
            return new Reports.Levels(symbol, asOf.toString(), close, near, List.of(),
                    MinuteGap.of(bars, calendar, since, starts[starts.length - 1]));
        }
        DailySeries series = data.daily(symbol).require();
        int end = series.indexOnOrBefore(asOf);
        if (end < 0) {
            throw new NoDataException(symbol + " has no bars on or before " + asOf);
        }
        DailySeries known = series.slice(0, end + 1);
        double close = known.close(end);
        addLevels(rows, known.highs(), known.lows(), Definitions.SWING_BARS_DAILY, index -> known.date(index).toString());
        List<LevelRow> near = near(rows, close, withinPercent);
        List<Reports.Gap> holes = near.stream().map(row -> LocalDate.parse(row.firstTouch())).min(LocalDate::compareTo)
                .map(since -> known.holesBetween(since, asOf).stream().map(hole -> Reports.Gap.of(symbol, hole))
                        .toList()).orElse(List.of());
        return new Reports.Levels(symbol, asOf.toString(), close, near, holes, List.of());
    }

    /**
     * The levels of {@code rows} within {@code withinPercent} of {@code close}, highest first, each named by where it
     * sits now: above the last close it resists, below it supports.
     */
    private static List<LevelRow> near(List<LevelRow> rows, double close, double withinPercent) {
        return rows.stream().filter(row -> Math.abs(row.price() / close - 1) * 100 <= withinPercent)
                .map(row -> new LevelRow(row.price(), row.price() > close ? "resistance" : "support", row.touches(),
                        row.firstTouch(), row.lastTouch(), row.swings()))
                .sorted((a, b) -> Double.compare(b.price(), a.price())).toList();
    }

    private static void addLevels(List<LevelRow> rows, double[] highs, double[] lows, int k,
            IntFunction<String> time) {
        for (boolean resistance : new boolean[] {true, false}) {
            int[] swings = resistance ? Swings.highs(highs, k) : Swings.lows(lows, k);
            for (Level level : Levels.cluster(swings, resistance ? highs : lows, Definitions.LEVEL_TOLERANCE, resistance)) {
                if (level.touches() >= Definitions.BREAKOUT_MIN_TOUCHES) {
                    rows.add(new LevelRow(level.price(), null, level.touches(), time.apply(level.firstTouch()),
                            time.apply(level.lastTouch()), resistance ? "highs" : "lows"));
                }
            }
        }
    }

    /**
     * "Tick-for-tick": the correlation of the intraday returns of two instruments (their finest bars, of one length)
     * over the session bars both have in {@code [from, to]}, returns taken only between consecutive bars of the same
     * session; the holes of either's
     * bars in the range are listed.
     */
    public Correlation intradayCorrelation(String a, String b, LocalDate from, LocalDate to) {
        requireOrder(from, to);
        IntradaySeries first = sessionMinutes(a, from, to);
        IntradaySeries second = sessionMinutes(b, from, to);
        int interval = first.intervalSeconds();
        if (second.intervalSeconds() != interval) {
            throw new InvalidRequestException(a + " has " + interval + "-second bars and " + b + " "
                    + second.intervalSeconds() + "-second bars; tick-for-tick needs bars of one length");
        }
        long[] sa = first.starts();
        long[] sb = second.starts();
        double[] ca = first.closes();
        double[] cb = second.closes();
        TradingCalendar calendar = data.calendarOf(a); // the range's days are a's
        int[] sessionA = SessionBars.of(first, calendar).sessionOf();
        List<double[]> pairs = new ArrayList<>();
        int j = 0;
        int previousI = -1;
        int previousJ = -1;
        for (int i = 0; i < sa.length; i++) {
            while (j < sb.length && sb[j] < sa[i]) {
                j++;
            }
            if (j < sb.length && sb[j] == sa[i]) {
                if (previousI >= 0 && sessionA[previousI] == sessionA[i] && sa[i] - sa[previousI] == interval) {
                    pairs.add(new double[] {ca[i] / ca[previousI] - 1, cb[j] / cb[previousJ] - 1});
                }
                previousI = i;
                previousJ = j;
            }
        }
        double[] ra = pairs.stream().mapToDouble(pair -> pair[0]).toArray();
        double[] rb = pairs.stream().mapToDouble(pair -> pair[1]).toArray();
        long start = from.atStartOfDay(calendar.zone()).toEpochSecond();
        long end = to.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond() - 1;
        List<MinuteGap> holes = new ArrayList<>(minuteHoles(a, from, to, start, end));
        holes.addAll(minuteHoles(b, from, to, start, end));
        return new Correlation(a, b, ra.length, RiskStats.correlation(ra, rb), List.of(), holes);
    }

    /**
     * The holes of {@code symbol}'s 1-minute bars overlapping {@code [start, end]}, found on bars read from
     * {@link #INTRADAY_LOOKBACK_DAYS} days around the range: a hole at either end of it lies between bars outside.
     */
    private List<MinuteGap> minuteHoles(String symbol, LocalDate from, LocalDate to, long start, long end) {
        return sessionMinutesIfAny(symbol, from.minusDays(INTRADAY_LOOKBACK_DAYS), to.plusDays(INTRADAY_LOOKBACK_DAYS))
                .map(bars -> MinuteGap.of(bars, data.calendarOf(symbol), start, end)).orElse(List.of());
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("--to must not be before --from, but " + to + " is before " + from);
        }
    }
}
