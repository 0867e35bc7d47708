package org.bellwether.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.TableSpec;
import org.bellwether.store.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether export TABLE --parquet FILE | --dataset DIR}: a store table as Parquet, re-importable losslessly. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a store table to a Parquet file, ordered by its key, or as a dataset folder for Spark.",
            "Tables: instruments, daily_bars, intraday_bars, members, fundamentals, macro, events.",
            "The file imports back losslessly with the matching 'bellwether import' command."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "the table to export")
    private String table;

    @Option(names = "--parquet", paramLabel = "FILE", description = "the Parquet file to write")
    private Path parquet;

    @Option(names = "--dataset", paramLabel = "DIR", description = {"write DIR/TABLE as a dataset for Spark instead:",
        "bars partitioned by symbol (1-minute bars also by year), other tables one file"})
    private Path dataset;

    @Option(names = "--json", description = "print the result as one JSON document")
    private boolean json;

    @Override
    public Integer call() {
        TableSpec spec = Tables.byName(table).orElseThrow(() -> new IllegalArgumentException("TABLE must be one of "
                + Tables.ALL.stream().map(TableSpec::name).collect(Collectors.joining(", ")) + ", but was " + table));
        if ((parquet == null) == (dataset == null)) {
            throw new IllegalArgumentException("give exactly one of --parquet FILE or --dataset DIR");
        }
        Path written = parquet != null ? parquet : dataset.resolve(spec.name());
        long rows = parquet != null ? ParquetExport.export(main.store(), spec, parquet)
                : ParquetExport.exportDataset(main.store(), spec, dataset);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("table", spec.name());
            result.put(parquet != null ? "file" : "dataset", written.toString());
            result.put("rows", rows);
            Output.json(this.spec.commandLine().getOut(), result);
        } else {
            this.spec.commandLine().getOut().println("exported " + Output.count(rows) + " rows of " + spec.name() + " to "
                    + written);
            this.spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
