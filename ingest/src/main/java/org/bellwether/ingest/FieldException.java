package org.bellwether.ingest;

/** One field of one record is bad. The importer adds the file and line. */
final class FieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String expected;

    FieldException(String field, String value, String expected) {
        super(field + ": found \"" + value + "\", expected " + expected, null, false, false);
        this.field = field;
        this.value = value;
        this.expected = expected;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    String expected() {
        return expected;
    }
}
