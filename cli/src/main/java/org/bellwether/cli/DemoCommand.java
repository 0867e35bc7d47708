package org.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.levels.Levels;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.EventFacts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.LevelFacts;
import org.bellwether.facts.MacroFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.ingest.ImportReport;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.report.note.MarketNote;
import org.bellwether.report.note.NoteFiles;
import org.bellwether.report.note.NoteWriter;
import org.bellwether.sim.Scenario;
import org.bellwether.sim.Simulator;
import org.bellwether.store.MarketStore;
import org.bellwether.store.SymbolSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether demo}: fills the store with the built-in scenario of the market simulator (the January 2026
 * small-cap breakout; no network needed) and shows what it holds and what the engine finds in it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill the store with the demo market (simulated, no network needed: the January 2026 small-cap "
            + "breakout), show what it holds and the facts found in it, write the demo note (HTML and Markdown) and "
            + "check the reference story against the data.",
            "Running it again changes nothing: the simulation is deterministic and imports are idempotent."})
final class DemoCommand implements Callable<Integer> {

    /** The built-in scenario the demo simulates. */
    static final String SCENARIO = "small-cap-breakout-2026";

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 22);
    private static final LocalDate BREAK_DAY = LocalDate.of(2026, 1, 21);
    private static final List<String> UNIVERSE = List.of("RUT", "SPX", "NDX", "KRX");
    /** The reference story, shipped with the report module. */
    private static final String STORY = "small-cap-fever.txt";

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--json", description = "print what the store holds as one JSON document")
    private boolean json;

    @Option(names = "--notes", paramLabel = "DIR", description = "where the demo note and the reference story go "
            + "(default: bellwether-demo beside the store)")
    private Path notes;

    @Override
    public Integer call() throws IOException {
        MarketStore store = main.store();
        Scenario scenario = Scenario.load(SCENARIO);
        List<ImportReport> reports = SimulateCommand.simulate(store, scenario, seed, null);
        List<SymbolSummary> symbols = SymbolSummary.list(store);
        PrintWriter out = spec.commandLine().getOut();
        MarketData data = new MarketData(store);
        Path dir = notes != null ? notes : store.file().toAbsolutePath().getParent().resolve("bellwether-demo");
        MarketNote note = new NoteWriter(data).write(UNIVERSE, AS_OF);
        NoteFiles.Written html = NoteFiles.write(note, dir.resolve("demo-note.html"), NoteFiles.Format.HTML);
        NoteFiles.Written markdown = NoteFiles.write(note, dir.resolve("demo-note.md"), NoteFiles.Format.MD);
        Path story = dir.resolve(STORY);
        try (InputStream in = ClaimChecker.class.getResourceAsStream("/org/bellwether/report/" + STORY)) {
            Files.write(story, in.readAllBytes());
        }
        CheckReport check = new ClaimChecker(data, ClaimChecker.DEFAULT_SESSION_WINDOW).check(Files.readString(story),
                STORY, AS_OF);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("store", store.file().toString());
            document.put("data_source", Simulator.source(scenario, seed));
            document.put("imports", reports.stream().map(ImportCommand::toJson).toList());
            document.put("symbols", symbols.size());
            document.put("note", Map.of("html", html.note().toString(), "markdown", markdown.note().toString(),
                    "facts", html.facts().toString(), "headline", note.headline().plain()));
            document.put("story_check", Map.of("file", story.toString(), "as_of", AS_OF, "summary", check.summary()));
            Output.json(out, document);
            return 0;
        }
        out.println("Bellwether demo store: " + store.file());
        out.println("Simulated data (scenario " + scenario.name() + ", seed " + seed + "), not real market prices: "
                + scenario.description());
        out.println();
        SimulateCommand.printReports(out, reports);
        out.println();
        printHoldings(out, symbols);
        printFacts(out, new FactsEngine(data), new IndexFacts(data), new LevelFacts(data));
        printBalanceSheetsAndMacro(out, data);
        printNoteAndCheck(out, note, html, markdown, story, check);
        out.println();
        out.println("Try: bin/bellwether --db " + store.file() + " perf RUT SPX NDX --mtd --as-of 2026-01-22");
        out.println("     bin/bellwether --db " + store.file() + " breakouts RUT --from 2026-01-21 --to 2026-01-21 "
                + "--intraday");
        out.println("     bin/bellwether --db " + store.file() + " screen --all --vs SPX --as-of 2026-01-22");
        out.println("     bin/bellwether --db " + store.file() + " note --as-of 2026-01-22 --out note.pdf");
        out.println("     bin/bellwether --db " + store.file() + " check " + story + " --as-of 2026-01-22 --json");
        out.println("     bin/bellwether --db " + store.file() + " serve   # then open "
                + "http://127.0.0.1:8080/#/overview?as_of=2026-01-22");
        out.println("     bin/bellwether --db " + store.file() + " alerts replay --rules examples/alerts/demo.rules.yaml "
                + "--from 2026-01-02 --to 2026-01-23");
        out.println("     bin/bellwether --help");
        out.flush();
        return 0;
    }

    /** The indices and series, and the stocks in one line: the store holds thousands of them. */
    private static void printHoldings(PrintWriter out, List<SymbolSummary> symbols) {
        List<List<String>> rows = new ArrayList<>();
        long stocks = 0;
        long stockBars = 0;
        for (SymbolSummary symbol : symbols) {
            if ("STOCK".equals(symbol.kind())) {
                stocks++;
                stockBars += symbol.dailyBars();
            } else {
                rows.add(List.of(symbol.symbol(), Objects.toString(symbol.kind(), "-"),
                        Objects.toString(symbol.name(), ""), Objects.toString(symbol.firstDate(), "-"),
                        Objects.toString(symbol.lastDate(), "-"), Output.count(symbol.dailyBars()),
                        Output.count(symbol.intradayBars())));
            }
        }
        Output.table(out, List.of("SYMBOL", "KIND", "NAME", "FIRST", "LAST", "DAILY", "INTRADAY"), rows);
        out.printf(Locale.ROOT, "and %s stocks, the indices' members, with %s daily bars (bellwether symbols lists "
                + "them all)%n", Output.count(stocks), Output.count(stockBars));
    }

    /** The demo note written from the facts, and the reference story checked against them. */
    private static void printNoteAndCheck(PrintWriter out, MarketNote note, NoteFiles.Written html,
            NoteFiles.Written markdown, Path story, CheckReport check) {
        out.println();
        out.println("The market note, written from the facts: \"" + note.headline().plain() + "\"");
        out.printf(Locale.ROOT, "  %s and %s (%d numbers, each linked to its fact in %s; %d charts)%n", html.note(),
                markdown.note().getFileName(), note.facts().size(), html.facts().getFileName(), note.charts().size());
        out.println();
        CheckReport.Summary summary = check.summary();
        out.printf(Locale.ROOT, "The reference story, checked as of %s (%s): %d claims, %d verified, %d contradicted, "
                + "%d unverifiable%n", AS_OF, story, check.claims().size(), summary.verified(), summary.contradicted(),
                summary.unverifiable());
        check.claims().stream().filter(claim -> claim.verdict().equals(Claim.CONTRADICTED)).forEach(claim -> out
                .printf(Locale.ROOT, "  CONTRADICTED: \"%s\"%n    %s%n", claim.text(), claim.explanation()));
    }

    /** The story's balance-sheet, rates and event facts. */
    private static void printBalanceSheetsAndMacro(PrintWriter out, MarketData data) {
        BalanceSheetFacts balanceSheets = new BalanceSheetFacts(data);
        Reports.Zombies rut = balanceSheets.zombies("RUT", AS_OF);
        Reports.Zombies spx = balanceSheets.zombies("SPX", AS_OF);
        out.printf(Locale.ROOT, "  %.1f%% of the Russell 2000's members cannot cover their interest (S&P 500: %.1f%%); "
                + "%.0f%% of small caps' debt floats (%.0f%%).%n", rut.sharePct(), spx.sharePct(),
                rut.aggregates().get("floating_share_of_debt_pct"), spx.aggregates().get("floating_share_of_debt_pct"));
        MacroFacts macro = new MacroFacts(data);
        for (Reports.RateRow row : macro.rates(AS_OF).series()) {
            if (row.series().equals("DGS2") || row.series().equals("BAMLH0A0HYM2")) {
                out.printf(Locale.ROOT, "  %s at %.2f%%, %+.0f bp this month%s.%n", row.series(), row.level(),
                        row.changeMtdBp(), row.spreadMove() == null ? "" : " (" + row.spreadMove() + ")");
            }
        }
        EventFacts events = new EventFacts(data, NyseCalendar.INSTANCE);
        events.catalysts("RUT", YEAR_END.plusDays(1), AS_OF, 1, 0).moves().stream().findFirst()
                .ifPresent(move -> move.events().forEach(event -> out.printf(Locale.ROOT,
                        "  Before the %+.2f%% session of %s: \"%s\" (%s).%n", move.returnPct(), move.date(),
                        event.headline(), event.time())));
        Reports.CalendarEvent next = macro.calendar(AS_OF, AS_OF, AS_OF).nextCatalyst();
        if (next != null) {
            out.printf(Locale.ROOT, "  Next catalyst: %s, %s.%n", next.headline(), next.time());
        }
    }

    /** The facts of the reference story, computed from the demo data with the sessions they used. */
    private static void printFacts(PrintWriter out, FactsEngine engine, IndexFacts indexFacts, LevelFacts levels) {
        out.println();
        out.println("Facts from the demo data (simulated):");
        Reports.Perf perf = engine.perf(List.of("RUT", "SPX", "NDX"), YEAR_END, AS_OF);
        for (Reports.PerfRow row : perf.rows()) {
            out.printf(Locale.ROOT, "  %-4s %,10.2f on %s to %,10.2f on %s: %+.2f%%%n", row.symbol(), row.startLevel(),
                    row.startDate(), row.endLevel(), row.endDate(), row.returnPct());
        }
        out.printf(Locale.ROOT, "  The Russell 2000 outperformed the S&P 500 by %.0f basis points.%n",
                perf.relativeBp().get(0).bp());
        Reports.Records records = engine.records("RUT", AS_OF.getYear(), AS_OF);
        out.printf(Locale.ROOT, "  It set %d record closes in 2026, the last on %s (%s, history from %s).%n",
                records.count(), records.records().get(records.count() - 1).date(),
                engine.isAllTime(records) ? "all-time" : "highs since the history start", records.historyStart());
        Reports.Move largest = engine.moves("RUT", YEAR_END.plusDays(1), AS_OF, 0).moves().stream()
                .max(Comparator.comparingDouble(Reports.Move::returnPct)).orElseThrow();
        out.printf(Locale.ROOT, "  Its largest gain of the month: %+.2f%% on %s.%n", largest.returnPct(),
                largest.date());
        levels.breakouts("RUT", BREAK_DAY, BREAK_DAY, true).breakouts().stream()
                .filter(row -> Levels.isNear(row.level(), 2450)).findFirst().ifPresent(row -> out.printf(
                        Locale.ROOT, "  It broke the %,.2f resistance (%d touches) at %s, %.0f minutes into the "
                                + "session, on %.2f times the usual volume for that time of day.%n", row.level(),
                        row.touches(), row.time(), row.heldMinutes(), row.volumeRatio()));
        Reports.Correlation ticks = levels.intradayCorrelation("KRX", "RUT", LocalDate.of(2026, 1, 16), AS_OF);
        out.printf(Locale.ROOT, "  Regional banks (KRX) tracked it with a 1-minute correlation of %.2f over %,d "
                + "returns.%n", ticks.correlation(), ticks.observations());
        List<Reports.SectorRow> sectors = indexFacts.sectors("RUT", YEAR_END, AS_OF).sectors().stream()
                .sorted(Comparator.comparingDouble(Reports.SectorRow::contributionBp).reversed()).toList();
        out.printf(Locale.ROOT, "  Largest sector contributions: %s %.0f bp, %s %.0f bp.%n", sectors.get(0).sector(),
                sectors.get(0).contributionBp(), sectors.get(1).sector(), sectors.get(1).contributionBp());
        Reports.Concentration before = indexFacts.concentration("SPX", YEAR_END, 5, null);
        Reports.Concentration after = indexFacts.concentration("SPX", AS_OF, 5, YEAR_END);
        out.printf(Locale.ROOT, "  The S&P 500's top five went from %.2f%% to %.2f%% of the index; equal weight beat "
                + "cap weight by %.0f bp.%n", before.topWeightPct(), after.topWeightPct(), -after.capMinusEqualBp());
    }
}
