package org.bellwether.store;

import java.time.Instant;

/**
 * What an import read, for the store's import log.
 *
 * @param name the file (or other source) name; for a fetched source its URL, without credentials
 * @param format the format it was read as
 * @param rowsRead data rows read from the source
 * @param rowsRejected rows the parser rejected before staging
 * @param retrievedAt when a fetched source was retrieved (or revalidated) from its URL; null for a local file
 */
public record ImportSource(String name, String format, long rowsRead, long rowsRejected, Instant retrievedAt) {

    /** A local file's import, with no retrieval time. */
    public ImportSource(String name, String format, long rowsRead, long rowsRejected) {
        this(name, format, rowsRead, rowsRejected, null);
    }
}
