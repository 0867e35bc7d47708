package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.BarKindCheck;
import org.bellwether.ingest.BadInputException;
import org.bellwether.ingest.BarFormat;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.DateOrder;
import org.bellwether.ingest.Dialect;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.ingest.MacroReleases;
import org.bellwether.ingest.MacroUnits;
import org.bellwether.store.ImportResult;
import org.bellwether.store.MarketStore;
import org.bellwether.store.ResultsImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether import KIND FILE...}: each file in its own transaction, stored whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import data files into the store. Each file is one transaction: stored whole or not at all.",
            "Re-importing the same file changes nothing; a corrected row replaces the old one.",
            "Column reference: docs/import-formats.md"})
final class ImportCommand {

    /** The kinds of data, as subcommands, in the order of the help (Main adds them: only the one named, if any). */
    static final List<Class<?>> KINDS = List.of(Bars.class, Trades.class, Macro.class, Fundamentals.class,
            Members.class, Events.class, Actions.class, Instruments.class, Results.class);

    @ParentCommand
    private Main main;

    /** Options every import takes. */
    static final class Common {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to import (CSV, JSON or Parquet)")
        List<Path> files;

        @Option(names = "--skip-bad-rows", description = "store the good rows and write the bad ones, with reasons, "
                + "to FILE.rejects.csv (default: reject the whole file)")
        boolean skipBadRows;

        @Option(names = "--json", description = "print the result as one JSON document")
        boolean json;

