package org.bellwether.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.calendar.Calendars;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.model.Found;
import org.bellwether.core.model.InstrumentKind;
import org.bellwether.core.series.Continuity;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.core.series.SplitAdjustment;
import org.bellwether.store.DailySnapshot;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;

/** Reads what the kernels need from the store into primitive-array series. One read-only attachment per call. */
public final class MarketData {

    /** Bounds of every intraday bar a store can hold (DuckDB's and java.time's ranges both contain them). */
    private static final Instant EARLIEST_BAR = Instant.parse("1800-01-01T00:00:00Z");
    private static final Instant LATEST_BAR = Instant.parse("2300-01-01T00:00:00Z");

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    private final MarketStore store;
    private final SessionIndex sessions = SessionIndex.of(NyseCalendar.INSTANCE); // the store's calendar
    private final ReferenceData reference = new ReferenceData(this);
    private final MacroData macro = new MacroData(this);
    private final ImportedResults results = new ImportedResults(this);
    private DailySnapshot snapshot; // the last one opened: mapping and reading its header cost more than a stat
    private volatile StoredAdjustments stored; // the instruments' kinds and the splits, as of one data generation

    /** What every read of daily bars needs besides the bars, read once per data generation. */
    private record StoredAdjustments(long generation, Map<String, InstrumentKind> kinds,
            Map<String, List<Split>> splits) {
    }

    /** Data of {@code store}. */
    public MarketData(MarketStore store) {
        this.store = store;
    }

    /** The instruments and their index memberships. */
    public ReferenceData reference() {
        return reference;
    }

    /** The companies' fundamentals, the macro series and the events. */
    public MacroData macro() {
        return macro;
    }

    /** The results computed elsewhere (Spark) and imported into the store. */
    public ImportedResults results() {
        return results;
    }

    /** The store's calendar's sessions: the NYSE's, which periods and as-of dates follow. */
    public SessionIndex sessions() {
        return sessions;
    }

    /**
     * The calendar whose sessions {@code symbol}'s bars follow (DESIGN: "Calendar"), by its kind in the instruments
     * table as of the store's data generation, else by the built-in reference: round the clock for crypto.
     */
    public TradingCalendar calendarOf(String symbol) {
        return calendarOf(symbol, stored().kinds());
    }

    /** The sessions of {@link #calendarOf symbol's calendar}, which judge its continuity and freshness. */
    public SessionIndex sessionsOf(String symbol) {
        return SessionIndex.of(calendarOf(symbol));
    }

    private static TradingCalendar calendarOf(String symbol, Map<String, InstrumentKind> storedKinds) {
        InstrumentKind kind = storedKinds.get(symbol);
        if (kind == null) {
            kind = KnownInstruments.bySymbol(symbol).map(known -> InstrumentKind.valueOf(known.kind())).orElse(null);
        }
        return Calendars.forKind(kind);
    }

    /**
     * The kinds and splits of the store's current data generation: read from DuckDB when an import has changed them,
     * else kept (a server answering thousands of reads a second would otherwise query both for every series).
     */
    private StoredAdjustments stored() {
        long generation = generation();
        StoredAdjustments current = stored;
        if (current == null || current.generation() != generation) {
            current = new StoredAdjustments(generation, readStoredKinds(), readSplits());
            stored = current;
        }
        return current;
    }

    private Map<String, InstrumentKind> readStoredKinds() {
        Map<String, InstrumentKind> kinds = new HashMap<>();
        query("instruments", "SELECT symbol, kind FROM instruments WHERE kind IS NOT NULL", List.of(),
                rows -> kinds.put(rows.getString(1), InstrumentKind.valueOf(rows.getString(2))));
        return Map.copyOf(kinds);
    }

    /** The store read. */
    public MarketStore store() {
        return store;
    }

    /** All daily bars of {@code symbol}, or why there are none. */
    public Found<DailySeries> daily(String symbol) {
        DailySeries series = dailySince(List.of(symbol), LocalDate.MIN).get(symbol);
        return series != null ? Found.of(series)
                : Found.none(new UnknownSymbolException(symbol, store.file().toString()));
    }

