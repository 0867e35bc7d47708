package org.bellwether.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.bellwether.store.Tables;

/**
 * Aggregates a file of trades (a time, a price and an amount per line, as exchanges export them) into bars of one
 * length. A bar holds the trades whose time falls in {@code [start, start + length)}, bars starting at multiples of
 * the length since the epoch (UTC; daily bars: the dates of the zone): the open and close are the earliest and the
 * latest trade's price (file order between equal times), the high and low the extreme prices, the volume the summed
 * amounts. No bar is made where no trade was, unless {@code fillEmpty}: then each empty bar between two trades of a
 * symbol is flat at the last price, with volume 0, as exchanges' klines have them.
 */
final class TradeMapper implements RowMapper {

    private static final String[] TIME_COLUMNS = {"timestamp", "time", "ts", "datetime", "date", "trade_time"};
    private static final String[] AMOUNT_COLUMNS = {"amount", "size", "quantity", "qty", "volume"};

    private final String fixedSymbol;
    private final int symbolColumn;
    private final int timeColumn;
    private final int priceColumn;
    private final int amountColumn;
    private final int intervalSeconds;
    private final ZoneId zone;
    private final boolean fillEmpty;
    private final Map<String, TreeMap<Long, Bar>> bars = new TreeMap<>();

    /** One bar being built; times in epoch milliseconds. */
    private static final class Bar {
        private long openTime;
        private long closeTime;
        private double open;
        private double high;
        private double low;
        private double close;
        private double volume;

        Bar(long time, double price) {
            openTime = time;
            closeTime = time;
            open = price;
            high = price;
            low = price;
            close = price;
        }

        void add(long time, double price, double amount) {
            if (time < openTime) {
                openTime = time;
                open = price;
            }
            if (time >= closeTime) {
                closeTime = time;
                close = price;
            }
            high = Math.max(high, price);
            low = Math.min(low, price);
            volume += amount;
        }
    }

    TradeMapper(Header header, RecordSource source, BarOptions options, boolean fillEmpty) {
        this.symbolColumn = header.find("symbol", "ticker", "pair");
        this.fixedSymbol = LongBarMapper.fixedSymbol(header, symbolColumn, source, options);
        this.timeColumn = header.require(TIME_COLUMNS);
        this.priceColumn = header.require("price");
        this.amountColumn = header.require(AMOUNT_COLUMNS);
        this.intervalSeconds = options.intervalSeconds().orElse(BarOptions.DEFAULT_INTRADAY_SECONDS);
        this.zone = options.zone();
        this.fillEmpty = fillEmpty;
    }

    /** Whether the header is a trades file's: a price and an amount, no close. */
    static boolean isTradesHeader(Header header) {
        return header.has("price") && !header.has("close") && header.find(AMOUNT_COLUMNS) >= 0;
    }

    @Override
    public String format() {
        return "trades";
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        String symbol = fixedSymbol != null ? fixedSymbol : Fields.symbol("symbol", source.field(symbolColumn));
        String timeRaw = source.field(timeColumn);
        if (Fields.isMissing(timeRaw)) {
            throw new FieldException(source.header().get(timeColumn), timeRaw == null ? "" : timeRaw, "a timestamp");
        }
        String field = source.header().get(timeColumn);
        Instant time = Fields.hasTime(timeRaw.strip()) || Fields.isEpoch(timeRaw.strip())
                ? Fields.instant(field, timeRaw, zone) : Fields.date(field, timeRaw).atStartOfDay(zone).toInstant();
        double price = Fields.price("price", source.field(priceColumn));
        double amount = Fields.volume(source.header().get(amountColumn), source.field(amountColumn));
        long start = barStart(time);
        long millis = time.toEpochMilli();
        Bar bar = bars.computeIfAbsent(symbol, any -> new TreeMap<>()).get(start);
        if (bar == null) {
            bars.get(symbol).put(start, bar = new Bar(millis, price));
        }
        bar.add(millis, price, amount);
    }

    /** The bar's start, epoch seconds (daily: the epoch day). */
    private long barStart(Instant time) {
        if (intervalSeconds == 0) {
            return time.atZone(zone).toLocalDate().toEpochDay();
        }
        return Math.floorDiv(time.getEpochSecond(), intervalSeconds) * intervalSeconds;
    }

    @Override
    public void finish(RowSink sink) {
        long step = intervalSeconds == 0 ? 1 : intervalSeconds;
        for (Map.Entry<String, TreeMap<Long, Bar>> symbol : bars.entrySet()) {
            Long previous = null;
            double lastPrice = Double.NaN;
            for (Map.Entry<Long, Bar> entry : symbol.getValue().entrySet()) {
                if (fillEmpty && previous != null) {
                    for (long start = previous + step; start < entry.getKey(); start += step) {
                        emit(sink, symbol.getKey(), start, lastPrice, lastPrice, lastPrice, lastPrice, 0);
                    }
                }
                Bar bar = entry.getValue();
                emit(sink, symbol.getKey(), entry.getKey(), bar.open, bar.high, bar.low, bar.close, bar.volume);
                previous = entry.getKey();
                lastPrice = bar.close;
            }
        }
    }

    private void emit(RowSink sink, String symbol, long start, double open, double high, double low, double close,
            double volume) {
        if (intervalSeconds == 0) {
            sink.add(Tables.DAILY_BARS, new String[] {symbol, LocalDate.ofEpochDay(start).toString(), text(open),
                text(high), text(low), text(close), null, text(volume)});
        } else {
            sink.add(Tables.INTRADAY_BARS, new String[] {symbol, Instant.ofEpochSecond(start).toString(),
                Integer.toString(intervalSeconds), text(open), text(high), text(low), text(close), text(volume)});
        }
    }

    private static String text(double value) {
        return Double.toString(value);
    }
}
