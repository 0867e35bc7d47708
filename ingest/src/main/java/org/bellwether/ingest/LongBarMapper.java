package org.bellwether.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.model.Symbols;
import org.bellwether.store.Tables;

/**
 * Maps files with one bar per record: the long format, Yahoo and Stooq downloads, and Parquet. Columns are found by
 * name; a missing symbol column takes the symbol from {@code --symbol} or the file name.
 */
final class LongBarMapper implements RowMapper {

    /** Columns that date a bar (daily) or label it by its start (intraday). */
    private static final String[] START_TIME_COLUMNS = {"date", "timestamp", "ts", "datetime", "time"};
    /** Columns that label a bar by its end (crypto exchanges' klines): the bar is stored by its start. */
    private static final String[] END_TIME_COLUMNS = {"end_time_utc", "end_time", "close_time", "end_time_ms"};

    private static final List<String> YAHOO_HEADER = List.of("date", "open", "high", "low", "close", "adj_close", "volume");

    private final String format;
    private final String fixedSymbol;
    private final int symbolColumn;
    private final int dateColumn;
    private final int timeColumn;
    private final int periodColumn;
    private final int intervalColumn;
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
    private String lastSymbolField;
    private String lastSymbol;
    private long rangesWidened;
    private static final String TOLERATED = " (or at most " + Math.round(Definitions.BAR_RANGE_TOLERANCE * 100)
            + "% outside it, which widens the range)";

    LongBarMapper(String format, Header header, RecordSource source, BarOptions options) {
        this.format = format;
        this.stooq = format.equals("stooq");
        this.symbolColumn = header.find("symbol", "ticker");
        int end = header.find(START_TIME_COLUMNS) >= 0 ? -1 : header.find(END_TIME_COLUMNS);
        this.dateColumn = end >= 0 ? end : header.require(START_TIME_COLUMNS);
        this.dateField = header.original(dateColumn);
        if (end >= 0 && options.intervalSeconds().isEmpty()) {
            throw new BadInputException(source.name(), 1, "line 1", "labels its bars by their end (" + dateField
                    + "); give the bar length with --interval (e.g. --interval 5m), so that each bar is stored by its "
                    + "start");
        }
        int time = header.find("time");
        this.timeColumn = time == dateColumn ? -1 : time;
        this.periodColumn = stooq ? header.find("per") : -1;
        this.intervalColumn = header.find("interval_s");
        this.openColumn = header.find("open");
        this.highColumn = header.find("high");
        this.lowColumn = header.find("low");
        this.closeColumn = header.require("close");
        this.adjCloseColumn = header.find("adj_close", "adjclose", "adjusted_close");
        this.volumeColumn = header.find("volume", "vol");
        this.times = new BarTimes(options.zone(), options.intervalSeconds(), end >= 0);
        this.fixedSymbol = fixedSymbol(header, symbolColumn, source, options);
    }

    /**
     * The one symbol of a file without a symbol column (at {@code symbolColumn}, -1 when none): {@code --symbol}, else
     * the file name's; null when the file has a symbol column.
     */
    static String fixedSymbol(Header header, int symbolColumn, RecordSource source, BarOptions options) {
        if (symbolColumn >= 0 && options.symbol() != null) {
            throw new BadInputException(source.name(), "has a symbol column (" + header.original(symbolColumn)
                    + "); --symbol is only for files without one");
        }
        if (symbolColumn >= 0) {
            return null;
        }
        if (options.symbol() != null) {
            return options.symbol();
        }
        String fromName = symbolFromFileName(source.name());
        if (fromName == null) {
            throw new BadInputException(source.name(), "has no symbol column and its name does not make a symbol;"
                    + " give one with --symbol");
        }
        return fromName;
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
        String symbol = fixedSymbol != null ? fixedSymbol : symbol(source.field(symbolColumn));
        Boolean daily = null;
        int interval = times.intervalSeconds();
        if (intervalColumn >= 0 && !Fields.isMissing(source.field(intervalColumn))) {
            interval = Fields.integer(source.header().get(intervalColumn), source.field(intervalColumn), 1, 86_400);
        }
        if (periodColumn >= 0) {
            String raw = source.field(periodColumn);
            if (Fields.isMissing(raw)) {
                throw new FieldException("PER", raw == null ? "" : raw, "D (daily) or a bar length in minutes");
            }
            String period = raw.strip().toUpperCase(Locale.ROOT);
            daily = period.equals("D");
            if (!daily) {
                interval = stooqPeriodSeconds(period);
            }
        }
        String dateRaw = source.field(dateColumn);
        String when = times.normalize(dateField, dateRaw, timeColumn >= 0 ? source.field(timeColumn) : null, daily);
        double close = Fields.price("close", closeRaw);
        double open = price(source, openColumn);
        double high = price(source, highColumn);
        double low = price(source, lowColumn);
        checkRange(open, high, low, close);
        double heldHigh = widenedHigh(high, open, close);
        double heldLow = widenedLow(low, open, close);
        // Double.compare: a NaN bound (no such column) stays NaN and is no widening
        boolean widened = Double.compare(heldHigh, high) != 0 || Double.compare(heldLow, low) != 0;
        rangesWidened += widened ? 1 : 0;
        String[] row = times.intraday() ? new String[Tables.INTRADAY_BARS.columns().size()]
                : new String[Tables.DAILY_BARS.columns().size()];
        int at = 0;
        row[at++] = symbol;
        row[at++] = when;
        if (times.intraday()) {
            row[at++] = Integer.toString(interval);
        }
        row[at++] = text(source, openColumn, open);
        row[at++] = widened ? Double.toString(heldHigh) : text(source, highColumn, high);
        row[at++] = widened ? Double.toString(heldLow) : text(source, lowColumn, low);
        row[at++] = Fields.numberText(closeRaw, close);
        if (!times.intraday()) {
            row[at++] = text(source, adjCloseColumn, price(source, adjCloseColumn));
        }
        row[at] = volume(source);
        sink.add(times.table(), row);
    }

