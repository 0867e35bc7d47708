package org.bellwether.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a fact's number comes from.
 *
 * @param symbols the series read
 * @param firstSession the first session used
 * @param lastSession the last session used
 * @param sessions the number of closes used
 * @param historyStart the first stored session of the (first) series, which bounds what "record" can mean
 * @param definition the definition applied, in words (from DESIGN.md)
 */
public record Provenance(List<String> symbols, LocalDate firstSession, LocalDate lastSession, int sessions,
        LocalDate historyStart, String definition) {

    /** Copies the symbols. */
    public Provenance {
        symbols = List.copyOf(symbols);
    }
}
