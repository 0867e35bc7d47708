package org.bellwether.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.ingest.BadInputException;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code bellwether} command. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Market facts from market data, every number traceable to its inputs.")
public final class Main {

    /** The subcommands, in the order of the help. */
    private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, SimulateCommand.class, ImportCommand.class,
            FetchCommand.class,
            ImportLogCommands.Imports.class, ImportLogCommands.Undo.class, SymbolsCommand.class, GapsCommand.class,
            ExportCommand.class, SessionsCommand.class, AnalyticsCommands.Perf.class,
            AnalyticsCommands.Records.class, AnalyticsCommands.Moves.class, AnalyticsCommands.Stats.class,
            AnalyticsCommands.Corr.class, AnalyticsCommands.BreakoutsCommand.class,
            AnalyticsCommands.LevelsCommand.class, AnalyticsCommands.BreadthCommand.class,
            AnalyticsCommands.ConcentrationCommand.class, AnalyticsCommands.SectorsCommand.class,
            AnalyticsCommands.Screen.class, MacroCommands.Rates.class, MacroCommands.Sensitivity.class,
            MacroCommands.CalendarCommand.class, MacroCommands.EventStudy.class, MacroCommands.Catalysts.class,
            MacroCommands.WhatIf.class, ReportCommands.Note.class, ReportCommands.Check.class,
            ServeCommand.class, AlertsCommand.class,
            CommandLine.HelpCommand.class);

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
        Optional<Class<?>> invoked = invokedCommand(args);
        CommandLine commandLine = commandLine(invoked.map(List::<Class<?>>of).orElse(COMMANDS));
        // a command's own subcommands (screen zombies) are built only when named, or for help and mistakes
        NESTED.forEach((parent, children) -> {
            boolean wanted = invoked.isEmpty() || invoked.get() == parent && children.stream().anyMatch(child ->
                    Arrays.asList(args).contains(child.getAnnotation(Command.class).name()));
            CommandLine parentLine = commandLine.getSubcommands().get(parent.getAnnotation(Command.class).name());
            if (wanted && parentLine != null) {
                children.forEach(parentLine::addSubcommand);
            }
        });
        System.exit(commandLine.execute(args));
    }

    /** Subcommands of subcommands. */
    private static final Map<Class<?>, List<Class<?>>> NESTED = Map.of(AnalyticsCommands.Screen.class,
            List.of(MacroCommands.Zombies.class));

    /** The configured command line with every subcommand. */
    static CommandLine commandLine() {
        CommandLine commandLine = commandLine(COMMANDS);
        NESTED.forEach((parent, children) -> children.forEach(commandLine.getSubcommands()
                .get(parent.getAnnotation(Command.class).name())::addSubcommand));
        return commandLine;
    }

    /**
     * The command line with {@code subcommands}: exceptions become messages on stderr and exit codes 2 (bad input)
     * or 1. Building picocli's model of a command costs milliseconds each, so a run builds only the one it runs.
     */
    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new Main());
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
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

    /**
     * The subcommand {@code args} run: the first argument that is neither an option nor {@code --db}'s value, when
     * it names a subcommand other than help; empty otherwise (help, usage errors and suggestions need them all).
     */
    static Optional<Class<?>> invokedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                String name = args[i];
                return COMMANDS.stream().filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(name)).findFirst();
            }
        }
        return Optional.empty();
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
