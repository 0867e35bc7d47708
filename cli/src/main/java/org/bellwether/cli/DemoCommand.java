package org.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.util.Locale;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.store.SymbolSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether demo}: fills the store from the data set embedded in the build (no network) and shows what it
 * holds. The data set is data/demo in the repository: real daily S&P 500 bars 2000-2020 from vega-datasets.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill the store with the embedded demo data (no network needed) and show what it holds.",
            "Running it again changes nothing: imports are idempotent."})
final class DemoCommand implements Callable<Integer> {

    private static final String RESOURCES = "/org/bellwether/cli/demo/";

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print what the store holds as one JSON document")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        MarketStore store = main.store();
        Path folder = Files.createTempDirectory("bellwether-demo-");
        PrintWriter out = spec.commandLine().getOut();
        try {
            Imports imports = new Imports(store, TerminalProgress.forStderr(), false);
            List<ImportReport> reports = List.of(
                    imports.instruments(extract(folder, "instruments.csv")),
                    imports.bars(extract(folder, "SPX.csv"), BarOptions.defaults()));
            if (!json) {
                out.println("Bellwether demo store: " + store.file());
                for (ImportReport report : reports) {
                    out.println("  imported " + report.file().getFileName() + ": " + Output.count(report.inserted())
                            + " new, " + Output.count(report.replaced()) + " replaced, "
                            + Output.count(report.unchanged()) + " unchanged");
                }
                out.println();
                out.flush();
            }
            SymbolsCommand.print(spec, SymbolSummary.list(store), json);
            if (!json) {
                printFacts(out, new FactsEngine(new MarketData(store)));
                out.println();
                out.println("Try: bin/bellwether --db " + store.file() + " records SPX --year 2019");
                out.println("     bin/bellwether --db " + store.file() + " moves SPX --from 2020-03-01 --to 2020-03-31 --k 3");
                out.println("     bin/bellwether --help");
                out.flush();
            }
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A few facts computed from the demo data, each with the sessions it used. */
    private static void printFacts(PrintWriter out, FactsEngine engine) {
        out.println();
        out.println("Facts from the demo data:");
        Reports.PerfRow y2019 = engine.perfToDate(List.of("SPX"), true, LocalDate.of(2019, 12, 31)).rows().get(0);
        out.printf(Locale.ROOT, "  The S&P 500 rose %.2f%% in 2019 (%,.2f on %s to %,.2f on %s).%n", y2019.returnPct(),
                y2019.startLevel(), y2019.startDate(), y2019.endLevel(), y2019.endDate());
        Reports.Records records = engine.records("SPX", 2019, null);
        out.printf(Locale.ROOT, "  It set %d record closes in 2019 (history from %s).%n", records.count(),
                records.historyStart());
        Reports.Move crash = engine.moves("SPX", LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 16), 0).moves().get(0);
        out.printf(Locale.ROOT, "  On %s it fell %.2f%%, a %.1f-sigma move against the previous 63 sessions.%n",
                crash.date(), -crash.returnPct(), Math.abs(crash.z()));
    }

    private static Path extract(Path folder, String name) {
        Path target = folder.resolve(name);
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo data " + name + " is missing from the build");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the demo data " + name, e);
        }
    }
}
