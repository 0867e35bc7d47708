package org.bellwether.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.core.aggregate.IntradayContinuity;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.Reports.Gap;
import org.bellwether.facts.Reports.MinuteGap;

/**
 * How whole each series of the store is (DESIGN: "Continuity", "Freshness"): its holes on its calendar
 * and whether it is stale on a date. {@code bellwether gaps}, {@code bellwether symbols} and the API list them.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * One series' continuity.
     *
     * @param calendar the code of the calendar whose sessions judge it ({@code XNYS}, {@code 24/7})
     * @param missingSessions the sessions its holes lack, together
     * @param staleSince its last session when it is stale on the date asked about, else null
     */
    public record SeriesGaps(String symbol, String calendar, LocalDate firstDate, LocalDate lastDate, int bars,
            int missingSessions, List<Gap> holes, LocalDate staleSince) {
    }

    /**
     * One intraday series' continuity (bars of {@code intervalSeconds}): its first and last bar start, and its
     * holes in its calendar's sessions.
     *
     * @param calendar the code of the calendar whose sessions judge it
     * @param missingBars the bars its holes lack, together
     */
    public record IntradayGaps(String symbol, String calendar, int intervalSeconds, String first, String last,
            int bars, int missingBars, List<MinuteGap> holes) {
    }

    /**
     * The continuity of the intraday bars of {@code symbols} (every symbol with intraday bars when null), each bar
     * length apart, on each symbol's calendar's sessions.
     */
    public static List<IntradayGaps> intraday(MarketData data, List<String> symbols) {
        Map<String, List<Integer>> intervals = data.intradayIntervals();
        List<String> asked = symbols == null ? List.copyOf(intervals.keySet()) : symbols;
        List<IntradayGaps> result = new ArrayList<>();
        for (String symbol : asked) {
            List<Integer> lengths = intervals.get(symbol);
            if (lengths == null) {
                throw new NoDataException("the store " + data.store().file() + " has no intraday bars of " + symbol
                        + " (bellwether symbols lists what it holds)");
            }
            TradingCalendar calendar = data.calendarOf(symbol);
            for (int interval : lengths) {
                IntradaySeries series = data.intraday(symbol, interval).require();
                List<MinuteGap> holes = IntradayContinuity.holes(series, calendar).stream()
                        .map(hole -> MinuteGap.of(series, hole, calendar.zone())).toList();
                result.add(new IntradayGaps(symbol, calendar.code(), interval, time(series.start(0), calendar),
                        time(series.start(series.size() - 1), calendar), series.size(),
                        holes.stream().mapToInt(MinuteGap::bars).sum(), holes));
            }
        }
        return result;
    }

    private static String time(long epochSecond, TradingCalendar calendar) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(calendar.zone()));
    }

    /** The continuity of {@code symbols} (every symbol with daily bars when null) as of {@code asOf}, by symbol. */
    public static List<SeriesGaps> of(MarketData data, List<String> symbols, LocalDate asOf) {
        Map<String, DailySeries> all = data.dailySince(symbols, LocalDate.MIN);
        if (symbols != null) {
            for (String symbol : symbols) {
                if (!all.containsKey(symbol)) {
                    throw new UnknownSymbolException(symbol, data.store().file().toString());
                }
            }
        }
        List<SeriesGaps> result = new ArrayList<>();
        for (DailySeries series : all.values()) {
            List<Gap> holes = series.holes().stream().map(hole -> Gap.of(series.symbol(), hole)).toList();
            result.add(new SeriesGaps(series.symbol(), data.calendarOf(series.symbol()).code(), series.firstDate(), series.date(series.size() - 1),
                    series.size(), holes.stream().mapToInt(Gap::sessions).sum(), holes,
                    Freshness.staleSince(series, asOf, data.sessionsOf(series.symbol())).orElse(null)));
        }
        return result;
    }
}
