package org.bellwether.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.core.model.IncompleteDataException;
import org.bellwether.core.model.InvalidRequestException;
import org.bellwether.core.model.NoDataException;
import org.bellwether.facts.UnknownSymbolException;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as {@code {"error":{"code","message"}}}, in one place: the caller's mistakes 4xx with the reason;
 * anything else (a bug) logged with an id and answered 500 with only that id. No message carries the store's folder.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String[] folders;

    ErrorMapping(MarketStore store) {
        Path absolute = store.file().toAbsolutePath();
        Path folder = absolute.getParent();
        Path given = store.file().getParent();
        this.folders = java.util.stream.Stream.of(folder, given).filter(java.util.Objects::nonNull)
                .map(p -> p.toString() + java.io.File.separator).distinct()
                .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
    }

    void answer(Exception exception, Context ctx) {
        if (exception instanceof ApiException api) {
            if (api.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(api.retryAfterSeconds()));
            }
            body(ctx, api.status(), api.code(), withoutFolders(api.getMessage()));
        } else if (exception instanceof UnknownSymbolException unknown) {
            body(ctx, 404, "unknown_symbol", withoutFolders(unknown.getMessage()));
        } else if (exception instanceof IncompleteDataException incomplete) {
            body(ctx, 422, "incomplete_data", withoutFolders(incomplete.getMessage()));
        } else if (exception instanceof NoDataException none) {
            body(ctx, 404, "not_found", withoutFolders(none.getMessage()));
        } else if (exception instanceof InvalidRequestException bad) {
            body(ctx, 400, "bad_request", withoutFolders(bad.getMessage()));
        } else if (exception instanceof HttpResponseException http) {
            body(ctx, http.getStatus(), http.getStatus() == 413 ? "payload_too_large" : "http_" + http.getStatus(),
                    http.getMessage());
        } else if (exception instanceof StoreException store) {
            String id = logged(ctx, exception, false);
            body(ctx, 503, "store_unavailable", "the store could not be read (error " + id + "); try again")
                    .header("Retry-After", "1");
        } else {
            String id = logged(ctx, exception, true);
            body(ctx, 500, "internal", "internal error " + id + " (the server's log has the details)");
        }
    }

    /** Logs {@code exception} under a new id, with its stack trace when it is a bug; returns the id. */
    private static String logged(Context ctx, Exception exception, boolean bug) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        if (bug) {
            LOG.error("error {} on {} {}", id, ctx.method(), ctx.path(), exception);
        } else {
            LOG.warn("error {} on {} {}: {}", id, ctx.method(), ctx.path(), exception.getMessage());
        }
        return id;
    }

    /** {@code message} with the store's folder left out of every path ("in bellwether.duckdb"). */
    String withoutFolders(String message) {
        String shown = message;
        for (String folder : folders) {
            shown = shown.replace(folder, "");
        }
        return shown;
    }

    static Context body(Context ctx, int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return ctx.status(status).json(Map.of("error", error));
    }
}
