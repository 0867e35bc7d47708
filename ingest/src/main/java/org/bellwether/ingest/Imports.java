package org.bellwether.ingest;

import static org.bellwether.ingest.TabularMapper.optional;
import static org.bellwether.ingest.TabularMapper.required;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.EventKind;
import org.bellwether.core.model.InstrumentKind;
import org.bellwether.core.model.Symbols;
import org.bellwether.store.MarketStore;
import org.bellwether.store.Tables;

/**
 * The importers, one per kind of data. Each imports one file in one transaction and returns what it changed; bad
 * input raises a {@link BadInputException} naming file, line, field, value and expectation (or, with skip-bad-rows,
 * is written to {@code FILE.rejects.csv}).
 */
public final class Imports {

    /** The names a company list gives its symbol column ("Ticker symbol" in S&P 500 lists, fundamentals files). */
    private static final String[] COMPANY_SYMBOL_COLUMNS = {"symbol", "ticker", "ticker_symbol"};

    /**
     * Fundamentals a 10-K layout splits (the NYSE fundamentals file of Kaggle's S&P 500 set): total debt is long-term
     * debt plus short-term debt and the current portion of long-term debt; EBITDA is EBIT plus depreciation.
     */
    private static final List<TabularMapper.Sum> FUNDAMENTALS_SUMS = List.of(
            new TabularMapper.Sum("total_debt", List.of("long_term_debt",
                    "short_term_debt_/_current_portion_of_long_term_debt")),
            new TabularMapper.Sum("ebitda", List.of("earnings_before_interest_and_tax", "depreciation")));

    private static final String[] INDEX_COLUMNS = {"index", "index_symbol"};

