package org.bellwether.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.store.ImportLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether imports} and {@code bellwether undo}: the store's import log, and taking one import back. */
final class ImportLogCommands {

    private ImportLogCommands() {
    }

    /** {@code bellwether imports}: every import, with its id, table, file and what it changed. */
    @Command(name = "imports", mixinStandardHelpOptions = true,
            description = {"List the imports into the store, oldest first: id, time, table, file and rows read,",
                "inserted, replaced, unchanged and rejected. 'bellwether undo ID' takes one back."})
    static final class Imports implements Callable<Integer> {

        @ParentCommand
        private Main main;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "print the log as one JSON document")
        private boolean json;

        @Override
        public Integer call() {
            List<ImportLog.Entry> entries = new ImportLog(main.store()).entries();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Output.json(out, Map.of("imports", entries));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ImportLog.Entry entry : entries) {
                rows.add(List.of(entry.id() == null ? "-" : entry.id().toString(), entry.importedAt().toString(),
                        entry.table(), entry.source(), Output.count(entry.rowsRead()), Output.count(entry.inserted()),
                        Output.count(entry.replaced()), Output.count(entry.unchanged()), Output.count(entry.rejected()),
                        state(entry)));
            }
            Output.table(out, List.of("ID", "IMPORTED AT (UTC)", "TABLE", "SOURCE", "READ", "INSERTED", "REPLACED",
                    "UNCHANGED", "REJECTED", "STATE"), rows);
            if (entries.stream().anyMatch(entry -> entry.id() == null)) {
                out.println("Imports without an id were logged before the store recorded what each import wrote; they "
                        + "cannot be undone.");
            }
            out.flush();
            return 0;
        }
    }

    /** What became of an import: undone, or for a fetched one when its source was retrieved. */
    private static String state(ImportLog.Entry entry) {
        if (entry.undoneAt() != null) {
            return "undone " + entry.undoneAt();
        }
        return entry.retrievedAt() == null ? "" : "retrieved " + entry.retrievedAt();
    }

    /** {@code bellwether undo ID}: removes what one import added and restores what it replaced. */
    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = {"Take back one import (its ID from 'bellwether imports'): delete the rows it wrote and put",
                "back the rows it replaced, in one transaction. Refused while a later import replaced rows it",
                "wrote: undo that one first."})
    static final class Undo implements Callable<Integer> {

        @ParentCommand
        private Main main;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "the import's id")
        private long id;

        @Option(names = "--json", description = "print the result as one JSON document")
        private boolean json;

        @Override
        public Integer call() {
            ImportLog.Undo undo = new ImportLog(main.store()).undo(id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Output.json(out, undo);
                return 0;
            }
            out.println("Undid import " + id + " (" + undo.entry().table() + " from " + undo.entry().source() + "): "
                    + Output.count(undo.removed()) + (undo.removed() == 1 ? " row" : " rows") + " removed, "
                    + Output.count(undo.restored()) + " replaced " + (undo.restored() == 1 ? "row" : "rows")
                    + " restored.");
            out.flush();
            return 0;
        }
    }
}
