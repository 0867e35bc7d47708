package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.sim.Scenario;
import org.bellwether.sim.Simulator;
import org.bellwether.store.MarketStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether simulate}: a scenario's simulated market, written into the store through the importers. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a market from a scenario (a built-in one or a YAML/JSON file; docs/simulator.md) and "
            + "import it into the store.", "The same scenario and seed always give the same data. Built-in: "
            + "small-cap-breakout-2026."})
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME|FILE", description = "the scenario")
    private String scenario;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "the seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "also keep the generated CSV files in DIR")
    private Path out;

    @Option(names = "--json", description = "print what was imported as one JSON document")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Scenario loaded = Scenario.load(scenario);
        List<ImportReport> reports = simulate(main.store(), loaded, seed, out);
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("scenario", loaded.name());
            document.put("seed", seed);
            document.put("imports", reports.stream().map(ImportCommand::toJson).toList());
            Output.json(writer, document);
        } else {
            printReports(writer, reports);
        }
        return 0;
    }

    /** Simulates {@code scenario} with {@code seed} into {@code store}; the CSV files stay in {@code keep} if given. */
    static List<ImportReport> simulate(MarketStore store, Scenario scenario, long seed, Path keep) throws IOException {
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("bellwether-sim-");
        try {
            Map<String, Integer> rows = Simulator.write(scenario, seed, folder);
            return Simulator.importFolder(new Imports(store, TerminalProgress.forStderr(), false), folder, rows);
        } finally {
            if (keep == null) {
                deleteTree(folder);
            }
        }
    }

    static void printReports(PrintWriter out, List<ImportReport> reports) {
        for (ImportReport report : reports) {
            out.printf("  %-18s %11s new, %s replaced, %s unchanged%n", report.file().getFileName() + ":",
                    Output.count(report.inserted()), Output.count(report.replaced()), Output.count(report.unchanged()));
        }
        out.flush();
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the generated files in " + folder, e);
        }
    }
}
