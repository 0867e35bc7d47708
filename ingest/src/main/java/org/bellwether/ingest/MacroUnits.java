package org.bellwether.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The unit of each macro series an import writes (DESIGN: "Units"): a unit given for its column, else the one the
 * built-in instrument reference knows for the series (a yield is in percent, the VIX an index level), else the unit
 * given for the whole file; a long file's own unit column comes first.
 *
 * @param file the unit of every column without one of its own (null: unknown)
 * @param byColumn units by series id
 * @param reference what the instrument reference knows of a series' unit
 */
public record MacroUnits(String file, Map<String, String> byColumn, Function<String, Optional<String>> reference) {

    /** No unit known: the series carry none. */
    public static final MacroUnits NONE = fileWide(null);

    /** Copies the map. */
    public MacroUnits {
        byColumn = Map.copyOf(byColumn);
    }

    /** {@code unit} for every series (null: unknown), without a reference. */
    public static MacroUnits fileWide(String unit) {
        return new MacroUnits(unit, Map.of(), id -> Optional.empty());
    }

    /** The unit of series {@code id}, or null when none is known. */
    public String of(String id) {
        String own = byColumn.get(id);
        return own != null ? own : reference.apply(id).orElse(file);
    }
}
