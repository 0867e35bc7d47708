package org.bellwether.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.bellwether.ingest.BadInputException;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code bellwether} command. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Market facts from market data, every number traceable to its inputs.",
        subcommands = {DemoCommand.class, ImportCommand.class, SymbolsCommand.class, ExportCommand.class,
            SessionsCommand.class, AnalyticsCommands.Perf.class, AnalyticsCommands.Records.class,
            AnalyticsCommands.Moves.class, AnalyticsCommands.Stats.class, AnalyticsCommands.Corr.class,
            AnalyticsCommands.BreakoutsCommand.class, AnalyticsCommands.LevelsCommand.class,
            AnalyticsCommands.BreadthCommand.class, AnalyticsCommands.ConcentrationCommand.class,
            AnalyticsCommands.SectorsCommand.class,
            AnalyticsCommands.Screen.class, CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = "--db", paramLabel = "FILE", description = "the store file (default: ${DEFAULT-VALUE})",
            defaultValue = "bellwether.duckdb")
    private Path db;

    /** The store the commands work on; a second process waits for a lock while the other one commits. */
    MarketStore store() {
        return MarketStore.at(db).withLockWait(Duration.ofSeconds(120), message -> System.err.println("bellwether: "
                + message));
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exceptions become messages on stderr and exit codes 2 (bad input) or 1. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("bellwether: " + message(exception));
            if (exception instanceof BadInputException || exception instanceof IllegalArgumentException) {
                return 2;
            }
            if (!(exception instanceof StoreException) && System.getenv("BELLWETHER_DEBUG") != null) {
                exception.printStackTrace(line.getErr());
            }
            return 1;
        });
        return commandLine;
    }

    private static String message(Exception exception) {
        String message = exception.getMessage();
        return message == null ? exception.getClass().getSimpleName() : message;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bellwether " + (version == null ? "(development build)" : version)};
        }
    }
}
