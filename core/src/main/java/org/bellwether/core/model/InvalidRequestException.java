package org.bellwether.core.model;

/**
 * A question asked wrongly: a range that ends before it starts, a date the calendar does not cover, a shock of
 * nothing. The caller's mistake, told apart from a bug (a plain {@link IllegalArgumentException} inside a kernel),
 * so that the API answers it 400 with the message, and a bug 500 with an id in the server's log.
 */
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A wrong request; {@code message} says what to pass instead. */
    public InvalidRequestException(String message) {
        super(message);
    }
}
