/**
 * Fetchers for public market data sources: FRED, SEC EDGAR, Stooq, Yahoo's chart API and iShares holdings files.
 * Each turns a source's answer into a file the importers of {@code org.bellwether.ingest} read, so fetched data gets
 * the same validation, idempotence and import log (with the URL and retrieval time) as a file. Every request goes
 * through {@link org.bellwether.fetch.HttpSource}: a revalidating disk cache, retries with backoff and jitter that
 * honour Retry-After, and a request-rate limit per source.
 */
package org.bellwether.fetch;
