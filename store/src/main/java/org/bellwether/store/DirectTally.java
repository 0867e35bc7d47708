package org.bellwether.store;

/**
 * What the importer's own reading of a file found, to compare with what DuckDB loaded from it (see
 * {@link StagedImport#directLoadMatches}): the row count, each store column's number of values, the exact sums of its
 * whole-number columns and of its dates (as yyyymmdd numbers), and whether the keys strictly increased, which proves
 * them distinct.
 *
 * @param rows the rows read
 * @param present per store column, the rows holding a value
 * @param sums per store column, the sum of its whole numbers or yyyymmdd dates (0 for other types)
 * @param keysIncreasing whether every row's key was greater than the one before
 */
public record DirectTally(long rows, long[] present, long[] sums, boolean keysIncreasing) {

    /** Copies the arrays. */
    public DirectTally {
        present = present.clone();
        sums = sums.clone();
    }
}
