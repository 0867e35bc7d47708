package org.bellwether.core.model;

/**
 * The store holds the series, but not whole enough to answer (DESIGN: "Continuity", "Freshness"): the date lies in
 * a hole of its data, or the series is stale on it. Refused rather than computed from the last old value; the API
 * answers 422.
 */
public class IncompleteDataException extends NoDataException {

    private static final long serialVersionUID = 1L;

    /** Incomplete data, for {@code reason}, which names the hole or the last observation. */
    public IncompleteDataException(String reason) {
        super(reason);
    }
}