    /**
     * Writes the store's columnar snapshot now if it is missing or outdated, so that the reads of many symbols that
     * follow (a note reads every index's members several times) skip DuckDB; false when it cannot be written.
     */
    public boolean prepareManyReads() {
        return snapshotBuiltIfMissing().isPresent();
    }

    /**
     * The daily bars of {@code symbols} (all symbols with daily bars when null) on and after {@code from}, by symbol.
     * Symbols without bars in that range are absent from the map. Each series knows its holes in that range.
     */
    public Map<String, DailySeries> dailySince(Collection<String> symbols, LocalDate from) {
        Map<String, DailySeries> read = readDailySince(symbols, from);
        StoredAdjustments known = stored();
        Map<String, List<Split>> splits = known.splits();
        Map<String, InstrumentKind> kinds = known.kinds();
        read.replaceAll((symbol, series) -> Continuity.mark(splitSafe(series, splits.get(symbol)),
                SessionIndex.of(calendarOf(symbol, kinds))));
        return read;
    }

    /** A stored split: its ex-date as an epoch day, and new shares per old. */
    private record Split(int exDay, double ratio) {
    }

    /** {@code series} with its stored {@code splits} applied where its closes are unadjusted. */
    private static DailySeries splitSafe(DailySeries series, List<Split> splits) {
        if (splits == null) {
            return series;
        }
        return SplitAdjustment.apply(series, splits.stream().mapToInt(Split::exDay).toArray(),
                splits.stream().mapToDouble(Split::ratio).toArray());
    }

    /** The stored splits by symbol, by date. */
    private Map<String, List<Split>> readSplits() {
        Map<String, List<Split>> splits = new HashMap<>();
        query("corporate_actions", "SELECT symbol, CAST(date - DATE '1970-01-01' AS INTEGER), value FROM "
                + "corporate_actions WHERE kind = 'SPLIT' ORDER BY symbol, date", List.of(), rows -> splits
                .computeIfAbsent(rows.getString(1), symbol -> new ArrayList<>())
                .add(new Split(rows.getInt(2), rows.getDouble(3))));
        return splits;
    }

