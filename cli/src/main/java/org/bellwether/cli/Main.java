package org.bellwether.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
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
        System.exit(commandLineFor(args).execute(args));
    }

    /** The command line that runs {@code args}: only the commands they name are built (see {@link #nestedFor}). */
    static CommandLine commandLineFor(String[] args) {
        return commandLine(invokedCommand(args).map(List::<Class<?>>of).orElse(COMMANDS), nestedFor(args));
    }

    /** The configured command line with every subcommand. */
    static CommandLine commandLine() {
        return commandLine(COMMANDS, (parent, children) -> children);
    }

    /** Subcommands of subcommands. */
    private static final Map<Class<?>, List<Class<?>>> NESTED = Map.of(AnalyticsCommands.Screen.class,
            List.of(MacroCommands.Zombies.class), ImportCommand.class, ImportCommand.KINDS);

    /**
     * Of a command's subcommands, those {@code args} need, as picocli's model of each costs milliseconds to build: those
     * named; when none is, all of a command that runs nothing itself (import: for its usage and suggestions) or whose
     * help is asked for, and none of one that runs itself (screen without zombies).
     */
    private static BiFunction<Class<?>, List<Class<?>>, List<Class<?>>> nestedFor(String[] args) {
        List<String> words = Arrays.asList(args);
        boolean help = words.contains("--help") || words.contains("-h") || words.contains("help");
        return (parent, children) -> {
            List<Class<?>> named = children.stream().filter(child -> words.contains(child.getAnnotation(Command.class)
                    .name())).toList();
            boolean runsItself = Callable.class.isAssignableFrom(parent) || Runnable.class.isAssignableFrom(parent);
            return named.isEmpty() && (help || !runsItself) ? children : named;
        };
    }

    /**
     * The command line with {@code subcommands}, and of theirs those {@code nested} picks: exceptions become messages
     * on stderr and exit codes 2 (bad input) or 1. Building picocli's model of a command costs milliseconds each, so a
     * run builds only the one it runs.
     */
    private static CommandLine commandLine(List<Class<?>> subcommands,
            BiFunction<Class<?>, List<Class<?>>, List<Class<?>>> nested) {
        CommandLine commandLine = new CommandLine(new Main());
        subcommands.forEach(commandLine::addSubcommand);
        NESTED.forEach((parent, children) -> {
            CommandLine parentLine = commandLine.getSubcommands().get(parent.getAnnotation(Command.class).name());
            if (parentLine != null) {
                nested.apply(parent, children).forEach(parentLine::addSubcommand);
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // set after adding: picocli passes it to those it has
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
