package org.bellwether.ingest;

import java.util.List;

/** A file read as a header and records of text fields, whatever its format. */
abstract class RecordSource implements AutoCloseable {

    private final String name;
    private List<String> header = List.of();

    RecordSource(String name) {
        this.name = name;
    }

    /** The file name used in messages. */
    final String name() {
        return name;
    }

    /** The column names as written in the file. */
    final List<String> header() {
        return header;
    }

    /** Sets the header, once the subclass has read it. */
    final void header(List<String> columns) {
        this.header = List.copyOf(columns);
    }

    /** Advances to the next record; false at the end. */
    abstract boolean next();

    /** What is wrong with the current record as a whole (e.g. its field count), or null. */
    abstract String recordProblem();

    /** Where the current record is, for messages: {@code line 17} or {@code row 17}. */
    String location() {
        return "line " + line();
    }

    /** The line (CSV, JSON) or row (Parquet) number of the current record, 1-based, the header being line 1. */
    abstract long line();

    /** Number of fields in the current record. */
    abstract int fieldCount();

    /** Field {@code index} of the current record; {@code null} when missing. */
    abstract String field(int index);

    /** How far through the source the reader is, in the units of {@link #size()}. */
    abstract long position();

    /** The source's size (bytes or rows). */
    abstract long size();

    @Override
    public abstract void close();
}
