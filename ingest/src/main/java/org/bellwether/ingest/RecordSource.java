package org.bellwether.ingest;

import java.util.List;

/** A file read as a header and records of text fields, whatever its format. */
interface RecordSource extends AutoCloseable {

    /** The file name used in messages. */
    String name();

    /** The column names as written in the file. */
    List<String> header();

    /** Advances to the next record; false at the end. */
    boolean next();

    /** What is wrong with the current record as a whole (e.g. its field count), or null. */
    String recordProblem();

    /** Where the current record is, for messages: {@code line 17} or {@code row 17}. */
    default String location() {
        return "line " + line();
    }

    /** The line (CSV, JSON) or row (Parquet) number of the current record, 1-based, the header being line 1. */
    long line();

    /** Number of fields in the current record. */
    int fieldCount();

    /** Field {@code index} of the current record; {@code null} when missing. */
    String field(int index);

    /** How far through the source the reader is, in the units of {@link #size()}. */
    long position();

    /** The source's size (bytes or rows). */
    long size();

    @Override
    void close();
}