    private Map<String, DailySeries> readDailySince(Collection<String> symbols, LocalDate from) {
        Optional<DailySnapshot> snapshot = symbols == null ? snapshotBuiltIfMissing() : currentSnapshot();
        if (snapshot.isPresent()) {
            return snapshot.get().since(symbols, Math.clamp(from.toEpochDay(), Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        String filter = "date >= ?" + (symbols == null ? "" : " AND symbol IN (SELECT unnest(?::VARCHAR[]))");
        try (Connection connection = store.openReadOnly()) {
            // Two queries so that the bars stream as numbers only: how many bars each symbol has, then the bars in
            // the same order, cut into series by those counts (no String or LocalDate per row).
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement query = prepare(connection, "SELECT symbol, count(*) FROM daily_bars WHERE " + filter
                    + " GROUP BY symbol ORDER BY symbol", symbols, from); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            Map<String, DailySeries> result = new LinkedHashMap<>();
            try (PreparedStatement query = prepare(connection, "SELECT CAST(date - DATE '1970-01-01' AS INTEGER), "
                    + "close, high, low, volume FROM daily_bars WHERE " + filter + " ORDER BY symbol, date", symbols, from);
                    ResultSet rows = query.executeQuery()) {
                for (Map.Entry<String, Integer> symbol : counts.entrySet()) {
                    result.put(symbol.getKey(), readSeries(symbol.getKey(), symbol.getValue(), rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("could not read daily bars from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Collection<String> symbols,
            LocalDate from) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setObject(1, from.isBefore(EARLIEST) ? EARLIEST : from);
        if (symbols != null) {
            query.setArray(2, connection.createArrayOf("VARCHAR", symbols.toArray()));
        }
        return query;
    }

    private static DailySeries readSeries(String symbol, int size, ResultSet rows) throws SQLException {
        int[] days = new int[size];
        double[] closes = new double[size];
        double[] highs = new double[size];
        double[] lows = new double[size];
        double[] volumes = new double[size];
        for (int i = 0; i < size; i++) {
            rows.next();
            days[i] = rows.getInt(1);
            closes[i] = rows.getDouble(2);
            highs[i] = orNaN(rows, 3);
            lows[i] = orNaN(rows, 4);
            volumes[i] = orNaN(rows, 5);
        }
        return DailySeries.adopt(symbol, days, closes, highs, lows, volumes);
    }

    /** Column {@code column} of the current row; NaN when it is missing. */
    static double orNaN(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /**
     * An adjusted close (for splits and dividends, as Yahoo's Adj Close and Stooq's downloads give it) and the
     * import that wrote it: a source rescales its whole adjusted history at each dividend, so two adjusted closes
     * compare only when one import wrote both.
     *
     * @param value the adjusted close
     * @param importId the import that wrote it, or null for rows of stores older than import ids
     */
    public record AdjustedClose(double value, Long importId) {
    }

    /** The adjusted close of {@code symbol} on {@code date}, or empty when the bar has none. */
    public Optional<AdjustedClose> adjustedClose(String symbol, LocalDate date) {
        List<AdjustedClose> found = new ArrayList<>();
        query("daily_bars", "SELECT adj_close, import_id FROM daily_bars WHERE symbol = ? AND date = ? AND adj_close IS "
                + "NOT NULL", List.of(symbol, date), rows -> {
                    long id = rows.getLong(2);
                    found.add(new AdjustedClose(rows.getDouble(1), rows.wasNull() ? null : id));
                });
        return found.stream().findFirst();
    }

    /**
     * A stored cash dividend and the close of its ex-day as stored (the basis its cash per share is in).
     *
     * @param exDate the ex-dividend date
     * @param cash the cash per share
     * @param exClose the close of the ex-day, NaN when the store has no bar that day
     */
    public record Dividend(LocalDate exDate, double cash, double exClose) {
    }

    /** Whether the store holds any dividend of {@code symbol} (so that none in a period means none paid). */
    public boolean hasDividends(String symbol) {
        boolean[] any = {false};
        query("corporate_actions", "SELECT 1 FROM corporate_actions WHERE symbol = ? AND kind = 'DIVIDEND' LIMIT 1",
                List.of(symbol), rows -> any[0] = true);
        return any[0];
    }

    /** The stored dividends of {@code symbol} with an ex-date in {@code (after, upTo]}, by date. */
    public List<Dividend> dividends(String symbol, LocalDate after, LocalDate upTo) {
        List<Dividend> found = new ArrayList<>();
        query("corporate_actions", "SELECT a.date, a.value, b.close FROM corporate_actions a LEFT JOIN daily_bars b "
                + "ON b.symbol = a.symbol AND b.date = a.date WHERE a.symbol = ? AND a.kind = 'DIVIDEND' "
                + "AND a.date > ? AND a.date <= ? ORDER BY a.date", List.of(symbol, after, upTo),
                rows -> found.add(new Dividend(rows.getObject(1, LocalDate.class), rows.getDouble(2), orNaN(rows, 3))));
        return found;
    }

    /** All the intraday bars of {@code symbol} of length {@code intervalSeconds}. */
    public Found<IntradaySeries> intraday(String symbol, int intervalSeconds) {
        return intraday(symbol, intervalSeconds, EARLIEST_BAR, LATEST_BAR);
    }

    /** The intraday bars of {@code symbol} of length {@code intervalSeconds} starting in {@code [from, to)}. */
    public Found<IntradaySeries> intraday(String symbol, int intervalSeconds, Instant from, Instant to) {
        String sql = "SELECT epoch(ts)::BIGINT, open, high, low, close, volume FROM intraday_bars "
                + "WHERE symbol = ? AND interval_s = ? AND ts >= ? AND ts < ? ORDER BY ts";
        try (Connection connection = store.openReadOnly(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, symbol);
            query.setInt(2, intervalSeconds);
            query.setObject(3, from.atOffset(ZoneOffset.UTC));
            query.setObject(4, to.atOffset(ZoneOffset.UTC));
            LongList starts = new LongList();
            DoubleList[] values = {new DoubleList(), new DoubleList(), new DoubleList(), new DoubleList(),
                new DoubleList()};
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    starts.add(rows.getLong(1));
                    for (int column = 0; column < values.length; column++) {
                        values[column].add(orNaN(rows, column + 2));
                    }
                }
            }
            if (starts.size == 0) {
                return Found.none("the store " + store.file() + " has no " + intervalSeconds + "-second bars of "
                        + symbol + " from " + from + " to " + to + " (bellwether symbols lists what it holds)");
            }
            return Found.of(IntradaySeries.of(symbol, intervalSeconds, starts.toArray(), values[0].toArray(),
                    values[1].toArray(), values[2].toArray(), values[3].toArray(), values[4].toArray()));
        } catch (SQLException e) {
            throw new StoreException("could not read intraday bars from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
    }

    /** What a query does with each row. */
    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} (collections become VARCHAR arrays) and reads every row. */
    void query(String table, String sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = store.openReadOnly(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                query.setObject(i + 1, parameter instanceof Collection<?> values
                        ? connection.createArrayOf("VARCHAR", values.toArray()) : parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + table + " from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store's {@link DailySnapshot}, written first when it is missing or outdated (reads of every symbol pay for
     * it once per store state, and then skip DuckDB); empty when it cannot be written.
     */
    private Optional<DailySnapshot> snapshotBuiltIfMissing() {
        Optional<DailySnapshot> current = currentSnapshot();
        if (current.isPresent()) {
            return current;
        }
        Optional<DailySnapshot.Fingerprint> fingerprint = DailySnapshot.Fingerprint.of(store);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = store.openReadOnly()) {
            if (!DailySnapshot.write(store, fingerprint.get(), connection)) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read daily bars from " + store.file() + ": " + e.getMessage(), e);
        }
        return currentSnapshot();
    }

    /** The store's snapshot when it matches the store file now (the one already open if it still does). */
    private synchronized Optional<DailySnapshot> currentSnapshot() {
        if (snapshot == null || !snapshot.isCurrent(store)) {
            snapshot = DailySnapshot.openIfCurrent(store).orElse(null);
        }
        return Optional.ofNullable(snapshot);
    }

    /** For each symbol, its highest close before {@code date} and its first session (for record counts). */
    public Map<String, double[]> historyBefore(LocalDate date) {
        Optional<DailySnapshot> snapshot = currentSnapshot();
        if (snapshot.isPresent()) {
            return snapshot.get().highestCloseBefore((int) date.toEpochDay());
        }
        try (Connection connection = store.openReadOnly();
                PreparedStatement query = connection.prepareStatement("SELECT symbol, max(close), "
                        + "min(date) - DATE '1970-01-01' FROM daily_bars WHERE date < ? GROUP BY symbol")) {
            query.setObject(1, date);
            Map<String, double[]> result = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), new double[] {rows.getDouble(2), rows.getLong(3)});
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("could not read daily bars from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sources of the store's simulated instruments, e.g. "simulated: small-cap-breakout-2026 (seed 42)", when it
     * holds any: outputs computed from them must say so.
     */
    public Optional<String> simulatedSources() {
        Optional<DailySnapshot> snapshot = currentSnapshot();
        if (snapshot.isPresent()) {
            return Optional.of(snapshot.get().simulatedSources()).filter(sources -> !sources.isEmpty());
        }
        try (Connection connection = store.openReadOnly()) {
            return Optional.of(DailySnapshot.simulatedSources(connection)).filter(sources -> !sources.isEmpty());
        } catch (SQLException e) {
            throw new StoreException("could not read instruments from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the store's data come from, as facts name it: the simulated scenario, or the store's file by its name (not
     * its folder, which answers served off the machine would show), and the data generation (the snapshot's when it
     * is current, which spares DuckDB).
     */
    public DataSource source() {
        long generation = generation();
        return simulatedSources().map(sources -> new DataSource(sources, true, generation))
                .orElseGet(() -> new DataSource("store " + store.file().getFileName(), false,
                        generation));
    }

    /** A daily bar's open as stored, with the close stored beside it (to scale the open as the close was). */
    public record StoredOpen(double open, double close) {
    }

    /**
     * The stored opens of {@code symbol}'s daily bars from {@code from} to {@code to}, by date; dates whose bar has no
     * open are absent. Series and facts use closes only; a chart's candles need the opens.
     */
    public Map<LocalDate, StoredOpen> dailyOpens(String symbol, LocalDate from, LocalDate to) {
        Map<LocalDate, StoredOpen> opens = new HashMap<>();
        query("daily_bars", "SELECT date, open, close FROM daily_bars WHERE symbol = ? AND date BETWEEN ? AND ? AND "
                + "open IS NOT NULL", List.of(symbol, from, to), rows -> opens.put(rows.getObject(1, LocalDate.class),
                new StoredOpen(rows.getDouble(2), rows.getDouble(3))));
        return opens;
    }

    /** The store's data generation: the snapshot's when it is current, which spares DuckDB. */
    public long generation() {
        return currentSnapshot().map(DailySnapshot::generation).orElseGet(store::generation);
    }

    /** The shortest length (seconds) of {@code symbol}'s intraday bars; one minute when it has none. */
    public int finestInterval(String symbol) {
        int[] finest = {60};
        query("intraday_bars", "SELECT min(interval_s) FROM intraday_bars WHERE symbol = ?", List.of(symbol), rows -> {
            int shortest = rows.getInt(1);
            finest[0] = rows.wasNull() ? finest[0] : shortest;
        });
        return finest[0];
    }

    /** The bar lengths (seconds) of each symbol's intraday bars, by symbol, sorted. */
    public Map<String, List<Integer>> intradayIntervals() {
        Map<String, List<Integer>> intervals = new LinkedHashMap<>();
        query("intraday_bars", "SELECT DISTINCT symbol, interval_s FROM intraday_bars ORDER BY symbol, interval_s",
                List.of(), rows -> intervals.computeIfAbsent(rows.getString(1), symbol -> new ArrayList<>())
                        .add(rows.getInt(2)));
        return intervals;
    }

    /**
     * Of {@code symbols}, the spellings of one instrument (^GSPC and ^SPX), the one the note and the checker read as of
     * {@code asOf} among those in {@code withBars} (the store's {@link #dailySymbols()}): whose daily bars are not
     * stale on the date, then with the longest history; empty when none has daily bars. A single one held is taken
     * without reading its bars.
     */
    public Optional<String> heldOn(Collection<String> symbols, LocalDate asOf, Collection<String> withBars) {
        List<String> held = symbols.stream().filter(withBars::contains).toList();
        return held.size() < 2 ? held.stream().findFirst() : held.stream().min(Comparator
                .comparing((String symbol) -> isStale(symbol, asOf))
                .thenComparing(symbol -> daily(symbol).require().firstDate()));
    }

    /** Whether {@code symbol}'s daily bars are stale on {@code asOf} (DESIGN: "Freshness"). */
    public boolean isStale(String symbol, LocalDate asOf) {
        return Freshness.staleSince(daily(symbol).require(), asOf, sessionsOf(symbol)).isPresent();
    }

    /** The symbols with daily bars, sorted. */
    public List<String> dailySymbols() {
        List<String> symbols = new ArrayList<>();
        query("daily_bars", "SELECT DISTINCT symbol FROM daily_bars ORDER BY symbol", List.of(),
                rows -> symbols.add(rows.getString(1)));
        return symbols;
    }
}
