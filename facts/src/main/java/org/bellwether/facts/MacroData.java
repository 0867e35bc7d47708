package org.bellwether.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.model.Event;
import org.bellwether.core.model.FiscalPeriod;
import org.bellwether.core.model.MacroSeries;

/** What the store holds beside prices: companies' fiscal periods, macro series and events. */
public final class MacroData {

    private final MarketData data;

    MacroData(MarketData data) {
        this.data = data;
    }

    /** The 12-month fiscal periods (or periods of unstated length) of {@code symbols}, oldest first, by symbol. */
    public Map<String, List<FiscalPeriod>> fiscalYears(Collection<String> symbols) {
        Map<String, List<FiscalPeriod>> result = new LinkedHashMap<>();
        data.query("fundamentals", "SELECT symbol, period_end, ebit, ebitda, interest_expense, total_debt, floating_rate_debt, "
                + "market_cap, filed FROM fundamentals WHERE coalesce(fiscal_months, 12) = 12 AND symbol IN (SELECT unnest(?::"
                + "VARCHAR[])) ORDER BY symbol, period_end", List.of(symbols), rows -> result.computeIfAbsent(
                        rows.getString(1), symbol -> new ArrayList<>()).add(new FiscalPeriod(
                                rows.getObject(2, LocalDate.class), MarketData.orNaN(rows, 3), MarketData.orNaN(rows, 4), MarketData.orNaN(rows, 5),
                                MarketData.orNaN(rows, 6), MarketData.orNaN(rows, 7), MarketData.orNaN(rows, 8),
                                rows.getObject(9, LocalDate.class))));
        return result;
    }

    /** Every macro series in the store, by id. */
    public Map<String, MacroSeries> macroSeries() {
        return macroSeries("SELECT series_id, unit, date, value, released FROM macro ORDER BY series_id, date",
                List.of());
    }

    /** The macro series {@code id}, when the store has it. */
    public Optional<MacroSeries> macroSeries(String id) {
        return Optional.ofNullable(macroSeries("SELECT series_id, unit, date, value, released FROM macro WHERE "
                + "series_id = ? ORDER BY date", List.of(id)).get(id));
    }

    private Map<String, MacroSeries> macroSeries(String sql, List<Object> parameters) {
        Map<String, List<Object[]>> rowsById = new LinkedHashMap<>();
        data.query("macro", sql, parameters,
                rows -> rowsById.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new Object[] {
                    rows.getString(2), rows.getObject(3, LocalDate.class), rows.getDouble(4),
                    rows.getObject(5, LocalDate.class)}));
        Map<String, MacroSeries> result = new LinkedHashMap<>();
        rowsById.forEach((id, rows) -> {
            LocalDate[] dates = new LocalDate[rows.size()];
            double[] values = new double[rows.size()];
            LocalDate[] released = new LocalDate[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                dates[i] = (LocalDate) rows.get(i)[1];
                values[i] = (Double) rows.get(i)[2];
                released[i] = (LocalDate) rows.get(i)[3];
            }
            result.put(id, new MacroSeries(id, (String) rows.get(rows.size() - 1)[0], dates, values, released));
        });
        return result;
    }

    /** The events at or after {@code from} and before {@code to}, in time order. */
    public List<Event> events(Instant from, Instant to) {
        List<Event> events = new ArrayList<>();
        data.query("events", "SELECT id, epoch_ms(ts), headline, kind, coalesce(array_to_string(tags, '\u001f'), ''), "
                + "coalesce(array_to_string(symbols, '\u001f'), ''), expected_date FROM events WHERE ts >= ? AND ts < ? "
                + "ORDER BY ts, id", List.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)),
                rows -> events.add(new Event(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                        rows.getString(3), rows.getString(4), MarketData.split(rows.getString(5)), MarketData.split(rows.getString(6)),
                        rows.getObject(7, LocalDate.class))));
        return events;
    }
}
