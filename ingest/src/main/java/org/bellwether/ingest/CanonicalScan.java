package org.bellwether.ingest;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.bellwether.store.ArrowRows;
import org.bellwether.store.DirectTally;
import org.bellwether.store.RowBatch;
import org.bellwether.store.SeriesSpan;
import org.bellwether.store.Tables;

/**
 * The fast path's reading of a long CSV of daily bars, on every core, byte by byte: each row is checked to be
 * canonical (text whose values the ordinary path would store as they stand: upper-case symbols, ISO dates, plain
 * decimals, no quotes, no missing closes, no range to widen) and valid (positive prices, the open and the close within
 * [low, high], volumes not negative), and its values go into Arrow batches that DuckDB inserts as they come
 * ({@link ArrowRows}). A file this scan cannot vouch for, for any reason, is left to the ordinary path, which reads it
 * record by record and names the line and field of any error: so this scan never reports one.
 *
 * <p>Each thread takes a part of the file cut at a line end; the parts' row counts add up, and the keys (symbol,
 * date) are proven distinct when they strictly increase within each part and across the cuts.
 */
final class CanonicalScan {

    /** The columns of daily bars, as the store orders them. */
    static final int SYMBOL = Tables.DAILY_BARS.indexOf("symbol");
    static final int DATE = Tables.DAILY_BARS.indexOf("date");
    static final int OPEN = Tables.DAILY_BARS.indexOf("open");
    static final int HIGH = Tables.DAILY_BARS.indexOf("high");
    static final int LOW = Tables.DAILY_BARS.indexOf("low");
    static final int CLOSE = Tables.DAILY_BARS.indexOf("close");
    static final int ADJ_CLOSE = Tables.DAILY_BARS.indexOf("adj_close");
    static final int VOLUME = Tables.DAILY_BARS.indexOf("volume");
    private static final int STORE_COLUMNS = Tables.DAILY_BARS.columns().size();
    private static final int[] PRICES = {OPEN, HIGH, LOW, CLOSE, ADJ_CLOSE};
    private static final int[] NUMBERS = {OPEN, HIGH, LOW, CLOSE, ADJ_CLOSE, VOLUME};
    /** Marks a date the scan cannot vouch for; no epoch day of year 1 or later is this low. */
    private static final int NOT_A_DATE = Integer.MIN_VALUE;

