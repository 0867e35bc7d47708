package org.bellwether.ingest;

import java.nio.file.Path;
import org.bellwether.store.TableSpec;

/**
 * The fast path for a file a byte-level scan can read on every core: the file, the table it fills and the scan that
 * checks its rows and hands their values to DuckDB.
 *
 * @param file the file as it is on disk (decompressed)
 * @param table the table it fills
 * @param scan the reading of the file's rows
 */
record DirectPlan(Path file, TableSpec table, CanonicalScan scan) {
}
