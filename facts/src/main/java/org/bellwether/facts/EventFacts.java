package org.bellwether.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.events.MarketModel;
import org.bellwether.core.model.Event;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.series.Aligned;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.IntradaySeries;

/**
 * Event studies (DESIGN: "Event study") and the events behind the largest moves. Day 0 of an event is the session
 * it falls in, or the next session when it happens after a close or on a day without one.
 */
public final class EventFacts {

    /** Previous sessions the minutes after an intraday event are compared with. */
    static final int INTRADAY_SESSIONS = 20;

    private final MarketData data;
    private final TradingCalendar calendar;

    /** Event facts from {@code data} under {@code calendar}. */
    public EventFacts(MarketData data, TradingCalendar calendar) {
        this.data = data;
        this.calendar = calendar;
    }

    /** The stored event {@code id}. */
    public Event event(String id) {
        return data.macro().events(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")).stream()
                .filter(event -> event.id().equals(id)).findFirst().orElseThrow(() -> new NoDataException(
                        "the store has no event " + id + " (bellwether calendar lists them with their ids)"));
    }

    /** The session an event at {@code time} moves: the one it falls in, else the next one. */
    public LocalDate dayZero(Instant time) {
        LocalDate date = time.atZone(calendar.zone()).toLocalDate();
        if (calendar.isSession(date) && time.isBefore(calendar.sessionClose(date))) {
            return date;
        }
        return calendar.nextSession(date);
    }

    /**
     * The market-model event study of {@code symbols} against {@code vs} around {@code time}: abnormal returns over
     * sessions {@code [-before, +after]}, their sum and t-statistic; and, when the event falls inside a session and
     * 1-minute bars exist, the move over the {@code minutes} after it against the same clock window of the previous
     * {@value #INTRADAY_SESSIONS} sessions.
     */
    public Reports.EventStudy study(Instant time, String label, List<String> symbols, String vs, int before, int after,
            int minutes) {
        LocalDate day0 = dayZero(time);
        DailySeries market = data.daily(vs).require();
        List<Reports.EventResult> results = new ArrayList<>();
        for (String symbol : symbols) {
            results.add(studyOne(data.daily(symbol).require(), market, day0, before, after,
                    intradayMove(symbol, time, minutes)));
        }
        return new Reports.EventStudy(label, MacroFacts.exchangeTime(time, calendar.zone()), day0, vs,
                List.of(-before, after), results);
    }

    private Reports.EventResult studyOne(DailySeries asset, DailySeries market, LocalDate day0, int before, int after,
            Reports.IntradayMove move) {
        Aligned joined = Aligned.join(asset, market);
        int[] days = joined.days();
        int zero = Arrays.binarySearch(days, (int) day0.toEpochDay());
        if (zero < 1) {
            throw new NoDataException(asset.symbol() + " and " + market.symbol() + " do not both have a "
                    + "session on " + day0 + " with one before it");
        }
        // return t spans sessions t-1 to t of the joined series; day 0's return ends on day 0; none spans a hole
        double[] assetReturns = joined.returnsA();
        double[] marketReturns = joined.returnsB();
        int firstEstimation = Math.max(1, zero + Definitions.EVENT_ESTIMATION_FIRST);
        int lastEstimation = zero + Definitions.EVENT_ESTIMATION_LAST;
        MarketModel model = MarketModel.fit(returns(assetReturns, firstEstimation, lastEstimation),
                returns(marketReturns, firstEstimation, lastEstimation));
        if (model.estimationReturns() < Definitions.EVENT_MIN_ESTIMATION_RETURNS) {
            throw new NoDataException(asset.symbol() + " has " + model.estimationReturns() + " returns in the "
                    + "estimation window (sessions " + Definitions.EVENT_ESTIMATION_FIRST + " to " + Definitions.EVENT_ESTIMATION_LAST + " before " + day0
                    + (joined.breaks().length > 0 ? ", leaving out those spanning a hole of " + asset.symbol() + " or "
                    + market.symbol() : "") + "); at least " + Definitions.EVENT_MIN_ESTIMATION_RETURNS + " are needed");
        }
        int first = Math.max(1, zero - before);
        int last = Math.min(days.length - 1, zero + after);
        double[] r = returns(assetReturns, first, last);
        double[] m = returns(marketReturns, first, last);
        for (int i = 0; i < r.length; i++) {
            if (Double.isNaN(r[i]) || Double.isNaN(m[i])) {
                throw new NoDataException("the event window of " + asset.symbol() + " around " + day0 + " meets a hole "
                        + "in its or " + market.symbol() + "'s data before " + LocalDate.ofEpochDay(days[first + i])
                        + " (bellwether gaps lists them)");
            }
        }
        MarketModel.EventWindow window = model.window(r, m);
        List<Reports.AbnormalReturn> rows = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            rows.add(new Reports.AbnormalReturn(LocalDate.ofEpochDay(days[first + i]), first + i - zero, r[i] * 100,
                    m[i] * 100, window.abnormal()[i] * 100));
        }
        return new Reports.EventResult(asset.symbol(), model.alpha() * 100, model.beta(), model.estimationReturns(),
                rows, window.car() * 100, window.tStat(), move);
    }

