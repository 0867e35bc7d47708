package org.bellwether.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.series.PointInTime;
import org.bellwether.core.series.PointInTime.Frequency;
import org.bellwether.store.ImportResult;
import org.bellwether.store.MarketStore;
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

    /**
     * Per symbol of the import (in one pass: the symbols with a row of the import), over its whole series: its bars,
     * first and last dates, gaps, and the median gap where it can exceed a daily series' (days are distinct, so gaps
     * are at least 1: a median of 5 or more puts half the gaps at 5 or more and the mean at 3 or more; a span under 3
     * days a gap proves the series daily without reading its dates in order).
     */
    private static final String GAPS = """
            WITH spans AS (
                SELECT symbol, count(*) AS bars, min(date) AS first, max(date) AS last FROM daily_bars
                GROUP BY symbol HAVING bool_or(import_id = ?)),
            gaps AS (
                SELECT symbol, date - lag(date) OVER (PARTITION BY symbol ORDER BY date) AS gap FROM daily_bars
                WHERE symbol IN (SELECT symbol FROM spans WHERE last - first >= 3 * (bars - 1))),
            medians AS (SELECT symbol, quantile_disc(gap, 0.5) AS median FROM gaps GROUP BY symbol)
            SELECT symbol, bars, first, last, bars - 1, coalesce(median, 1)
            FROM spans LEFT JOIN medians USING (symbol) ORDER BY symbol""";

    /** The symbols named in a warning about many. */
    private static final int NAMED = 5;

    private BarKindCheck() {
    }

    /** Warnings for the daily bars of {@code result} (an import into daily_bars): per known rate, per frequency. */
    public static List<String> warnings(MarketStore store, ImportResult result) {
        if (!result.table().equals(Tables.DAILY_BARS.name()) || result.inserted() + result.replaced() == 0) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        Map<Frequency, List<Sparse>> sparse = new EnumMap<>(Frequency.class);
        try (Connection connection = store.openReadOnly(); PreparedStatement query = connection.prepareStatement(GAPS)) {
            query.setLong(1, result.importId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String symbol = rows.getString(1);
                    Optional<String> known = known(symbol);
                    known.ifPresent(warnings::add);
                    Frequency frequency = rows.getLong(5) < PointInTime.FREQUENCY_MIN_GAPS ? Frequency.DAILY
                            : PointInTime.frequencyOfMedianGap(rows.getLong(6));
                    if (known.isEmpty() && frequency != Frequency.DAILY) {
                        sparse.computeIfAbsent(frequency, unused -> new ArrayList<>()).add(new Sparse(symbol,
                                rows.getLong(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not check the bars just imported: " + e.getMessage(), e);
        }
        sparse.forEach((frequency, series) -> warnings.add(sparse(frequency, series)));
        String takeBack = " ('bellwether undo " + result.importId() + "' takes this import back)";
        return warnings.stream().map(warning -> warning + takeBack).toList();
    }

    /** A symbol observed less often than daily. */
    private record Sparse(String symbol, long bars, String first, String last) {
    }

    private static Optional<String> known(String symbol) {
        return KnownInstruments.bySymbol(symbol).filter(KnownInstruments.Known::isRateOrSpread)
                .map(one -> symbol + " is the " + one.name() + ", a " + one.kind().toLowerCase(Locale.ROOT)
                        + " series and not a price (its changes are in basis points): import it with 'bellwether "
                        + "import macro'");
    }

    private static String sparse(Frequency frequency, List<Sparse> series) {
        String period = PERIOD.get(frequency);
        if (series.size() == 1) {
            Sparse one = series.get(0);
            return one.symbol() + " has one bar per " + period + " (" + one.bars() + " bars from " + one.first() + " to "
                    + one.last() + "), which looks like a macro series: daily-bar analytics read each bar as one "
                    + "session (a 20-session window spans 20 " + period + "s); if it is one, import it with 'bellwether "
                    + "import macro'";
        }
        List<String> symbols = series.stream().map(Sparse::symbol).toList();
        String named = String.join(", ", symbols.subList(0, Math.min(NAMED, symbols.size())))
                + (symbols.size() > NAMED ? " and " + (symbols.size() - NAMED) + " more" : "");
        return series.size() + " symbols have one bar per " + period + " (" + named + "), which looks like macro "
                + "series: daily-bar analytics read each bar as one session (a 20-session window spans 20 " + period
                + "s); if they are, import them with 'bellwether import macro'";
    }
}
