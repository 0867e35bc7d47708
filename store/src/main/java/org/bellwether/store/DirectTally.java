package org.bellwether.store;

import java.util.List;

/**
 * What the importer's own reading of a file found, to compare with what DuckDB inserted from it (see
 * {@link StagedImport#directLoadMatches}).
 *
 * @param rows the rows read
 * @param keysIncreasing whether every row's key was greater than the one before, which proves them distinct
 * @param spans each symbol's rows as a span, in the file's order
 */
public record DirectTally(long rows, boolean keysIncreasing, List<SeriesSpan> spans) {

    /** Copies the spans. */
    public DirectTally {
        spans = List.copyOf(spans);
    }
}