        @Option(names = "--map", split = ",", paramLabel = "COLUMN=FIELD", description = {"read the file's COLUMN as "
            + "FIELD, for names no built-in layout knows,", "e.g. --map \"Trade Date=date,Last=close\" (repeatable; "
            + "fields: docs/import-formats.md)"})
        Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--date-order", paramLabel = "ORDER", defaultValue = "auto", description = {"the order of "
            + "day and month in slash dates: mdy (US, 03/16/2020) or dmy", "(16/03/2020); default auto: from the "
            + "file's dates, an error when none tells"})
        DateOrder dateOrder;
    }

    /** What every import subcommand shares: the files and flags, and running the import of each file. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private Common common = new Common();

        /** How one file of this kind is imported. */
        abstract Function<Path, ImportReport> importer(Imports imports);

        /** What the user should know about what {@code report} wrote: none unless a kind says otherwise. */
        List<String> warnings(MarketStore store, ImportReport report) {
            return List.of();
        }

        @Override
        public Integer call() {
            return parent.run(common, spec, this::importer, this::warnings);
        }
    }

    /** Imports each file with {@code importer}, stopping at the first bad one, and prints what changed. */
    int run(Common common, CommandSpec spec, Function<Imports, Function<Path, ImportReport>> importer,
            BiFunction<MarketStore, ImportReport, List<String>> warnings) {
        Imports imports = new Imports(main.store(), TerminalProgress.forStderr(), common.skipBadRows, null,
                new Dialect(common.map, common.dateOrder));
        Function<Path, ImportReport> importOne = importer.apply(imports);
        List<ImportReport> reports = new ArrayList<>();
        List<String> told = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : common.files) {
            try {
                ImportReport report = importOne.apply(file);
                reports.add(report);
                if (!common.json) {
                    printReport(out, report.file().toString(), report);
                }
                for (String warning : warnings.apply(main.store(), report)) {
                    spec.commandLine().getErr().println("bellwether: warning: " + warning);
                    told.add(warning);
                }
            } catch (BadInputException e) {
                if (!reports.isEmpty() || common.files.size() > 1) {
                    throw new BadInputException(e.file(), e.getMessage().substring(e.file().length() + 2)
                            + describeOthers(reports, common.files.size()));
                }
                throw e;
            }
        }
        if (common.json) {
            Output.json(out, Map.of("imports", reports.stream().map(ImportCommand::toJson).toList(), "warnings", told));
        }
        return 0;
    }

    private static String describeOthers(List<ImportReport> done, int total) {
        int notDone = total - done.size() - 1;
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append("; ").append(done.size()).append(done.size() == 1 ? " earlier file was" : " earlier files were")
                    .append(" imported");
        }
        if (notDone > 0) {
            text.append("; ").append(notDone).append(notDone == 1 ? " later file was" : " later files were")
                    .append(" not read");
        }
        return text.toString();
    }

    /** Prints what importing {@code report}'s source, called {@code source}, changed. */
    static void printReport(PrintWriter out, String source, ImportReport report) {
        StringBuilder line = new StringBuilder().append(source).append(" (").append(report.format()).append("): ")
                .append(Output.count(report.rowsRead())).append(" rows read");
        if (report.emptyRecordsSkipped() > 0) {
            line.append(", ").append(Output.count(report.emptyRecordsSkipped())).append(" empty rows skipped");
        }
        if (report.rangesWidened() > 0) {
            line.append(", ").append(Output.count(report.rangesWidened())).append(" with the open or close at most ")
                    .append(Output.number(Definitions.BAR_RANGE_TOLERANCE * 100, 0))
                    .append("% outside [low, high] (the range widened to hold it)");
        }
        if (report.rejected() > 0) {
            line.append(", ").append(Output.count(report.rejected())).append(" rejected (see ")
                    .append(report.rejectsFile()).append(')');
        }
        out.println(line);
        for (ImportResult result : report.results()) {
            out.println("  " + result.table() + ": " + Output.count(result.inserted()) + " new, "
                    + Output.count(result.replaced()) + " replaced, " + Output.count(result.unchanged()) + " unchanged (import "
                    + result.importId() + ")" + (result.laterVintages() == 0 ? "" : "; later vintages left out: "
                            + Output.count(result.laterVintages()) + " (values are as first released)"));
        }
        out.flush();
    }

    static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file().toString());
        json.put("format", report.format());
        json.put("rows_read", report.rowsRead());
        json.put("empty_rows_skipped", report.emptyRecordsSkipped());
        json.put("ranges_widened", report.rangesWidened());
        json.put("rejected", report.rejected());
        json.put("rejects_file", report.rejectsFile() == null ? null : report.rejectsFile().toString());
        json.put("tables", report.results().stream().map(result -> Map.of("table", result.table(), "import_id",
                result.importId(), "inserted", result.inserted(), "replaced", result.replaced(), "unchanged",
                result.unchanged(), "later_vintages", result.laterVintages())).toList());
        return json;
    }

    @Command(name = "bars", mixinStandardHelpOptions = true,
            description = {"Import daily or intraday bars.",
                "Formats: long CSV (symbol, date or timestamp, close; optional open, high, low, adj_close, volume;",
                "columns in any order), wide CSV (a date column, one close column per symbol), Yahoo Finance",
                "downloads, Stooq downloads (daily, intraday, bulk), and Parquet. Dates make daily bars, timestamps",
                "intraday bars; naive timestamps are read in --zone."})
    static final class Bars extends Subcommand {
        @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto, long, wide, yahoo, stooq or parquet (default: ${DEFAULT-VALUE})")
        private BarFormat format;

        @Option(names = "--symbol", paramLabel = "SYM", description = "the symbol of a file without a symbol column "
                + "(default: from the file name, e.g. SPY.csv)")
        private String symbol;

        @Option(names = "--interval", paramLabel = "LENGTH", description = "bar length: 1d forces daily bars; 1m, 5m, "
                + "1h, 30s set the length of intraday bars (default: 1m; Stooq's PER column says it itself)")
        private String interval;

        @Option(names = "--zone", paramLabel = "ZONE", defaultValue = NyseCalendar.ZONE_ID,
                description = "time zone of naive timestamps (default: ${DEFAULT-VALUE}, the exchange's)")
        private String zone;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            BarOptions options = new BarOptions(format, symbol == null ? null : Validation.symbol("--symbol", symbol),
                    interval == null ? OptionalInt.empty() : OptionalInt.of(BarOptions.parseInterval(interval)),
                    Validation.zone(zone));
            return file -> imports.bars(file, options);
        }

        @Override
        List<String> warnings(MarketStore store, ImportReport report) {
            return report.results().stream().flatMap(result -> BarKindCheck.warnings(store, result).stream()).toList();
        }
    }

    @Command(name = "trades", mixinStandardHelpOptions = true,
            description = {"Import trades (a time, a price and an amount per line, e.g. an exchange's trade export)",
                "as bars of one length: open and close of the first and last trade, high, low, the summed amount as",
                "volume; bars start at multiples of the length (UTC). Columns: timestamp (or time, date; Unix",
                "seconds or milliseconds too), price, amount (or size, quantity, volume), optional symbol."})
    static final class Trades extends Subcommand {
        @Option(names = "--symbol", paramLabel = "SYM", description = "the symbol of a file without a symbol column "
                + "(default: from the file name)")
        private String symbol;

        @Option(names = "--interval", paramLabel = "LENGTH", defaultValue = "1m", description = "bar length: 1m, 5m, "
                + "1h, 30s, or 1d for daily bars (default: ${DEFAULT-VALUE})")
        private String interval;

        @Option(names = "--zone", paramLabel = "ZONE", defaultValue = NyseCalendar.ZONE_ID,
                description = "time zone of naive timestamps and of daily bars' dates (default: ${DEFAULT-VALUE})")
        private String zone;

        @Option(names = "--fill-empty", description = "make a bar where no trade was, between two trades: flat at "
                + "the last price, volume 0 (default: no bar, which continuity then counts as missing)")
        private boolean fillEmpty;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            BarOptions options = new BarOptions(BarFormat.AUTO, symbol == null ? null
                    : Validation.symbol("--symbol", symbol), OptionalInt.of(BarOptions.parseInterval(interval)),
                    Validation.zone(zone));
            return file -> imports.trades(file, options, fillEmpty);
        }
    }

    @Command(name = "macro", mixinStandardHelpOptions = true,
            description = {"Import macro and rate series from FRED downloads:",
                "observation_date,DGS2,DGS10 (one column per series) or DATE,VALUE (series from --series or the file",
                "name). '.' or an empty field means no observation."})
    static final class Macro extends Subcommand {
        @Option(names = "--series", paramLabel = "ID", description = "the series id of a file with one value column")
        private String series;

        @Mixin
        private UnitOptions units = new UnitOptions();

        @Option(names = "--release-lag", paramLabel = "[COL=]DAYS", description = {"days after its date each value "
            + "was published, e.g. 14; COL=DAYS for one column (repeatable).", "A realtime_start column (FRED's API, "
            + "ALFRED) comes first; without either, the lag of the series' frequency applies (docs/analytics.md)."})
        private List<String> releaseLag = List.of();

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            String id = series == null ? null : Validation.seriesId(series);
            PerColumn lags = PerColumn.parse("--release-lag", "CPIAUCSL=14", releaseLag);
            Map<String, Integer> lagsByColumn = new HashMap<>();
            lags.byColumn().forEach((column, days) -> lagsByColumn.put(column, days(days)));
            MacroReleases releases = new MacroReleases(lags.file() == null ? null : days(lags.file()), lagsByColumn);
            MacroUnits byUnit = units.units();
            return file -> imports.macro(file, id, byUnit, releases);
        }

        private static int days(String text) {
            try {
                int days = Integer.parseInt(text);
                if (days >= 0) {
                    return days;
                }
            } catch (NumberFormatException e) {
                // the message below says what is wanted
            }
            throw new IllegalArgumentException("--release-lag takes a number of days, 0 or more, but was " + text);
        }
    }

    /** A per-column option ({@code --unit percent}, {@code --unit DGS10=percent}): the file's value and each column's. */
    record PerColumn(String file, Map<String, String> byColumn) {

        /** Parses the values of {@code option} ({@code example} shows a column's form in the error). */
        static PerColumn parse(String option, String example, List<String> given) {
            String fileWide = null;
            Map<String, String> byColumn = new HashMap<>();
            for (String one : given) {
                int equals = one.indexOf('=');
                if (equals < 0) {
                    if (fileWide != null) {
                        throw new IllegalArgumentException(option + " without a column is given twice (" + fileWide
                                + ", " + one + "); name the columns: " + option + " " + example);
                    }
                    fileWide = one.strip();
                } else {
                    byColumn.put(Validation.seriesId(one.substring(0, equals)), one.substring(equals + 1).strip());
                }
            }
            return new PerColumn(fileWide, byColumn);
        }
    }

    @Command(name = "fundamentals", mixinStandardHelpOptions = true,
            description = {"Import company fundamentals: symbol,period_end and any of ebit, interest_expense, ebitda,",
                "total_debt, floating_rate_debt, cash, shares_outstanding, market_cap, fiscal_months, source, filed",
                "(the filing date); or an SEC EDGAR companyfacts JSON file (fiscal years and a trailing twelve months,",
                "each with the day it was first filed)."})
    static final class Fundamentals extends Subcommand {
        @Option(names = "--symbol", paramLabel = "SYM", description = "the company of an EDGAR companyfacts file "
                + "(default: from the file name, e.g. AAPL.json)")
        private String symbol;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            String company = symbol == null ? null : Validation.symbol("--symbol", symbol);
            return file -> imports.fundamentals(file, company);
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true,
            description = {"Import point-in-time index membership: index,symbol,from,to with optional weight (a",
                "fraction) or shares; an empty 'to' means still a member. With --index, a constituents list (one",
                "company per line, e.g. an S&P 500 list) becomes the index's members, each from its date added or",
                "else from --from."})
    static final class Members extends Subcommand {
        @Option(names = "--index", paramLabel = "SYM", description = "the index a constituents list is of")
        private String index;

        @Option(names = "--from", paramLabel = "DATE",
                description = "with --index: the day the list held, for the rows without a date added")
        private LocalDate from;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            if (from != null && index == null) {
                throw new IllegalArgumentException("--from is for a constituents list: give its index with --index");
            }
            String indexSymbol = index == null ? null : Validation.symbol("--index", index);
            return file -> imports.members(file, indexSymbol, from);
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Import events from CSV or JSON: timestamp, headline, and optional id, kind (NEWS,",
                "ECONOMIC_RELEASE, EARNINGS), tags and symbols (separated by ';'), expected_date, source."})
    static final class Events extends Subcommand {
        @Option(names = "--zone", paramLabel = "ZONE", defaultValue = NyseCalendar.ZONE_ID,
                description = "time zone of naive timestamps (default: ${DEFAULT-VALUE})")
        private String zone;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            ZoneId zoneId = Validation.zone(zone);
            return file -> imports.events(file, zoneId);
        }
    }

    @Command(name = "actions", mixinStandardHelpOptions = true,
            description = {"Import splits and dividends: symbol,date,kind (SPLIT or DIVIDEND),value (a split's new",
                "shares per old, e.g. 4 or 4:1; a dividend per share), or Yahoo's 'Date,Stock Splits' and",
                "'Date,Dividends' downloads of one symbol. Unadjusted closes are then made split-safe."})
    static final class Actions extends Subcommand {
        @Option(names = "--symbol", paramLabel = "SYM", description = "the symbol of a file without a symbol column "
                + "(default: from the file name)")
        private String symbol;

        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            String checked = symbol == null ? null : Validation.symbol("--symbol", symbol);
            return file -> imports.actions(file, checked);
        }
    }

    @Command(name = "instruments", mixinStandardHelpOptions = true,
            description = {"Import instruments: symbol,name,kind,sector,aliases and optional inception (date the",
                "series began) and founded (year); aliases separated by ';'."})
    static final class Instruments extends Subcommand {
        @Override
        Function<Path, ImportReport> importer(Imports imports) {
            return imports::instruments;
        }
    }

    /** {@code bellwether import results DIR}. */
    @Command(name = "results", mixinStandardHelpOptions = true,
            description = {"Import results computed on Spark (bellwether spark JOB --out DIR): the folders screen, stats,",
                "records, breakouts, breadth, concentration and zombies, in one transaction; each run replaces the",
                "one held for the same key (a screen's date and benchmark, a breadth's index and date, ...). The",
                "screen, breadth, concentration and zombie screen then answer from them (CLI, API, note, checker and",
                "dashboard); stats, records and breakouts answer for symbols the store holds no bars of."})
    static final class Results implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "the results folder (--out of the Spark job)")
        private Path dir;

        @Option(names = "--json", description = "print the result as one JSON document")
        private boolean json;

        @Override
        public Integer call() {
            ResultsImport.Report report = ResultsImport.importResults(parent.main.store(), dir, "spark: "
                    + dir.toAbsolutePath().normalize());
            if (json) {
                Output.json(spec.commandLine().getOut(), report);
            } else {
                spec.commandLine().getOut().println("imported " + Output.count(report.rows()) + " rows from " + dir
                        + ": " + String.join("; ", report.imported()));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
