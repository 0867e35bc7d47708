package org.bellwether.core.model;

/**
 * The store holds no data to answer a question: no bars of the symbol, no members of the index on the date, too few
 * sessions for a window. Told apart from a bad argument or a bug, so that an output leaving out what it cannot say
 * (a story of the note, a claim of the checker) catches this and nothing else. It is still bad input to the command
 * line (exit 2) and the API (4xx).
 */
public class NoDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** No data, for {@code reason}, which says what is missing and how to get it. */
    public NoDataException(String reason) {
        super(reason);
    }
}