    /** The volume's staging text: a number that is not negative (fractions for coins and currencies). */
    private String volume(RecordSource source) throws FieldException {
        if (volumeColumn < 0 || Fields.isMissing(source.field(volumeColumn))) {
            return null;
        }
        String raw = source.field(volumeColumn);
        return Fields.numberText(raw, Fields.volume("volume", raw));
    }

    @Override
    public DirectPlan directPlan(RecordSource source) {
        if (!(source instanceof CsvRecordSource csv) || !csv.commaSeparated() || timeColumn >= 0 || periodColumn >= 0
                || intervalColumn >= 0 || !times.mayBeDaily()) {
            return null;
        }
        int[] storeColumnOf = new int[source.header().size()];
        Arrays.fill(storeColumnOf, -1);
        int[][] roles = {{symbolColumn, CanonicalScan.SYMBOL}, {dateColumn, CanonicalScan.DATE},
            {openColumn, CanonicalScan.OPEN}, {highColumn, CanonicalScan.HIGH}, {lowColumn, CanonicalScan.LOW},
            {closeColumn, CanonicalScan.CLOSE}, {adjCloseColumn, CanonicalScan.ADJ_CLOSE},
            {volumeColumn, CanonicalScan.VOLUME}};
        for (int[] role : roles) {
            if (role[0] >= 0) {
                storeColumnOf[role[0]] = role[1];
            }
        }
        return new DirectPlan(csv.file(), Tables.DAILY_BARS, new CanonicalScan(storeColumnOf.length, storeColumnOf,
                fixedSymbol));
    }

    /** The symbol of a record; long files repeat one symbol for many rows, so the last one is remembered. */
    private String symbol(String field) throws FieldException {
        if (Fields.isMissing(field)) {
            throw new FieldException("symbol", field == null ? "" : field, "a symbol");
        }
        if (!field.equals(lastSymbolField)) {
            String symbol = Fields.symbol("symbol", field);
            lastSymbol = stooq && symbol.endsWith(".US") ? symbol.substring(0, symbol.length() - 3) : symbol;
            lastSymbolField = field;
        }
        return lastSymbol;
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

    /**
     * Checks low <= open, close <= high for the prices present (NaN = absent; comparisons with NaN are false), up to
     * {@link Definitions#BAR_RANGE_TOLERANCE} of the price outside, which the range is then widened to hold.
     */
    private static void checkRange(double open, double high, double low, double close) throws FieldException {
        if (high < low) {
            throw new FieldException("high", Double.toString(high), "a high at or above the low (" + low + ")");
        }
        double above = high * (1 + Definitions.BAR_RANGE_TOLERANCE);
        double below = low * (1 - Definitions.BAR_RANGE_TOLERANCE);
        if (close > above || close < below) {
            throw new FieldException("close", Double.toString(close), "a close within [low, high] = ["
                    + orNone(low) + ", " + orNone(high) + "]" + TOLERATED);
        }
        if (open > above || open < below) {
            throw new FieldException("open", Double.toString(open), "an open within [low, high] = ["
                    + orNone(low) + ", " + orNone(high) + "]" + TOLERATED);
        }
    }

    /** The high raised to an open or close above it (within the tolerance, checked before); NaN stays NaN. */
    private static double widenedHigh(double high, double open, double close) {
        double held = high;
        held = open > held ? open : held;
        return close > held ? close : held;
    }

    /** The low lowered to an open or close below it (within the tolerance, checked before); NaN stays NaN. */
    private static double widenedLow(double low, double open, double close) {
        double held = low;
        held = open < held ? open : held;
        return close < held ? close : held;
    }

    @Override
    public long rangesWidened() {
        return rangesWidened;
    }

    private static String orNone(double value) {
        return Double.isNaN(value) ? "none" : Double.toString(value);
    }
}
