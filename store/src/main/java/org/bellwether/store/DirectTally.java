package org.bellwether.store;

/**
 * What the importer's own reading of a file found, to compare with what DuckDB inserted from it (see
 * {@link StagedImport#directLoadMatches}).
 *
 * @param rows the rows read
 * @param keysIncreasing whether every row's key was greater than the one before, which proves them distinct
 */
public record DirectTally(long rows, boolean keysIncreasing) {
}