    /** Marks a number the scan cannot vouch for; no price is negative infinity. */
    private static final double MALFORMED = Double.NEGATIVE_INFINITY;
    private static final int BLOCK = 1 << 22;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final int LONGEST_LINE = 1 << 16;
    private static final double[] POWERS_OF_TEN = new double[16];
    private static final boolean[] SYMBOL_BYTES = new boolean[256];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = Math.pow(10, i);
        }
        for (byte b : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.^=_-".getBytes(StandardCharsets.US_ASCII)) {
            SYMBOL_BYTES[b] = true;
        }
    }

    private final int fileColumns;
    /** For each file column, the store column it fills, or -1 for a column the import ignores. */
    private final int[] storeColumnOf;
    private final boolean hasSymbolColumn;
    /** The one symbol of every row of a file without a symbol column, as UTF-8. */
    private final byte[] fixedSymbol;

    /**
     * @param fileColumns the number of columns of the file
     * @param storeColumnOf for each file column, the daily-bar column it holds (its index among
     *     {@code Tables.DAILY_BARS}' columns) or -1
     * @param fixedSymbol the symbol of all rows of a file without a symbol column (ignored when it has one)
     */
    CanonicalScan(int fileColumns, int[] storeColumnOf, String fixedSymbol) {
        this.fileColumns = fileColumns;
        this.storeColumnOf = storeColumnOf.clone();
        this.hasSymbolColumn = Arrays.stream(storeColumnOf).anyMatch(column -> column == SYMBOL);
        this.fixedSymbol = hasSymbolColumn ? null : fixedSymbol.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Scans {@code file} on {@code threads} threads, putting its rows into {@code rows} and telling {@code progress}
     * the bytes read so far; the tally of its rows, or null when the file is not canonical and valid throughout. The
     * rows are ended when the tally is returned, abandoned otherwise.
     */
    DirectTally scan(Path file, int threads, ArrowRows rows, LongConsumer progress) {
        DirectTally tally = null;
        try {
            tally = read(file, threads, rows, progress);
            if (tally != null) {
                rows.end();
            }
            return tally;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } finally {
            if (tally == null) {
                rows.abandon();
            }
        }
    }

    private DirectTally read(Path file, int threads, ArrowRows rows, LongConsumer progress) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long dataStart = dataStart(channel);
            if (dataStart < 0) {
                return null;
            }
            long[] cuts = cuts(channel, dataStart, threads);
            AtomicLong read = new AtomicLong(dataStart);
            ExecutorService pool = Executors.newFixedThreadPool(cuts.length - 1, runnable -> {
                Thread thread = new Thread(runnable, "bellwether-scan");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Part>> parts = new ArrayList<>();
                for (int i = 0; i + 1 < cuts.length; i++) {
                    long from = cuts[i];
                    long to = cuts[i + 1];
                    parts.add(pool.submit(() -> new Part(rows).scan(channel, from, to, read)));
                }
                return combine(awaitAll(parts, read, progress));
            } finally {
                pool.shutdownNow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static List<Part> awaitAll(List<Future<Part>> parts, AtomicLong read, LongConsumer progress) {
        List<Part> done = new ArrayList<>();
        try {
            for (Future<Part> part : parts) {
                while (true) {
                    try {
                        done.add(part.get(100, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException stillReading) {
                        progress.accept(read.get());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("the scan failed: " + e.getCause(), e.getCause());
        }
        progress.accept(read.get());
        return done;
    }

    private static DirectTally combine(List<Part> parts) {
        long rows = 0;
        boolean increasing = true;
        List<SeriesSpan> spans = new ArrayList<>();
        Part before = null;
        for (Part part : parts) {
            if (!part.canonical) {
                return null;
            }
            if (part.rows == 0) {
                continue;
            }
            rows += part.rows;
            increasing &= part.increasing && (before == null || compareKeys(before.lastSymbol, before.lastDate,
                    part.firstSymbol, part.firstDate) < 0);
            part.endSpan(part.rows);
            SeriesSpan first = part.spans.get(0);
            SeriesSpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && previous.symbol().equals(first.symbol())) { // a symbol across the cut: one span
                spans.set(spans.size() - 1, new SeriesSpan(first.symbol(), previous.bars() + first.bars(),
                        previous.first(), first.last()));
                spans.addAll(part.spans.subList(1, part.spans.size()));
            } else {
                spans.addAll(part.spans);
            }
            before = part;
        }
        return new DirectTally(rows, increasing, spans);
    }

    /** The offset of the first data line: after a header free of quotes; -1 when the header cannot be vouched for. */
    private static long dataStart(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(LONGEST_LINE, channel.size()));
        channel.read(head, 0);
        for (int i = 0; i < head.position(); i++) {
            byte b = head.get(i);
            if (b == '"' || (i == 0 && (b & 0xff) == 0xEF)) { // quotes, or a byte-order mark
                return -1;
            }
            if (b == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Offsets cutting the data into {@code threads} parts, each cut just after a line end. */
    private static long[] cuts(FileChannel channel, long dataStart, int threads) throws IOException {
        long size = channel.size();
        long[] cuts = new long[threads + 1];
        cuts[0] = dataStart;
        ByteBuffer probe = ByteBuffer.allocate(LONGEST_LINE);
        for (int i = 1; i < threads; i++) {
            long at = Math.max(cuts[i - 1], dataStart + (size - dataStart) * i / threads);
            probe.clear();
            int n = Math.max(0, channel.read(probe, at));
            int newline = -1;
            for (int j = 0; j < n && newline < 0; j++) {
                newline = probe.get(j) == '\n' ? j : -1;
            }
            cuts[i] = newline < 0 ? size : at + newline + 1;
        }
        cuts[threads] = size;
        return cuts;
    }

    private static int compareKeys(byte[] symbolA, int dateA, byte[] symbolB, int dateB) {
        int bySymbol = Arrays.compare(symbolA, symbolB);
        return bySymbol != 0 ? bySymbol : Integer.compare(dateA, dateB);
    }

    /**
     * One thread's part of the file: its rows, put into the Arrow rows batch by batch; its count, its first and last
     * keys, its symbols' spans (when the keys increase), and whether all of it was canonical.
     */
    private final class Part {
        long rows;
        boolean canonical = true;
        boolean increasing = true;
        byte[] firstSymbol;
        int firstDate;
        byte[] lastSymbol = new byte[0];
        int lastDate;
        final List<SeriesSpan> spans = new ArrayList<>();
        /** The rows before the current symbol's, and its first date. */
        private long spanStart;
        private int spanFirstDate;
        private final int[] starts = new int[fileColumns];
        private final int[] ends = new int[fileColumns];
        private final double[] prices = new double[STORE_COLUMNS];
        private final ArrowRows sink;
        private RowBatch batch;
        /** The "yyyy-mm-" of the last date read, as 8 bytes, with its month's first epoch day and its length. */
        private long month = -1;
        private int monthFirstDay;
        private int monthLength;

        Part(ArrowRows sink) {
            this.sink = sink;
        }

        Part scan(FileChannel channel, long from, long to, AtomicLong read) throws IOException, InterruptedException {
            byte[] block = new byte[BLOCK];
            ByteBuffer buffer = ByteBuffer.wrap(block);
            long position = from;
            int carried = 0;
            while (position < to && canonical) {
                buffer.clear().position(carried).limit((int) Math.min(BLOCK, carried + to - position));
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                position += n;
                read.addAndGet(n);
                int length = carried + n;
                int lineStart = 0;
                for (int lineEnd; canonical && (lineEnd = line(block, lineStart, length, false)) >= 0; ) {
                    lineStart = lineEnd + 1;
                }
                carried = length - lineStart;
                if (carried >= LONGEST_LINE) {
                    canonical = false;
                }
                System.arraycopy(block, lineStart, block, 0, carried);
            }
            if (carried > 0 && canonical) { // a last line without its line end
                line(block, 0, carried, true);
            }
            if (canonical && batch != null && batch.rows() > 0) {
                sink.put(batch);
            }
            return this;
        }

        /**
         * Checks the line starting at {@code from} and adds it to the rows: the offset of its line end, or -1 when no
         * line end comes before {@code limit} (unless {@code last}: the line ends there) or the line is not canonical.
         */
        private int line(byte[] bytes, int from, int limit, boolean last) throws InterruptedException {
            int field = 0;
            starts[0] = from;
            int i = from;
            for (; i < limit; i++) {
                byte b = bytes[i];
                if (b == ',') {
                    if (++field == fileColumns) {
                        canonical = false;
                        return -1;
                    }
                    ends[field - 1] = i;
                    starts[field] = i + 1;
                } else if (b == '\n') {
                    break;
                } else if (b == '"') {
                    canonical = false;
                    return -1;
                }
            }
            if (i == limit && !last) {
                return -1; // the rest of the line is in the next block
            }
            int to = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
            if (field != fileColumns - 1 || to < starts[field]) {
                canonical = false;
                return -1;
            }
            ends[field] = to;
            if (!row(bytes)) {
                canonical = false;
                return -1;
            }
            return i;
        }

        /** Checks the fields of the line just split and adds its row; false when it is not canonical and valid. */
        private boolean row(byte[] bytes) throws InterruptedException {
            Arrays.fill(prices, Double.NaN);
            int symbolFrom = -1;
            int symbolTo = -1;
            int bySymbol = 0; // against the row before's: a file without a symbol column has one
            int date = NOT_A_DATE;
            for (int column = 0; column < fileColumns; column++) {
                int storeColumn = storeColumnOf[column];
                if (storeColumn < 0) {
                    continue;
                }
                int start = starts[column];
                int end = ends[column];
                if (start == end) {
                    if (storeColumn == SYMBOL || storeColumn == DATE || storeColumn == CLOSE) {
                        return false;
                    }
                    continue;
                }
                if (storeColumn == SYMBOL) {
                    bySymbol = compareSymbol(bytes, start, end, lastSymbol);
                    if (bySymbol != 0 && !isSymbol(bytes, start, end)) { // the symbol before was checked already
                        return false;
                    }
                    symbolFrom = start;
                    symbolTo = end;
                } else if (storeColumn == DATE) {
                    date = date(bytes, start, end);
                } else {
                    prices[storeColumn] = plainNumber(bytes, start, end);
                }
            }
            if (date == NOT_A_DATE || !validPrices()) {
                return false;
            }
            rows++;
            key(bytes, symbolFrom, symbolTo, bySymbol, date);
            if (batch == null) {
                batch = sink.emptyBatch();
            }
            if (hasSymbolColumn) {
                batch.text(SYMBOL, bytes, symbolFrom, symbolTo);
            } else {
                batch.text(SYMBOL, fixedSymbol, 0, fixedSymbol.length);
            }
            batch.day(DATE, date);
            for (int column : NUMBERS) {
                batch.number(column, prices[column]); // absent: NaN, stored as null
            }
            if (batch.endRow()) {
                sink.put(batch);
                batch = null;
            }
            return true;
        }

        /**
         * The epoch day of a date written {@code yyyy-mm-dd}, else NOT_A_DATE; a date in the month of the one before
         * (most are) costs its day's two digits.
         */
        private int date(byte[] bytes, int from, int to) {
            if (to - from == 10 && (long) EIGHT_BYTES.get(bytes, from) == month) {
                int day = digits(bytes, from + 8, to);
                return day >= 1 && day <= monthLength ? monthFirstDay + day - 1 : NOT_A_DATE;
            }
            int date = isoDate(bytes, from, to);
            if (date != NOT_A_DATE) {
                LocalDate day = LocalDate.ofEpochDay(date);
                month = (long) EIGHT_BYTES.get(bytes, from);
                monthFirstDay = date - day.getDayOfMonth() + 1;
                monthLength = day.lengthOfMonth();
            }
            return date;
        }

        /** Positive prices, a volume not negative, and the open and close within [low, high] as they stand. */
        private boolean validPrices() {
            for (int column : PRICES) {
                if (prices[column] <= 0) { // not positive, or MALFORMED; an absent price (NaN) passes
                    return false;
                }
            }
            if (Double.isNaN(prices[CLOSE]) || prices[VOLUME] < 0) {
                return false;
            }
            double high = prices[HIGH];
            double low = prices[LOW];
            double open = prices[OPEN];
            double close = prices[CLOSE];
            // as in the ordinary path, comparisons with an absent price (NaN) are false; a range to widen is left to it
            return !(high < low) && !(open > high) && !(close > high) && !(open < low) && !(close < low);
        }

        /**
         * Follows the keys: strictly increasing (symbol, then date) proves them distinct. {@code bySymbol} compares
         * the row's symbol with the row before's.
         */
        private void key(byte[] bytes, int symbolFrom, int symbolTo, int bySymbol, int date) {
            if (rows == 1) {
                firstSymbol = hasSymbolColumn ? Arrays.copyOfRange(bytes, symbolFrom, symbolTo) : fixedSymbol;
                firstDate = date;
                lastSymbol = firstSymbol;
                lastDate = date;
                spanFirstDate = date;
                return;
            }
            increasing &= bySymbol > 0 || (bySymbol == 0 && date > lastDate);
            if (bySymbol != 0) {
                endSpan(rows - 1);
                lastSymbol = Arrays.copyOfRange(bytes, symbolFrom, symbolTo);
                spanStart = rows - 1;
                spanFirstDate = date;
            }
            lastDate = date;
        }

        /** Adds the span of the symbol read last, which ended with the part's row {@code end}. */
        void endSpan(long end) {
            spans.add(new SeriesSpan(new String(lastSymbol, StandardCharsets.UTF_8), end - spanStart,
                    LocalDate.ofEpochDay(spanFirstDate), LocalDate.ofEpochDay(lastDate)));
        }
    }

    /** Compares {@code [from, to)} with {@code symbol} as Arrays.compare does (symbols are ASCII: as their text). */
    private static int compareSymbol(byte[] bytes, int from, int to, byte[] symbol) {
        int common = Math.min(to - from, symbol.length);
        for (int i = 0; i < common; i++) {
            int difference = bytes[from + i] - symbol[i];
            if (difference != 0) {
                return difference;
            }
        }
        return to - from - symbol.length;
    }

    /** Whether {@code [from, to)} is a valid symbol as written (1 to 20 of A-Z 0-9 . ^ = _ -). */
    private static boolean isSymbol(byte[] bytes, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!SYMBOL_BYTES[bytes[i] & 0xff]) {
                return false;
            }
        }
        return true;
    }

    /** A real calendar date written {@code yyyy-mm-dd} (year 1 or later) as its epoch day, else NOT_A_DATE. */
    private static int isoDate(byte[] bytes, int from, int to) {
        if (to - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return NOT_A_DATE;
        }
        int year = digits(bytes, from, from + 4);
        int month = digits(bytes, from + 5, from + 7);
        int day = digits(bytes, from + 8, from + 10);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return NOT_A_DATE;
        }
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    /** The digits of {@code [from, to)} as a number, or -1 when one is no digit. */
    private static int digits(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * A plain decimal written {@code digits[.digits]}, parsed to the double the ordinary path's parser gives (exactly:
     * up to 15 significant digits a whole number over a power of ten is correctly rounded; longer ones go to that
     * parser); {@link #MALFORMED} otherwise.
     */
    private static double plainNumber(byte[] bytes, int from, int to) {
        long mantissa = 0;
        int digits = 0;
        int point = -1;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '.') {
                if (point >= 0 || i == from || i == to - 1) {
                    return MALFORMED;
                }
                point = i;
            } else if (b >= '0' && b <= '9') {
                if (digits > 0 || b != '0') {
                    digits++;
                }
                mantissa = digits <= 18 ? mantissa * 10 + (b - '0') : mantissa;
            } else {
                return MALFORMED;
            }
        }
        int decimals = point < 0 ? 0 : to - point - 1;
        if (digits <= 15 && decimals < POWERS_OF_TEN.length) {
            return mantissa / POWERS_OF_TEN[decimals];
        }
        return JavaDoubleParser.parseDouble(bytes, from, to - from);
    }
}
