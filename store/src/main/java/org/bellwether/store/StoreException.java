package org.bellwether.store;

/** A store operation failed; the message says what and, where it can, what to do. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message. */
    public StoreException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
