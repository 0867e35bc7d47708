package org.bellwether.ingest;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.store.ImportResult;

/**
 * What importing one file did.
 *
 * @param file the file
 * @param format the format it was read as
 * @param rowsRead data records read
 * @param emptyRecordsSkipped records with no data at all (e.g. Yahoo's {@code null} rows), skipped
 * @param rangesWidened bars whose open or close lay up to {@code Definitions.BAR_RANGE_TOLERANCE} outside [low,
 *     high], taken with the range widened to hold it
 * @param rejected records rejected (only with skip-bad-rows; otherwise the import fails)
 * @param rejectsFile where the rejected records and their reasons were written, or null
 * @param results what was written to each table
 */
public record ImportReport(Path file, String format, long rowsRead, long emptyRecordsSkipped, long rangesWidened,
        long rejected,
        Path rejectsFile, List<ImportResult> results) {

    /** Copies the results. */
    public ImportReport {
        results = List.copyOf(results);
    }

    /** Rows inserted across tables. */
    public long inserted() {
        return results.stream().mapToLong(ImportResult::inserted).sum();
    }

    /** Rows replaced across tables. */
    public long replaced() {
        return results.stream().mapToLong(ImportResult::replaced).sum();
    }

    /** Rows unchanged across tables. */
    public long unchanged() {
        return results.stream().mapToLong(ImportResult::unchanged).sum();
    }
}
