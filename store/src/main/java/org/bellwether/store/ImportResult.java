package org.bellwether.store;

import java.util.List;

/**
 * What an import changed.
 *
 * @param table the table written
 * @param rowsStaged rows staged (identical duplicates counted once per occurrence)
 * @param inserted rows with a key the table did not have
 * @param replaced rows whose key existed with other values, now replaced
 * @param unchanged rows identical to what the table held
 * @param rejections rows left out at commit (conflicting duplicates under skip-bad-rows)
 * @param importId the id under which the import log holds it ({@code bellwether undo} takes it)
 * @param laterVintages staged rows left out as later vintages of a row the import kept as first released
 * @param wholeSeries for a first import of daily bars (into an empty table), each symbol's series as the import wrote
 *     it, which is then all the store holds of it; empty when the import does not know the symbols' whole series
 */
public record ImportResult(String table, long rowsStaged, long inserted, long replaced, long unchanged,
        List<RowRejection> rejections, long importId, long laterVintages, List<SeriesSpan> wholeSeries) {

    /** Copies the lists. */
    public ImportResult {
        rejections = List.copyOf(rejections);
        wholeSeries = List.copyOf(wholeSeries);
    }
}
