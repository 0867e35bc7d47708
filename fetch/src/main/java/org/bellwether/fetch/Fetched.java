package org.bellwether.fetch;

import java.time.Instant;
import java.util.List;
import org.bellwether.ingest.ImportReport;

/**
 * What fetching one item (a series, a symbol, a company, a fund) did.
 *
 * @param item what was asked for
 * @param url where it came from, without API keys
 * @param retrievedAt when the source answered
 * @param revalidated whether the cached copy was confirmed unchanged instead of downloaded again
 * @param imports what importing the answer changed
 */
public record Fetched(String item, String url, Instant retrievedAt, boolean revalidated, List<ImportReport> imports) {

    /** Copies the list. */
    public Fetched {
        imports = List.copyOf(imports);
    }
}
