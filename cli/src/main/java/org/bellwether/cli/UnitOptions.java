package org.bellwether.cli;

import java.util.List;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.ingest.MacroUnits;
import picocli.CommandLine.Option;

/** {@code --unit [SERIES=]UNIT}, as {@code import macro} and {@code fetch fred} take it. */
final class UnitOptions {

    @Option(names = "--unit", paramLabel = "[SERIES=]UNIT", description = {"the unit of the values, e.g. percent; "
        + "SERIES=UNIT for one series (repeatable).", "Series the built-in reference knows (DGS10, T10Y2Y, VIXCLS) "
        + "take its unit unless they are named."})
    private List<String> unit = List.of();

    /** The units given, then the reference's. */
    MacroUnits units() {
        ImportCommand.PerColumn given = ImportCommand.PerColumn.parse("--unit", "DGS10=percent", unit);
        return new MacroUnits(given.file(), given.byColumn(), KnownInstruments::unitOf);
    }
}
