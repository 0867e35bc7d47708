package org.bellwether.ingest;

import java.time.Instant;

/**
 * Where a fetched file came from: its URL (without credentials) names the source in the import log and in error
 * messages, and the retrieval time is logged beside it.
 *
 * @param url the URL the file was retrieved from, without API keys
 * @param retrievedAt when the source answered (a revalidated cache copy: when it confirmed the copy)
 */
public record Provenance(String url, Instant retrievedAt) {
}
