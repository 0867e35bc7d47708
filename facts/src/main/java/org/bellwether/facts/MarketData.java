package org.bellwether.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.series.DailySeries;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;

/** Reads what the kernels need from the store into primitive-array series. One read-only attachment per call. */
public final class MarketData {

    private final MarketStore store;

    /** Data of {@code store}. */
    public MarketData(MarketStore store) {
        this.store = store;
    }

    /** The store read. */
    public MarketStore store() {
        return store;
    }

    /** All daily bars of {@code symbol}. */
    public DailySeries daily(String symbol) {
        Map<String, DailySeries> series = dailySince(List.of(symbol), LocalDate.MIN);
        DailySeries found = series.get(symbol);
        if (found == null) {
            throw new UnknownSymbolException(symbol, store.file().toString());
        }
        return found;
    }

    /**
     * The daily bars of {@code symbols} (all symbols with daily bars when null) on and after {@code from}, by symbol.
     * Symbols without bars in that range are absent from the map.
     */
    public Map<String, DailySeries> dailySince(Collection<String> symbols, LocalDate from) {
        String filter = symbols == null ? "" : " AND symbol IN (SELECT unnest(?::VARCHAR[]))";
        String sql = "SELECT symbol, date, close, high, volume FROM daily_bars WHERE date >= ?" + filter
                + " ORDER BY symbol, date";
        try (Connection connection = store.openReadOnly(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from.isBefore(LocalDate.of(1, 1, 1)) ? LocalDate.of(1, 1, 1) : from);
            if (symbols != null) {
                query.setArray(2, connection.createArrayOf("VARCHAR", symbols.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                return readSeries(rows);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read daily bars from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, DailySeries> readSeries(ResultSet rows) throws SQLException {
        Map<String, DailySeries> result = new LinkedHashMap<>();
        SeriesBuffer buffer = new SeriesBuffer();
        while (rows.next()) {
            String symbol = rows.getString(1);
            if (!symbol.equals(buffer.symbol)) {
                buffer.flushInto(result);
                buffer.symbol = symbol;
            }
            double high = rows.getDouble(4);
            boolean highMissing = rows.wasNull();
            double volume = rows.getDouble(5);
            boolean volumeMissing = rows.wasNull();
            buffer.add((int) rows.getObject(2, LocalDate.class).toEpochDay(), rows.getDouble(3),
                    highMissing ? Double.NaN : high, volumeMissing ? Double.NaN : volume);
        }
        buffer.flushInto(result);
        return result;
    }

    /** The inception date of {@code symbol} from the instruments table, when known. */
    public Optional<LocalDate> inception(String symbol) {
        try (Connection connection = store.openReadOnly();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT inception FROM instruments WHERE symbol = ?")) {
            query.setString(1, symbol);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, LocalDate.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read instruments from " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** For each symbol, its highest close before {@code date} and its first session (for record counts). */
    public Map<String, double[]> historyBefore(LocalDate date) {
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

    /** Growable parallel arrays for one symbol's rows. */
    private static final class SeriesBuffer {
        private String symbol;
        private int size;
        private int[] days = new int[256];
        private double[] closes = new double[256];
        private double[] highs = new double[256];
        private double[] volumes = new double[256];

        void add(int day, double close, double high, double volume) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                closes = Arrays.copyOf(closes, size * 2);
                highs = Arrays.copyOf(highs, size * 2);
                volumes = Arrays.copyOf(volumes, size * 2);
            }
            days[size] = day;
            closes[size] = close;
            highs[size] = high;
            volumes[size] = volume;
            size++;
        }

        void flushInto(Map<String, DailySeries> result) {
            if (symbol != null && size > 0) {
                result.put(symbol, DailySeries.of(symbol, Arrays.copyOf(days, size),
                        Arrays.copyOf(closes, size), Arrays.copyOf(highs, size),
                        Arrays.copyOf(volumes, size)));
            }
            size = 0;
        }
    }

    /** The symbols with daily bars, sorted. */
    public List<String> dailySymbols() {
        try (Connection connection = store.openReadOnly();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT symbol FROM daily_bars ORDER BY symbol");
                ResultSet rows = query.executeQuery()) {
            List<String> symbols = new ArrayList<>();
            while (rows.next()) {
                symbols.add(rows.getString(1));
            }
            return symbols;
        } catch (SQLException e) {
            throw new StoreException("could not read daily bars from " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