    /** The returns ending on sessions {@code [first, last]} of the joined series (return t ends on session t). */
    private static double[] returns(double[] returns, int first, int last) {
        return Arrays.copyOfRange(returns, first - 1, Math.max(first - 1, last));
    }

    /** The move in the minutes after an event inside a session, against the same window of earlier sessions. */
    private Reports.IntradayMove intradayMove(String symbol, Instant time, int minutes) {
        LocalDate date = time.atZone(calendar.zone()).toLocalDate();
        if (minutes <= 0 || !calendar.isSession(date) || time.isBefore(calendar.sessionOpen(date))
                || !time.plusSeconds(60L * minutes).isBefore(calendar.sessionClose(date).plusSeconds(1))) {
            return null;
        }
        long offset = time.getEpochSecond() - calendar.sessionOpen(date).getEpochSecond();
        offset -= Math.floorMod(offset, 60); // the bar the event falls in: bars start on whole minutes
        IntradaySeries bars = data.intraday(symbol, 60,
                date.minusDays(45).atStartOfDay(calendar.zone()).toInstant(),
                date.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).optional().orElse(null);
        if (bars == null) {
            return null;
        }
        double eventMove = windowReturn(bars, calendar.sessionOpen(date).getEpochSecond() + offset, minutes);
        List<Double> earlier = new ArrayList<>();
        LocalDate session = date;
        for (int i = 0; i < INTRADAY_SESSIONS; i++) {
            session = calendar.previousSession(session);
            double move = windowReturn(bars, calendar.sessionOpen(session).getEpochSecond() + offset, minutes);
            if (!Double.isNaN(move)) {
                earlier.add(move);
            }
        }
        if (Double.isNaN(eventMove) || earlier.size() < 2) {
            return null;
        }
        double mean = earlier.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = earlier.stream().mapToDouble(move -> (move - mean) * (move - mean)).sum()
                / (earlier.size() - 1);
        return new Reports.IntradayMove(minutes, eventMove * 100, mean * 100, Math.sqrt(variance) * 100,
                (eventMove - mean) / Math.sqrt(variance), earlier.size());
    }

    /** The return from the close of the bar before {@code start} to the close {@code minutes} later; NaN if absent. */
    private static double windowReturn(IntradaySeries bars, long start, int minutes) {
        int before = bars.indexOf(start - 60);
        int end = bars.indexOf(start + 60L * (minutes - 1));
        return before < 0 || end < 0 ? Double.NaN : bars.close(end) / bars.close(before) - 1;
    }

    /**
     * The {@code top} sessions of {@code symbol} in {@code [from, to]} with the largest absolute returns, each with
     * the events in the 24 hours before its close; with {@code k} above 0, only large moves (DESIGN: "Large move",
     * at least k standard deviations of the previous 63 returns).
     */
    public Reports.Catalysts catalysts(String symbol, LocalDate from, LocalDate to, int top, double k) {
        DailySeries series = data.daily(symbol).require();
        double[] returns = series.returns();
        double[] sigma = LargeMoves.sigma(returns);
        int[] range = series.range(from, to);
        List<Integer> sessions = new ArrayList<>();
        for (int i = Math.max(1, range[0]); i < range[1]; i++) {
            if (LargeMoves.isLarge(returns[i - 1], sigma[i - 1], k)) {
                sessions.add(i);
            }
        }
        sessions.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(returns[i - 1])));
        List<Reports.MoveCatalysts> rows = new ArrayList<>();
        for (int i : sessions.subList(0, Math.min(top, sessions.size()))) {
            Instant close = calendar.sessionClose(series.date(i));
            List<Reports.CalendarEvent> events = data.macro().events(close.minusSeconds(24 * 3600), close) // at the close: next day
                    .stream().map(event -> MacroFacts.calendarEvent(event, calendar.zone())).toList();
            rows.add(new Reports.MoveCatalysts(series.date(i), returns[i - 1] * 100, sigma[i - 1] * 100, events));
        }
        return new Reports.Catalysts(symbol, from, to, rows);
    }
}
