package org.bellwether.store;

import java.util.List;

/** One source has the same key on several rows with different values. */
public final class DuplicateKeyException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowRejection> conflicts;

    DuplicateKeyException(String message, List<RowRejection> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    /** The conflicting rows (at most a few per key). */
    public List<RowRejection> conflicts() {
        return conflicts;
    }
}
