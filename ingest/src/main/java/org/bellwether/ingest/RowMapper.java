package org.bellwether.ingest;

import java.util.List;
import org.bellwether.store.TableSpec;

/** Turns the current record of a source into zero or more normalized store rows. */
interface RowMapper {

    /** Receives the rows a record maps to. */
    interface RowSink {
        /** One row for {@code table}, values in its column order, as staging text ({@code null} = missing). */
        void add(TableSpec table, String[] values);
    }

    /** The format label for reports and the import log, e.g. {@code yahoo}. */
    String format();

    /** Maps the current record of {@code source}. */
    void map(RecordSource source, RowSink sink) throws FieldException;

    /** Adds the rows known only once every record was read (bars aggregated from trades); none by default. */
    default void finish(RowSink sink) {
    }

    /**
     * A plan to read the file with a byte-level scan on every core, when the header allows it (a long CSV of daily
     * bars); null otherwise. It is only used if its scan vouches for every row.
     */
    default DirectPlan directPlan(RecordSource source) {
        return null;
    }

    /** Records that held no data at all (e.g. Yahoo's all-{@code null} rows) and were skipped. */
    default long emptyRecordsSkipped() {
        return 0;
    }

    /** Bars whose open or close lay slightly outside [low, high], taken with the range widened to hold it. */
    default long rangesWidened() {
        return 0;
    }

    /**
     * The value columns of {@code table} this source does not have, whose stored values an import keeps (a file of
     * some columns updates only those); none by default: a row is stored whole.
     */
    default List<String> keptColumns(TableSpec table) {
        return List.of();
    }
}
