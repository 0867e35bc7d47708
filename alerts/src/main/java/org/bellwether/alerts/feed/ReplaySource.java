package org.bellwether.alerts.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.bellwether.alerts.AlertEngine;
import org.bellwether.core.aggregate.SessionBars;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MarketData;

/**
 * Replays the store as the market would have told it: each symbol's daily bars from the start of its history and its
 * 1-minute session bars from {@value LevelFacts#INTRADAY_LOOKBACK_DAYS} days before {@code from} (the batch engine's
 * look-backs, so the replay warms up on the same history), macro observations and news, merged in the order they
 * became known, up to the end of {@code to}. A 1-minute bar is known at its end, a daily bar at its session's close,
 * a macro observation at 17:00 New York time on its date, a headline at its time. Paced at {@code speed} times
 * real time from {@code from} on (0: as fast as possible; the warm-up always is); gaps without events of more than a
 * minute of wall time (nights, weekends) are skipped.
 */
public final class ReplaySource implements EventSource {

    /** When a replay takes a macro observation of a date to be known (FRED publishes after the close). */
    public static final LocalTime MACRO_KNOWN_AT = LocalTime.of(17, 0);

    private final MarketData data;
    private final TradingCalendar calendar;
    private final Collection<String> symbols;
    private final Collection<String> series;
    private final LocalDate from;
    private final LocalDate to;
    private final double speed;
    private volatile boolean closed;

    /** A replay of {@code symbols} and {@code series} from the store, alerts from {@code from} to {@code to}. */
    public ReplaySource(MarketData data, TradingCalendar calendar, Collection<String> symbols,
            Collection<String> series, LocalDate from, LocalDate to, double speed) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + to + " is before " + from);
        }
        this.data = data;
        this.calendar = calendar;
        this.symbols = List.copyOf(symbols);
        this.series = List.copyOf(series);
        this.from = from;
        this.to = to;
        this.speed = speed;
    }

    /**
     * A replay of what {@code engine}'s rules watch, under the NYSE calendar, with the engine set to fire from the
     * start of {@code from} (what comes before only warms it up).
     */
    public static ReplaySource forEngine(MarketData data, AlertEngine engine, LocalDate from, LocalDate to,
            double speed) {
        ReplaySource replay = new ReplaySource(data, NyseCalendar.INSTANCE, engine.symbols(), engine.series(), from,
                to, speed);
        engine.liveFrom(replay.liveFrom().toEpochMilli());
        return replay;
    }

    /** The instant alerts start from: the start of {@code from} in the calendar's zone. */
    public Instant liveFrom() {
        return from.atStartOfDay(calendar.zone()).toInstant();
    }

    @Override
    public void run(Consumer<MarketEvent> consumer) throws InterruptedException {
        PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> a.peek().knownAt() != b.peek().knownAt()
                ? Long.compare(a.peek().knownAt(), b.peek().knownAt()) : Integer.compare(a.rank, b.rank));
        for (Cursor cursor : cursors()) {
            if (cursor.peek() != null) {
                queue.add(cursor);
            }
        }
        long live = liveFrom().toEpochMilli();
        long previous = Long.MIN_VALUE;
        while (!queue.isEmpty() && !closed) {
            Cursor cursor = queue.poll();
            MarketEvent event = cursor.next();
            if (event.knownAt() >= live) { // the warm-up goes at full speed
                pace(previous, event.knownAt());
                previous = event.knownAt();
            }
            consumer.accept(event);
            if (cursor.peek() != null) {
                queue.add(cursor);
            }
        }
    }

    private void pace(long previous, long now) throws InterruptedException {
        if (speed > 0 && previous != Long.MIN_VALUE && now > previous) {
            long wait = (long) ((now - previous) / speed);
            if (wait <= 60_000) {
                Thread.sleep(wait);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private List<Cursor> cursors() {
        List<Cursor> cursors = new ArrayList<>();
        Map<String, DailySeries> daily = data.dailySince(symbols, LocalDate.MIN);
        LevelFacts levels = new LevelFacts(data);
        int rank = 0;
        for (String symbol : symbols) {
            Optional<IntradaySeries> minutes = levels.sessionMinutesIfAny(symbol, from.minusDays(
                    LevelFacts.INTRADAY_LOOKBACK_DAYS), to);
            if (minutes.isPresent()) {
                cursors.add(minuteBars(rank++, minutes.get()));
            }
            DailySeries days = daily.get(symbol);
            if (days != null) {
                cursors.add(dailyBars(rank++, days));
            }
        }
        for (String id : series) {
            data.macro().macroSeries(id).ifPresent(s -> {
                LocalDate[] dates = s.dates();
                int known = 0;
                while (known < dates.length && !dates[known].isAfter(to)) {
                    known++;
                }
                cursors.add(new Cursor(Integer.MAX_VALUE - 1, known, i -> new MacroPoint(id, dates[i], s.values()[i],
                        dates[i].atTime(MACRO_KNOWN_AT).atZone(calendar.zone()).toInstant().toEpochMilli())));
            });
        }
        List<MarketEvent> news = data.macro().events(from.minusDays(LevelFacts.INTRADAY_LOOKBACK_DAYS)
                .atStartOfDay(calendar.zone()).toInstant(), to.plusDays(1).atStartOfDay(calendar.zone()).toInstant())
                .stream().map(e -> (MarketEvent) new News(e.id(), e.time(), e.headline(), e.tags(), e.symbols()))
                .toList();
        cursors.add(new Cursor(Integer.MAX_VALUE, news.size(), news::get));
        return cursors;
    }

    /** The 1-minute bars of {@code minutes}, each made when the merge reaches it. */
    private Cursor minuteBars(int rank, IntradaySeries minutes) {
        SessionBars sessions = SessionBars.of(minutes, calendar);
        int[] sessionOf = sessions.sessionOf();
        return new Cursor(rank, minutes.size(), i -> {
            int session = sessionOf[i];
            long start = minutes.start(i);
            return new Bar(minutes.symbol(), sessions.sessionDates()[session], sessions.sessionOpens()[session],
                    start, minutes.intervalSeconds(), start + minutes.intervalSeconds(), minutes.open(i),
                    minutes.high(i), minutes.low(i), minutes.close(i), minutes.volume(i));
        });
    }

    /** The daily bars of {@code days} up to {@code to}, each made when the merge reaches it. */
    private Cursor dailyBars(int rank, DailySeries days) {
        int known = 0;
        while (known < days.size() && !days.date(known).isAfter(to)) {
            known++;
        }
        return new Cursor(rank, known, i -> {
            LocalDate date = days.date(i);
            long open = FeedMessages.dailyOpen(calendar, date);
            return new Bar(days.symbol(), date, open, open, 0, FeedMessages.dailyClose(calendar, date), Double.NaN,
                    days.high(i), days.low(i), days.close(i), days.volume(i));
        });
    }

    /**
     * One ordered stream of events, made one at a time as the merge takes them (a replay of years of 1-minute bars
     * holds one event per stream, not all of them); {@code rank} orders streams whose next events are known at the
     * same time.
     */
    private static final class Cursor {
        private final int rank;
        private final int size;
        private final IntFunction<MarketEvent> event;
        private int next;
        private MarketEvent current;

        Cursor(int rank, int size, IntFunction<MarketEvent> event) {
            this.rank = rank;
            this.size = size;
            this.event = event;
        }

        MarketEvent peek() {
            if (current == null && next < size) {
                current = event.apply(next);
            }
            return current;
        }

        MarketEvent next() {
            MarketEvent taken = peek();
            current = null;
            next++;
            return taken;
        }
    }
}
