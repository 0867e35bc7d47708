package org.bellwether.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.ingest.Provenance;
import org.bellwether.store.MarketStore;

/**
 * What every fetcher works with: the HTTP source, the base URL its paths are put after (the source's own, or a
 * mirror's), and the store its answers are imported into.
 *
 * @param http the HTTP source (cache, retries, rate limit)
 * @param baseUrl the base URL, without a trailing slash
 * @param store the store imported into
 * @param progress shown while a fetched file imports
 * @param skipBadRows whether bad rows are set aside instead of failing the import
 */
public record FetchContext(HttpSource http, String baseUrl, MarketStore store, ImportProgress progress,
        boolean skipBadRows) {

    /** Drops a trailing slash of the base URL. */
    public FetchContext {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The base URL and {@code pathAndQuery} (which starts with a slash). */
    URI uri(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    /** GETs {@code pathAndQuery} under the base URL, keeping the {@code secrets} parameters out of every record. */
    HttpSource.Response get(String pathAndQuery, Set<String> secrets) {
        return http.get(uri(pathAndQuery), secrets);
    }

    /** Imports {@code file} (the answer {@code response}, or a file made from it) as coming from its URL. */
    Fetched importAs(String item, HttpSource.Response response, Path file, Function<Imports, ImportReport> importer) {
        Imports imports = new Imports(store, progress, skipBadRows, new Provenance(response.url(),
                response.retrievedAt()));
        return new Fetched(item, response.url(), response.retrievedAt(), response.revalidated(),
                List.of(importer.apply(imports)));
    }
}
