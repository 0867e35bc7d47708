package org.bellwether.ingest;

import java.util.List;
import java.util.Locale;
import org.bellwether.core.model.Symbols;

/**
 * Maps files with one bar per record: the long format, Yahoo and Stooq downloads, and Parquet. Columns are found by
 * name; a missing symbol column takes the symbol from {@code --symbol} or the file name.
 */
final class LongBarMapper implements RowMapper {

    private static final List<String> YAHOO_HEADER = List.of("date", "open", "high", "low", "close", "adj_close", "volume");

    private final String format;
    private final String fixedSymbol;
    private final int symbolColumn;
    private final int dateColumn;
    private final int timeColumn;
    private final int periodColumn;
    private final int openColumn;
    private final int highColumn;
    private final int lowColumn;
    private final int closeColumn;
    private final int adjCloseColumn;
    private final int volumeColumn;
    private final String dateField;
    private final BarTimes times;
    private final boolean stooq;
    private long emptyRecords;

    LongBarMapper(String format, Header header, RecordSource source, BarOptions options) {
        this.format = format;
        this.stooq = format.equals("stooq");
        this.symbolColumn = header.find("symbol", "ticker");
        this.dateColumn = header.require("date", "timestamp", "datetime", "time");
        this.dateField = header.original(dateColumn);
        int time = header.find("time");
        this.timeColumn = time == dateColumn ? -1 : time;
        this.periodColumn = stooq ? header.find("per") : -1;
        this.openColumn = header.find("open");
        this.highColumn = header.find("high");
        this.lowColumn = header.find("low");
        this.closeColumn = header.require("close");
        this.adjCloseColumn = header.find("adj_close", "adjclose", "adjusted_close");
        this.volumeColumn = header.find("volume", "vol");
        this.times = new BarTimes(options.zone(), options.intervalSeconds());
        if (symbolColumn >= 0 && options.symbol() != null) {
            throw new BadInputException(source.name(), "has a symbol column (" + header.original(symbolColumn)
                    + "); --symbol is only for files without one");
        }
        if (symbolColumn >= 0) {
            this.fixedSymbol = null;
        } else if (options.symbol() != null) {
            this.fixedSymbol = options.symbol();
        } else {
            this.fixedSymbol = symbolFromFileName(source.name());
            if (fixedSymbol == null) {
                throw new BadInputException(source.name(), "has no symbol column and its name does not make a symbol;"
                        + " give one with --symbol");
            }
        }
    }

    /** Whether the header is exactly a Yahoo Finance download's. */
    static boolean isYahooHeader(Header header) {
        if (header.size() != YAHOO_HEADER.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!header.normalized(i).equals(YAHOO_HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the header is a Stooq bulk file's ({@code <TICKER>,<PER>,<DATE>,...}). */
    static boolean isStooqHeader(Header header) {
        return header.has("ticker") && header.has("per");
    }

    /**
     * The symbol a file name stands for: {@code SPY.csv} gives SPY, {@code ^GSPC.csv} ^GSPC, Stooq's {@code spy.us.txt}
     * SPY (the .US market suffix is dropped); null when the name is not a valid symbol.
     */
    static String symbolFromFileName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".csv", ".txt", ".parquet", ".prn")) {
            if (lower.endsWith(extension)) {
                name = name.substring(0, name.length() - extension.length());
                lower = lower.substring(0, lower.length() - extension.length());
                break;
            }
        }
        if (lower.endsWith(".us")) {
            name = name.substring(0, name.length() - 3);
        }
        String symbol = Symbols.normalize(name);
        return Symbols.isValid(symbol) ? symbol : null;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public long emptyRecordsSkipped() {
        return emptyRecords;
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        String closeRaw = source.field(closeColumn);
        if (Fields.isMissing(closeRaw)) {
            if (allPricesMissing(source)) {
                emptyRecords++;
                return;
            }
            throw new FieldException(source.header().get(closeColumn), closeRaw == null ? "" : closeRaw, "a close price");
        }
        String symbol = fixedSymbol != null ? fixedSymbol : stooqSymbol(Fields.symbol("symbol", source.field(symbolColumn)));
        Boolean daily = null;
        int interval = times.intervalSeconds();
        if (periodColumn >= 0) {
            String period = source.field(periodColumn).strip().toUpperCase(Locale.ROOT);
            daily = period.equals("D");
            if (!daily) {
                interval = stooqPeriodSeconds(period);
            }
        }
        String when = times.normalize(dateField, source.field(dateColumn), timeColumn >= 0 ? source.field(timeColumn) : null,
                daily);
        double close = Fields.price("close", closeRaw);
        double open = price(source, openColumn);
        double high = price(source, highColumn);
        double low = price(source, lowColumn);
        checkRange(open, high, low, close);
        String volume = volumeColumn >= 0 && !Fields.isMissing(source.field(volumeColumn))
                ? Long.toString(Fields.volume("volume", source.field(volumeColumn))) : null;
        String closeText = Fields.numberText(closeRaw, close);
        if (times.intraday()) {
            sink.add(times.table(), new String[] {symbol, when, Integer.toString(interval), text(source, openColumn, open),
                text(source, highColumn, high), text(source, lowColumn, low), closeText, volume});
        } else {
            double adjClose = price(source, adjCloseColumn);
            sink.add(times.table(), new String[] {symbol, when, text(source, openColumn, open),
                text(source, highColumn, high), text(source, lowColumn, low), closeText,
                text(source, adjCloseColumn, adjClose), volume});
        }
    }

    private String stooqSymbol(String symbol) {
        return stooq && symbol.endsWith(".US") ? symbol.substring(0, symbol.length() - 3) : symbol;
    }

    private static int stooqPeriodSeconds(String period) throws FieldException {
        try {
            int minutes = Integer.parseInt(period);
            if (minutes > 0) {
                return minutes * 60;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldException("PER", period, "D (daily) or a bar length in minutes such as 5 or 60");
    }

    private boolean allPricesMissing(RecordSource source) {
        for (int column : new int[] {openColumn, highColumn, lowColumn, adjCloseColumn, volumeColumn}) {
            if (column >= 0 && !Fields.isMissing(source.field(column))) {
                return false;
            }
        }
        return true;
    }

    /** The positive price in {@code column}, or NaN when the file has no such column or the value is missing. */
    private static double price(RecordSource source, int column) throws FieldException {
        if (column < 0 || Fields.isMissing(source.field(column))) {
            return Double.NaN;
        }
        return Fields.price(source.header().get(column), source.field(column));
    }

    private static String text(RecordSource source, int column, double value) {
        return Double.isNaN(value) ? null : Fields.numberText(source.field(column), value);
    }

    /** Checks low <= open, close <= high for the prices present (NaN = absent; comparisons with NaN are false). */
    private static void checkRange(double open, double high, double low, double close) throws FieldException {
        if (high < low) {
            throw new FieldException("high", Double.toString(high), "a high at or above the low (" + low + ")");
        }
        if (close > high || close < low) {
            throw new FieldException("close", Double.toString(close), "a close within [low, high] = ["
                    + orNone(low) + ", " + orNone(high) + "]");
        }
        if (open > high || open < low) {
            throw new FieldException("open", Double.toString(open), "an open within [low, high] = ["
                    + orNone(low) + ", " + orNone(high) + "]");
        }
    }

    private static String orNone(double value) {
        return Double.isNaN(value) ? "none" : Double.toString(value);
    }
}
