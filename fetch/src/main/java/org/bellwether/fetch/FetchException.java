package org.bellwether.fetch;

/** A source could not be fetched, or answered with something that is not its data; the message says what to do. */
public final class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public FetchException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
