package org.bellwether.store;

import static org.bellwether.store.Column.key;
import static org.bellwether.store.Column.optional;
import static org.bellwether.store.Column.required;
import static org.bellwether.store.ColumnType.DATE;
import static org.bellwether.store.ColumnType.DOUBLE;
import static org.bellwether.store.ColumnType.INTEGER;
import static org.bellwether.store.ColumnType.TIMESTAMPTZ;
import static org.bellwether.store.ColumnType.VARCHAR;
import static org.bellwether.store.ColumnType.VARCHAR_LIST;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables users import into and export from. Their DDL lives in the migrations; these specs must match it. */
public final class Tables {

    /** Instruments: what a symbol is. */
    public static final TableSpec INSTRUMENTS = new TableSpec("instruments", "one row per instrument", List.of(
            key("symbol", VARCHAR, "upper case, [A-Z0-9.^=_-]{1,20}"),
            optional("name", VARCHAR, "display name, e.g. iShares Russell 2000 ETF"),
            optional("kind", VARCHAR, "INDEX, ETF, STOCK, RATE, SPREAD or MACRO"),
            optional("sector", VARCHAR, "GICS sector name, where known"),
            optional("aliases", VARCHAR_LIST, "names a writer would use, e.g. [Russell 2000, small caps]"),
            optional("inception", DATE, "the date the series began (records count as all-time from it)"),
            optional("founded", INTEGER, "the year the company was founded"),
            optional("source", VARCHAR, "where the data come from; `simulated: ...` for the market simulator's")));

    /** Daily bars, one per symbol and session date. */
    public static final TableSpec DAILY_BARS = new TableSpec("daily_bars", "one row per symbol and session", List.of(
            key("symbol", VARCHAR, "instrument symbol"),
            key("date", DATE, "session date, exchange-local"),
            optional("open", DOUBLE, "open; absent for close-only sources"),
            optional("high", DOUBLE, "high; absent for close-only sources"),
            optional("low", DOUBLE, "low; absent for close-only sources"),
            required("close", DOUBLE, "close"),
            optional("adj_close", DOUBLE, "close adjusted for splits and dividends, where the source has it"),
            optional("volume", DOUBLE, "volume in shares, contracts or units (fractions for coins), where known")));

    /** Intraday bars, labelled by their start instant. */
    public static final TableSpec INTRADAY_BARS = new TableSpec("intraday_bars",
            "one row per symbol, bar start and bar length", List.of(
            key("symbol", VARCHAR, "instrument symbol"),
            key("ts", TIMESTAMPTZ, "bar start instant, stored in UTC; the 09:30 bar covers [09:30, 09:31)"),
            key("interval_s", INTEGER, "bar length in seconds (60 unless the source says otherwise)"),
            optional("open", DOUBLE, "open"),
            optional("high", DOUBLE, "high"),
            optional("low", DOUBLE, "low"),
            required("close", DOUBLE, "close"),
            optional("volume", DOUBLE, "volume")));

    /** Point-in-time index membership. */
    public static final TableSpec MEMBERS = new TableSpec("members", "one row per membership spell", List.of(
            key("index_symbol", VARCHAR, "the index"),
            key("member_symbol", VARCHAR, "the member"),
            key("from_date", DATE, "first date of membership"),
            optional("to_date", DATE, "last date of membership; empty while still a member"),
            optional("weight", DOUBLE, "index weight as a fraction (0.012 = 1.2%), where known"),
            optional("shares", DOUBLE, "shares held by the index, where known")));

    /** Company fundamentals per fiscal period. */
    public static final TableSpec FUNDAMENTALS = new TableSpec("fundamentals", "one row per company and fiscal period",
            List.of(
            key("symbol", VARCHAR, "company symbol"),
            key("period_end", DATE, "fiscal period end"),
            optional("fiscal_months", INTEGER, "length of the period in months (12 = fiscal year, 3 = quarter)"),
            optional("ebit", DOUBLE, "earnings before interest and tax"),
            optional("ebitda", DOUBLE, "EBITDA"),
            optional("interest_expense", DOUBLE, "interest expense (positive = paid)"),
            optional("total_debt", DOUBLE, "total debt"),
            optional("floating_rate_debt", DOUBLE, "floating-rate part of total debt"),
            optional("cash", DOUBLE, "cash and equivalents"),
            optional("shares_outstanding", DOUBLE, "shares outstanding"),
            optional("market_cap", DOUBLE, "market capitalisation"),
            optional("source", VARCHAR, "where the figures come from"),
            optional("filed", DATE, "the day the period's figures were first filed (EDGAR's filed); empty: taken as the "
                    + "period end plus the filing lag")));

    /** Macro and rate series observations. */
    public static final TableSpec MACRO = new TableSpec("macro", "one row per series and observation date", List.of(
            key("series_id", VARCHAR, "series id, e.g. FRED's DGS2"),
            key("date", DATE, "observation date"),
            required("value", DOUBLE, "observed value"),
            optional("unit", VARCHAR, "unit, e.g. percent"),
            optional("released", DATE, "the day the value was first published (FRED's realtime_start, or the date "
                    + "plus --release-lag); empty: the date plus the frequency's lag")), "released");

    /** News, economic releases and earnings. */
    public static final TableSpec EVENTS = new TableSpec("events", "one row per event", List.of(
            key("id", VARCHAR, "event id; derived from timestamp and headline when the source has none"),
            required("ts", TIMESTAMPTZ, "when it happened (or is scheduled), stored in UTC"),
            required("headline", VARCHAR, "headline"),
            required("kind", VARCHAR, "NEWS, ECONOMIC_RELEASE or EARNINGS"),
            optional("tags", VARCHAR_LIST, "tags, e.g. [trade-policy]"),
            optional("symbols", VARCHAR_LIST, "symbols concerned"),
            optional("expected_date", DATE, "for scheduled releases, the date the release is expected"),
            optional("source", VARCHAR, "where the event comes from")));

    /** Splits and dividends. */
    public static final TableSpec CORPORATE_ACTIONS = new TableSpec("corporate_actions",
            "one row per symbol, ex-date and kind", List.of(
            key("symbol", VARCHAR, "symbol"),
            key("date", DATE, "the ex-date: the first session the action applies to"),
            key("kind", VARCHAR, "SPLIT or DIVIDEND"),
            required("value", DOUBLE, "a split's new shares per old share (4 for 4-for-1, 0.1 for 1-for-10); a "
                    + "dividend's cash per share"),
            optional("source", VARCHAR, "where the action comes from")));

    /** Every user table, in documentation order. */
    public static final List<TableSpec> ALL = List.of(INSTRUMENTS, DAILY_BARS, INTRADAY_BARS, MEMBERS, FUNDAMENTALS,
            MACRO, EVENTS, CORPORATE_ACTIONS);

    private Tables() {
    }

    /** The table called {@code name} (case-insensitive). */
    public static Optional<TableSpec> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(table -> table.name().equals(wanted)).findFirst();
    }
}
