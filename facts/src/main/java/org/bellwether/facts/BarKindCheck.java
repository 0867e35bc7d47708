package org.bellwether.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.series.PointInTime;
import org.bellwether.core.series.PointInTime.Frequency;
import org.bellwether.store.ImportResult;
import org.bellwether.store.MarketStore;
import org.bellwether.store.SeriesSpan;
import org.bellwether.store.StoreException;
import org.bellwether.store.Tables;

/**
 * Whether what a bars import wrote looks like prices: a symbol the built-in reference knows as a yield, a rate or a
 * spread, or a series observed weekly or less often (GDP, CPI), is more likely a macro series, which daily-bar
 * analytics would read as one session per observation. The import stands; the user is told how to take it back.
 */
public final class BarKindCheck {

    private static final Map<Frequency, String> PERIOD = Map.of(Frequency.WEEKLY, "week", Frequency.MONTHLY, "month",
            Frequency.QUARTERLY, "quarter", Frequency.ANNUAL, "year");

    /** Per symbol with a row of the import (one pass), its whole series' span. */
    private static final String SPANS = """
            SELECT symbol, count(*), min(date), max(date) FROM daily_bars
            GROUP BY symbol HAVING bool_or(import_id = ?) ORDER BY symbol""";

    /** The median gap in days between the dates of each of the symbols given. */
    private static final String MEDIAN_GAPS = """
            SELECT symbol, quantile_disc(gap, 0.5) FROM (
                SELECT symbol, date - lag(date) OVER (PARTITION BY symbol ORDER BY date) AS gap FROM daily_bars
                WHERE symbol IN (SELECT unnest(?::VARCHAR[])))
            GROUP BY symbol""";

    /** The symbols named in a warning about many. */
    private static final int NAMED = 5;

    private BarKindCheck() {
    }

    /**
     * Warnings for the daily bars of {@code result} (an import into daily_bars): per known rate, per frequency. A first
     * import knows its symbols' whole series; otherwise the store tells them.
     */
    public static List<String> warnings(MarketStore store, ImportResult result) {
        if (!result.table().equals(Tables.DAILY_BARS.name()) || result.inserted() + result.replaced() == 0) {
            return List.of();
        }
        List<SeriesSpan> spans = result.wholeSeries();
        Map<String, Long> medianGaps = Map.of();
        if (spans.isEmpty() || spans.stream().anyMatch(BarKindCheck::mayBeSparse)) {
            try (Connection connection = store.openReadOnly()) {
                if (spans.isEmpty()) {
                    spans = spans(connection, result.importId());
                }
                medianGaps = medianGaps(connection, spans.stream().filter(BarKindCheck::mayBeSparse)
                        .map(SeriesSpan::symbol).toList());
            } catch (SQLException e) {
                throw new StoreException("could not check the bars just imported: " + e.getMessage(), e);
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<Frequency, List<SeriesSpan>> sparse = new EnumMap<>(Frequency.class);
        for (SeriesSpan span : spans) {
            Optional<String> known = known(span.symbol());
            known.ifPresent(warnings::add);
            Long medianGap = medianGaps.get(span.symbol());
            Frequency frequency = medianGap == null ? Frequency.DAILY : PointInTime.frequencyOfMedianGap(medianGap);
            if (known.isEmpty() && frequency != Frequency.DAILY) {
                sparse.computeIfAbsent(frequency, unused -> new ArrayList<>()).add(span);
            }
        }
        sparse.forEach((frequency, series) -> warnings.add(sparse(frequency, series)));
        String takeBack = " ('bellwether undo " + result.importId() + "' takes this import back)";
        return warnings.stream().map(warning -> warning + takeBack).toList();
    }

    /**
     * Whether a series may be observed less often than daily. Dates are distinct, so gaps are at least 1 day: a
     * median gap of 5 or more puts the mean at 3 or more, so a span under 3 days a gap proves the series daily without
     * reading its dates; too few gaps to tell count as daily.
     */
    private static boolean mayBeSparse(SeriesSpan span) {
        long gaps = span.bars() - 1;
        return gaps >= PointInTime.FREQUENCY_MIN_GAPS && ChronoUnit.DAYS.between(span.first(), span.last()) >= 3 * gaps;
    }

    private static List<SeriesSpan> spans(Connection connection, long importId) throws SQLException {
        List<SeriesSpan> spans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SPANS)) {
            query.setLong(1, importId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    spans.add(new SeriesSpan(rows.getString(1), rows.getLong(2), rows.getObject(3, LocalDate.class),
                            rows.getObject(4, LocalDate.class)));
                }
            }
        }
        return spans;
    }

    private static Map<String, Long> medianGaps(Connection connection, List<String> symbols) throws SQLException {
        Map<String, Long> medians = new HashMap<>();
        if (symbols.isEmpty()) {
            return medians;
        }
        try (PreparedStatement query = connection.prepareStatement(MEDIAN_GAPS)) {
            query.setArray(1, connection.createArrayOf("VARCHAR", symbols.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    medians.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return medians;
    }

    private static Optional<String> known(String symbol) {
        return KnownInstruments.bySymbol(symbol).filter(KnownInstruments.Known::isRateOrSpread)
                .map(one -> symbol + " is the " + one.name() + ", a " + one.kind().toLowerCase(Locale.ROOT)
                        + " series and not a price (its changes are in basis points): import it with 'bellwether "
                        + "import macro'");
    }

    private static String sparse(Frequency frequency, List<SeriesSpan> series) {
        String period = PERIOD.get(frequency);
        if (series.size() == 1) {
            SeriesSpan one = series.get(0);
            return one.symbol() + " has one bar per " + period + " (" + one.bars() + " bars from " + one.first() + " to "
                    + one.last() + "), which looks like a macro series: daily-bar analytics read each bar as one "
                    + "session (a 20-session window spans 20 " + period + "s); if it is one, import it with 'bellwether "
                    + "import macro'";
        }
        List<String> symbols = series.stream().map(SeriesSpan::symbol).toList();
        String named = String.join(", ", symbols.subList(0, Math.min(NAMED, symbols.size())))
                + (symbols.size() > NAMED ? " and " + (symbols.size() - NAMED) + " more" : "");
        return series.size() + " symbols have one bar per " + period + " (" + named + "), which looks like macro "
                + "series: daily-bar analytics read each bar as one session (a 20-session window spans 20 " + period
                + "s); if they are, import them with 'bellwether import macro'";
    }
}
