package org.bellwether.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.model.IncompleteDataException;
import org.bellwether.core.model.NoDataException;
import org.bellwether.facts.UnknownSymbolException;
import org.bellwether.facts.text.Json;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bellwether serve}: the API under {@code /api/v1} and the dashboard at {@code /}, from one process. Binds
 * 127.0.0.1 unless told otherwise; bound to any other address it needs a token, checked on every API request
 * ({@code Authorization: Bearer TOKEN}). Errors are {@code {"error":{"code","message"}}} with their status, mapped
 * in one place; a 500 never carries a stack trace.
 */
public final class ApiServer implements AutoCloseable {

    /** The largest request body accepted (a note to check). */
    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String PREFIX = "/api/v1";

    private final Javalin app;
    private final String host;
    private final AlertFeed alerts;

    private ApiServer(Javalin app, String host, AlertFeed alerts) {
        this.app = app;
        this.host = host;
        this.alerts = alerts;
    }

    /**
     * Starts serving {@code store} on {@code host}:{@code port} (0: any free port); {@code token} is required when
     * {@code host} is not a loopback address, and checked on every API request when given.
     */
    public static ApiServer start(MarketStore store, String host, int port, String token) {
        return start(store, host, port, token, new AlertFeed(null));
    }

    /** As {@link #start(MarketStore, String, int, String)}, with {@code alerts} as the live alert feed. */
    public static ApiServer start(MarketStore store, String host, int port, String token, AlertFeed alerts) {
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("--host " + host + " is reachable from other machines: give a token "
                    + "(--token or BELLWETHER_TOKEN) that every request must send");
        }
        Api api = new Api(store, alerts);
        List<Route> routes = api.routes();
        ObjectMapper mapper = Json.mapper(false);
        byte[] openApi = OpenApi.document(routes, mapper);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = Location.CLASSPATH;
            });
            String dataNote = api.dataNote();
            config.routes.before(PREFIX + "/*", ctx -> {
                ctx.header("Cache-Control", "no-store");
                if (dataNote != null) {
                    ctx.header("X-Bellwether-Data", dataNote);
                }
                if (token != null && !authorised(ctx, token)) {
                    throw new ApiException(401, "unauthorized", "send the server's token as Authorization: Bearer "
                            + "TOKEN");
                }
            });
            config.routes.get(PREFIX + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.sse(PREFIX + "/alerts/stream", alerts::connect);
            for (Route route : routes) {
                io.javalin.http.Handler handler = ctx -> {
                    if (route.marketData()) { // alert writes outdate the snapshot: polls of state must not rebuild it
                        api.refreshSnapshot();
                    }
                    respond(ctx, route.handler().handle(new Params(ctx), ctx));
                };
                if (route.method().equals("POST")) {
                    config.routes.post(PREFIX + route.path(), ctx -> {
                        if (ctx.contentLength() > MAX_BODY_BYTES) {
                            throw new ApiException(413, "payload_too_large", "the body may hold at most "
                                    + MAX_BODY_BYTES + " bytes");
                        }
                        handler.handle(ctx);
                    });
                } else {
                    config.routes.get(PREFIX + route.path(), handler);
                }
            }
            // last, so that they match only what no route above does
            io.javalin.http.Handler noSuchEndpoint = ctx -> {
                throw ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path() + " (see " + PREFIX
                        + "/openapi.json)");
            };
            config.routes.get(PREFIX + "/*", noSuchEndpoint);
            config.routes.post(PREFIX + "/*", noSuchEndpoint);
            config.routes.exception(Exception.class, ApiServer::error);
            config.routes.error(413, ctx -> {
                if (ctx.resultInputStream() == null) {
                    body(ctx, 413, "payload_too_large", "the body may hold at most " + MAX_BODY_BYTES + " bytes");
                }
            });
        });
        app.start(host, port);
        return new ApiServer(app, host, alerts);
    }

    private static void respond(Context ctx, Object document) {
        if (document instanceof Api.Html html) {
            ctx.html(html.page());
        } else {
            ctx.json(document);
        }
    }

    /** Every failure as {@code {"error":{"code","message"}}}: 4xx with the reason, 500 without internals. */
    private static void error(Exception exception, Context ctx) {
        if (exception instanceof ApiException api) {
            body(ctx, api.status(), api.code(), api.getMessage());
        } else if (exception instanceof UnknownSymbolException unknown) {
            body(ctx, 404, "unknown_symbol", unknown.getMessage());
        } else if (exception instanceof IncompleteDataException incomplete) {
            body(ctx, 422, "incomplete_data", incomplete.getMessage());
        } else if (exception instanceof NoDataException none) {
            body(ctx, 404, "not_found", none.getMessage());
        } else if (exception instanceof IllegalArgumentException bad) {
            body(ctx, 400, "bad_request", bad.getMessage());
        } else if (exception instanceof io.javalin.http.HttpResponseException http) {
            body(ctx, http.getStatus(), http.getStatus() == 413 ? "payload_too_large" : "http_" + http.getStatus(),
                    http.getMessage());
        } else if (exception instanceof StoreException store) {
            LOG.warn("store error on {} {}: {}", ctx.method(), ctx.path(), store.getMessage());
            body(ctx, 503, "store_unavailable", "the store could not be read; try again");
        } else {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), exception);
            body(ctx, 500, "internal", "internal error");
        }
    }

    private static void body(Context ctx, int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        ctx.status(status).json(Map.of("error", error));
    }

    private static boolean authorised(Context ctx, String token) {
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : ctx.queryParam("token");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + " is no address of this machine");
        }
    }

    /** The port served. */
    public int port() {
        return app.port();
    }

    /** The dashboard's address. */
    public URI url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** Stops accepting requests and finishes the ones under way (up to 5 s). */
    @Override
    public void close() {
        alerts.disconnectAll(); // live feeds never end by themselves: the graceful stop would wait for them
        app.stop();
    }
}