    /** A split ratio, new shares to old: {@code 4:1}, {@code 3/2}, {@code 1-for-10}. */
    private static final Pattern RATIO = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?::|/|-for-| for )\\s*(\\d+(?:\\.\\d+)?)");

    private static final Pattern FOUNDED_YEAR = Pattern.compile("\\b(1[6-9]|20)\\d\\d\\b");

    private final Importer importer;

    /** Importers of local files writing to {@code store}, reporting to {@code progress}. */
    public Imports(MarketStore store, ImportProgress progress, boolean skipBadRows) {
        this(store, progress, skipBadRows, null, Dialect.NONE);
    }

    /** Importers of files fetched as {@code provenance} says (null: local files). */
    public Imports(MarketStore store, ImportProgress progress, boolean skipBadRows, Provenance provenance) {
        this(store, progress, skipBadRows, provenance, Dialect.NONE);
    }

    /** Importers reading files as {@code dialect} says (mapped columns, the date order). */
    public Imports(MarketStore store, ImportProgress progress, boolean skipBadRows, Provenance provenance,
            Dialect dialect) {
        this.importer = new Importer(store, progress, skipBadRows, provenance, dialect);
    }

    /** Daily or intraday bars in any of the {@link BarFormat}s. */
    public ImportReport bars(Path file, BarOptions options) {
        return importer.run(file, (source, header) -> {
            boolean parquet = source instanceof ParquetRecordSource;
            if (options.format() == BarFormat.PARQUET && !parquet) {
                throw new BadInputException(source.name(), "is not a Parquet file (it does not start with PAR1)");
            }
            if (!parquet && TradeMapper.isTradesHeader(header)) {
                throw new BadInputException(source.name(), 1, "line 1", "holds trades (a price and an amount per "
                        + "line), not bars: import them with bellwether import trades " + source.name()
                        + " --interval 1m (or 5m, 1h, 1d), which makes bars of that length");
            }
            BarFormat format = options.format() == BarFormat.AUTO ? detect(header) : options.format();
            String label = parquet ? "parquet" : format.name().toLowerCase(Locale.ROOT);
            return format == BarFormat.WIDE ? new WideBarMapper(header, source, options)
                    : new LongBarMapper(label, header, source, options);
        });
    }

    /**
     * Bars of {@code options}' length (default one minute; 0 for daily bars) aggregated from a file of trades,
     * each empty bar between two trades filled flat at the last price with volume 0 when {@code fillEmpty}.
     */
    public ImportReport trades(Path file, BarOptions options, boolean fillEmpty) {
        return importer.run(file, (source, header) -> new TradeMapper(header, source, options, fillEmpty));
    }

    private static BarFormat detect(Header header) {
        if (LongBarMapper.isStooqHeader(header)) {
            return BarFormat.STOOQ;
        }
        if (LongBarMapper.isYahooHeader(header)) {
            return BarFormat.YAHOO;
        }
        for (String longColumn : List.of("close", "symbol", "ticker", "open", "high", "low", "volume")) {
            if (header.has(longColumn)) {
                return BarFormat.LONG;
            }
        }
        return BarFormat.WIDE;
    }

    /** Macro series from a FRED download; {@code series} names a one-column file, {@code unit} labels the values. */
    public ImportReport macro(Path file, String series, String unit) {
        return macro(file, series, MacroUnits.fileWide(unit));
    }

    /** Macro series from a FRED download, each series with its unit from {@code units}. */
    public ImportReport macro(Path file, String series, MacroUnits units) {
        return macro(file, series, units, MacroReleases.NONE);
    }

    /** Macro series from a FRED download, with units from {@code units} and release dates from {@code releases}. */
    public ImportReport macro(Path file, String series, MacroUnits units, MacroReleases releases) {
        return importer.run(file, (source, header) -> new MacroMapper(header, source, series, units, releases));
    }

    /** Company fundamentals per fiscal period, from CSV, JSON or Parquet in the fundamentals layout. */
    public ImportReport fundamentals(Path file) {
        return fundamentals(file, null);
    }

    /**
     * Company fundamentals: the fundamentals layout, or an SEC EDGAR companyfacts JSON file for the company
     * {@code symbol} (null: the file's name, e.g. AAPL.json; EDGAR's own CIK##########.json names need a symbol).
     */
    public ImportReport fundamentals(Path file, String symbol) {
        return importer.run(file, (path, name) -> CompanyFactsSource.isCompanyFacts(path)
                ? new CompanyFactsSource(path, name, companySymbol(file, symbol))
                : SourceFiles.open(path, name), (source, header) -> new TabularMapper("fundamentals", Tables.FUNDAMENTALS, header,
                List.of(
                        required("symbol", TabularMapper::symbol, COMPANY_SYMBOL_COLUMNS),
                        required("period_end", TabularMapper::date, "period_end", "period_ending", "fiscal_period_end"),
                        optional("fiscal_months", TabularMapper.integer(1, 12), "fiscal_months"),
                        optional("ebit", TabularMapper::number, "ebit", "earnings_before_interest_and_tax"),
                        optional("ebitda", TabularMapper::number, "ebitda"),
                        optional("interest_expense", TabularMapper::number, "interest_expense"),
                        optional("total_debt", TabularMapper::nonNegative, "total_debt"),
                        optional("floating_rate_debt", TabularMapper::nonNegative, "floating_rate_debt"),
                        optional("cash", TabularMapper::nonNegative, "cash", "cash_and_cash_equivalents"),
                        optional("shares_outstanding", TabularMapper::nonNegative, "shares_outstanding"),
                        optional("market_cap", TabularMapper::nonNegative, "market_cap"),
                        optional("source", TabularMapper::text, "source"),
                        optional("filed", TabularMapper::date, "filed", "filing_date", "date_filed")),
                FUNDAMENTALS_SUMS, Imports::checkFloatingDebt).updatingGivenColumnsOnly());
    }

    private static String companySymbol(Path file, String symbol) {
        if (symbol != null) {
            return symbol;
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        String fromName = Symbols.normalize(name);
        if (!Symbols.isValid(fromName) || fromName.matches("CIK\\d+")) {
            throw new BadInputException(file.toString(), "is an SEC EDGAR companyfacts file whose name does not say "
                    + "the company's symbol; name it with --symbol (e.g. --symbol AAPL) or call the file AAPL.json");
        }
        return fromName;
    }

    private static void checkFloatingDebt(String[] row) throws FieldException {
        String floating = row[Tables.FUNDAMENTALS.indexOf("floating_rate_debt")];
        String total = row[Tables.FUNDAMENTALS.indexOf("total_debt")];
        if (floating != null && total != null && Double.parseDouble(floating) > Double.parseDouble(total)) {
            throw new FieldException("floating_rate_debt", floating, "at most the total debt (" + total + ")");
        }
    }

    /** Point-in-time index membership. */
    public ImportReport members(Path file) {
        return members(file, null, null);
    }

    /**
     * Index membership; with {@code index} a constituents list (one company per line, no index column: an S&P 500
     * list, an ETF's holdings) becomes the members of {@code index}, each from its date-added column or else from
     * {@code from}.
     *
     * @param index the index of a constituents list, or null for a file with an index column
     * @param from the day a constituents list's rows without a date added joined (the day the list held), or null
     */
    public ImportReport members(Path file, String index, LocalDate from) {
        return importer.run(file, (source, header) -> {
            if (index != null && header.find(INDEX_COLUMNS) >= 0) {
                throw new BadInputException(source.name(), "has an index column (" + header.original(header.find(
                        INDEX_COLUMNS)) + "); --index is only for a constituents list without one");
            }
            String[] memberColumns = index == null ? new String[] {"symbol", "member", "member_symbol"}
                    : new String[] {"symbol", "member", "member_symbol", "ticker", "ticker_symbol"};
            List<TabularMapper.Rule> rules = new ArrayList<>(List.of(
                    required("member_symbol", TabularMapper::symbol, memberColumns),
                    optional("to_date", TabularMapper::date, "to", "to_date", "end"),
                    optional("weight", Imports::weight, "weight", "weight_(%)", "weight_%", "weight_pct"),
                    optional("shares", TabularMapper::nonNegative, "shares")));
            if (index == null) {
                rules.add(required("index_symbol", TabularMapper::symbol, INDEX_COLUMNS));
                rules.add(required("from_date", TabularMapper::date, "from", "from_date", "start"));
            } else {
                rules.add(optional("from_date", TabularMapper::date, "from", "from_date", "start", "date_added",
                        "date_first_added"));
            }
            return new TabularMapper("members", Tables.MEMBERS, header, rules, row -> {
                if (index != null) {
                    constituent(row, index, from);
                }
                checkMembershipDates(row);
            });
        });
    }

    /** A constituents list's row as a member of {@code index}, from its date added or else {@code from}. */
    private static void constituent(String[] row, String index, LocalDate from) throws FieldException {
        row[Tables.MEMBERS.indexOf("index_symbol")] = index;
        int fromDate = Tables.MEMBERS.indexOf("from_date");
        if (row[fromDate] == null && from == null) {
            throw new FieldException("date added", "", "the day the company joined " + index + "; pass --from DATE "
                    + "(the day the list held) for the rows without one");
        }
        row[fromDate] = row[fromDate] != null ? row[fromDate] : from.toString();
    }

    /** A weight as a fraction; from a percent column ({@code Weight (%)}, an ETF issuer's holdings) over 100. */
    private static String weight(String field, String raw) throws FieldException {
        if (field.contains("%") || Header.normalize(field).endsWith("_pct")) {
            double percent = Fields.number(field, raw);
            if (percent < 0 || percent > 100) {
                throw new FieldException(field, raw, "a weight in percent from 0 to 100");
            }
            return BigDecimal.valueOf(percent).movePointLeft(2).toPlainString();
        }
        double weight = Fields.number(field, raw);
        if (weight < 0 || weight > 1) {
            throw new FieldException(field, raw, "a weight as a fraction from 0 to 1 (0.012 = 1.2%)");
        }
        return Fields.numberText(raw, weight);
    }

    private static void checkMembershipDates(String[] row) throws FieldException {
        String from = row[Tables.MEMBERS.indexOf("from_date")];
        String to = row[Tables.MEMBERS.indexOf("to_date")];
        if (to != null && to.compareTo(from) < 0) {
            throw new FieldException("to", to, "a date on or after from (" + from + ")");
        }
    }

    /** News, economic releases and earnings, from CSV or JSON; naive timestamps are read in {@code zone}. */
    public ImportReport events(Path file, ZoneId zone) {
        return importer.run(file, (source, header) -> new TabularMapper(
                source instanceof JsonRecordSource ? "json" : "csv", Tables.EVENTS, header, List.of(
                optional("id", TabularMapper::text, "id"),
                required("ts", TabularMapper.instant(zone), "timestamp", "ts", "datetime", "time", "date"),
                required("headline", TabularMapper::text, "headline", "title"),
                optional("kind", TabularMapper.oneOf(EventKind.class), "kind", "type"),
                optional("tags", TabularMapper::list, "tags"),
                optional("symbols", TabularMapper::symbolList, "symbols", "symbol", "tickers"),
                optional("expected_date", TabularMapper::date, "expected_date", "expected"),
                optional("source", TabularMapper::text, "source")),
                Imports::completeEvent));
    }

    private static void completeEvent(String[] row) {
        int kind = Tables.EVENTS.indexOf("kind");
        if (row[kind] == null) {
            row[kind] = EventKind.NEWS.name();
        }
        int id = Tables.EVENTS.indexOf("id");
        if (row[id] == null) {
            row[id] = "ev-" + sha256(row[Tables.EVENTS.indexOf("ts")] + "|" + row[Tables.EVENTS.indexOf("headline")])
                    .substring(0, 16);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The founding year: a plain year, or in texts such as {@code 2013 (1888)} or {@code 1904/1946/1959} the earliest
     * year mentioned (the firm's roots, which is what a firm-age test asks).
     */
    private static String foundedYear(String field, String raw) throws FieldException {
        Matcher years = FOUNDED_YEAR.matcher(raw);
        int earliest = Integer.MAX_VALUE;
        while (years.find()) {
            earliest = Math.min(earliest, Integer.parseInt(years.group()));
        }
        if (earliest == Integer.MAX_VALUE) {
            throw new FieldException(field, raw, "a year such as 1888 (or a text naming years, e.g. 2013 (1888))");
        }
        return Integer.toString(earliest);
    }

    /** Instruments: names, kinds, sectors, aliases, inception, founding year and data source. */
    public ImportReport instruments(Path file) {
        return importer.run(file, (source, header) -> new TabularMapper("instruments", Tables.INSTRUMENTS, header,
                List.of(
                        required("symbol", TabularMapper::symbol, COMPANY_SYMBOL_COLUMNS),
                        optional("name", TabularMapper::text, "name", "security"),
                        optional("kind", TabularMapper.oneOf(InstrumentKind.class), "kind", "type"),
                        optional("sector", TabularMapper::text, "sector", "gics_sector"),
                        optional("aliases", TabularMapper::list, "aliases"),
                        optional("inception", TabularMapper::date, "inception"),
                        optional("founded", Imports::foundedYear, "founded"),
                        optional("source", TabularMapper::text, "source")),
                row -> { }).updatingGivenColumnsOnly());
    }

    /**
     * Splits and dividends: a long file ({@code symbol,date,kind,value}) or Yahoo's downloads of one symbol
     * ({@code Date,Stock Splits} with ratios such as {@code 4:1}, {@code Date,Dividends}), whose symbol is
     * {@code symbol} (null: the file's name).
     */
    public ImportReport actions(Path file, String symbol) {
        return importer.run(file, (source, header) -> {
            String kindOfFile = header.has("stock_splits") || header.has("splits") ? "SPLIT"
                    : header.has("dividends") || header.has("dividend") ? "DIVIDEND" : null;
            String fixedSymbol = symbol != null ? symbol : header.find(COMPANY_SYMBOL_COLUMNS) >= 0 ? null
                    : LongBarMapper.symbolFromFileName(source.name());
            if (fixedSymbol == null && header.find(COMPANY_SYMBOL_COLUMNS) < 0) {
                throw new BadInputException(source.name(), "has no symbol column and its name is not a symbol; give "
                        + "one with --symbol");
            }
            return new TabularMapper("actions", Tables.CORPORATE_ACTIONS, header, List.of(
                    optional("symbol", TabularMapper::symbol, COMPANY_SYMBOL_COLUMNS),
                    required("date", TabularMapper::date, "date", "ex_date", "exdate"),
                    optional("kind", TabularMapper::text, "kind", "type", "action"),
                    required("value", Imports::ratioOrAmount, "value", "ratio", "amount", "stock_splits", "splits",
                            "dividends", "dividend"),
                    optional("source", TabularMapper::text, "source")),
                    row -> completeAction(row, fixedSymbol, kindOfFile));
        });
    }

    /** A split ratio ({@code 4:1}, {@code 3/2}, {@code 1-for-10}: new shares per old) or a plain number. */
    private static String ratioOrAmount(String field, String raw) throws FieldException {
        Matcher ratio = RATIO.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (ratio.matches()) {
            double old = Double.parseDouble(ratio.group(2));
            if (old == 0) {
                throw new FieldException(field, raw, "a split ratio of new to old shares, e.g. 4:1");
            }
            return Double.toString(Double.parseDouble(ratio.group(1)) / old);
        }
        return TabularMapper.number(field, raw);
    }

    private static void completeAction(String[] row, String symbol, String kindOfFile) throws FieldException {
        int symbolColumn = Tables.CORPORATE_ACTIONS.indexOf("symbol");
        row[symbolColumn] = row[symbolColumn] != null ? row[symbolColumn] : symbol;
        int kindColumn = Tables.CORPORATE_ACTIONS.indexOf("kind");
        String kind = row[kindColumn] != null ? row[kindColumn].toUpperCase(Locale.ROOT) : kindOfFile;
        if (kind == null || !kind.matches("SPLIT|DIVIDEND")) {
            throw new FieldException("kind", row[kindColumn] == null ? "" : row[kindColumn], "SPLIT or DIVIDEND");
        }
        row[kindColumn] = kind;
        double value = Double.parseDouble(row[Tables.CORPORATE_ACTIONS.indexOf("value")]);
        if (kind.equals("SPLIT") ? !(value > 0) : value < 0) {
            throw new FieldException("value", row[Tables.CORPORATE_ACTIONS.indexOf("value")], kind.equals("SPLIT")
                    ? "a split's new shares per old share, above 0 (4 for 4-for-1)" : "a dividend of 0 or more");
        }
    }
}
