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
                out.println();
                out.println("Next: bellwether --db " + store.file() + " symbols --json | bellwether sessions | "
                        + "bellwether import bars --help");
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
