package org.bellwether.ingest;

import org.bellwether.store.DirectCsv;
import org.bellwether.store.TableSpec;

/**
 * The fast path for a file DuckDB can load as it is: what DuckDB loads into which table, and the scan that checks the
 * same file meanwhile and tallies it, to prove both read the same valid rows.
 *
 * @param csv the file and how DuckDB reads it
 * @param table the table it fills
 * @param scan the check of the file's rows
 */
record DirectPlan(DirectCsv csv, TableSpec table, CanonicalScan scan) {
}
