package org.bellwether.ingest;

/**
 * An input file cannot be imported. The message names the file, the line (when there is one), the field, the value
 * found and what was expected, e.g. {@code prices.csv, line 17, field close: found "1O2.5", expected a number}.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /** A problem with the whole file. */
    public BadInputException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.line = 0;
    }

    /** A problem at one line (or row) of a file; {@code location} is e.g. {@code line 17}. */
    public BadInputException(String file, long line, String location, String problem) {
        super(file + ", " + location + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public String file() {
        return file;
    }

    /** The line at fault, or 0 when the whole file is. */
    public long line() {
        return line;
    }
}
