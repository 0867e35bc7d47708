package org.bellwether.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.NyseCalendar;

/**
 * What the store holds for one symbol: instruments with their bars, symbols that have bars but no instrument
 * row, and macro series (kind MACRO).
 *
 * @param symbol the symbol or series id
 * @param name the instrument's name, or null
 * @param kind the instrument's kind, or null when unknown
 * @param firstDate the first daily bar, intraday bar or observation date, or null when there is none
 * @param lastDate the last such date, or null
 * @param dailyBars number of daily bars (observations for a macro series)
 * @param intradayBars number of intraday bars
 */
public record SymbolSummary(String symbol, String name, String kind, LocalDate firstDate, LocalDate lastDate,
        long dailyBars, long intradayBars) {

    private static final String QUERY = """
            WITH daily AS (
                SELECT symbol, min(date) AS first_date, max(date) AS last_date, count(*) AS bars
                FROM daily_bars GROUP BY symbol),
            intraday AS (
                SELECT symbol, min(CAST(timezone('%1$s', ts) AS DATE)) AS first_date,
                       max(CAST(timezone('%1$s', ts) AS DATE)) AS last_date, count(*) AS bars
                FROM intraday_bars GROUP BY symbol),
            series AS (
                SELECT series_id AS symbol, min(date) AS first_date, max(date) AS last_date, count(*) AS bars
                FROM macro GROUP BY series_id),
            symbols AS (
                SELECT symbol FROM instruments UNION SELECT symbol FROM daily
                UNION SELECT symbol FROM intraday UNION SELECT symbol FROM series)
            SELECT s.symbol, i.name, coalesce(i.kind, CASE WHEN m.symbol IS NOT NULL THEN 'MACRO' END) AS kind,
                   least(d.first_date, x.first_date, m.first_date) AS first_date,
                   greatest(d.last_date, x.last_date, m.last_date) AS last_date,
                   coalesce(d.bars, 0) + coalesce(m.bars, 0) AS daily_bars, coalesce(x.bars, 0) AS intraday_bars
            FROM symbols s
            LEFT JOIN instruments i USING (symbol)
            LEFT JOIN daily d USING (symbol)
            LEFT JOIN intraday x USING (symbol)
            LEFT JOIN series m USING (symbol)
            ORDER BY s.symbol
            """.formatted(NyseCalendar.ZONE_ID); // session dates of 1-minute bars in the exchange zone

    /** Every symbol in the store, sorted. */
    public static List<SymbolSummary> list(MarketStore store) {
        try (Connection connection = store.openReadOnly(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            List<SymbolSummary> summaries = new ArrayList<>();
            while (rows.next()) {
                summaries.add(new SymbolSummary(rows.getString("symbol"), rows.getString("name"), rows.getString("kind"),
                        rows.getObject("first_date", LocalDate.class), rows.getObject("last_date", LocalDate.class),
                        rows.getLong("daily_bars"), rows.getLong("intraday_bars")));
            }
            return summaries;
        } catch (SQLException e) {
            throw new StoreException("could not list the symbols in " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
