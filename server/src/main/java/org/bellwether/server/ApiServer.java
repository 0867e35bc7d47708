package org.bellwether.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.facts.text.Json;
import org.bellwether.store.MarketStore;
import org.slf4j.LoggerFactory;

/**
 * {@code bellwether serve}: the API under {@code /api/v1} and the dashboard at {@code /}, from one process, over
 * HTTP or TLS. Binds 127.0.0.1 unless told otherwise; bound to any other address it needs a token, checked on every
 * API request ({@link Access}). Heavy answers are cached and bounded ({@link HeavyWork}). Errors are
 * {@code {"error":{"code","message"}}} with their status, mapped in one place ({@link ErrorMapping}).
 */
public final class ApiServer implements AutoCloseable {

    /** The largest request body accepted (a note to check). */
    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final String PREFIX = "/api/v1";
    private static final String STREAM = PREFIX + "/alerts/stream";

    private final Javalin app;
    private final ServerOptions options;
    private final AlertFeed alerts;
    private final HeavyWork heavy;

    private ApiServer(Javalin app, ServerOptions options, AlertFeed alerts, HeavyWork heavy) {
        this.app = app;
        this.options = options;
        this.alerts = alerts;
        this.heavy = heavy;
    }

    /**
     * Starts serving {@code store} on {@code host}:{@code port} (0: any free port); {@code token} is required when
     * {@code host} is not a loopback address, and checked on every API request when given.
     */
    public static ApiServer start(MarketStore store, String host, int port, String token) {
        return start(store, ServerOptions.of(host, port, token), new AlertFeed(null));
    }

    /** As {@link #start(MarketStore, String, int, String)}, with {@code alerts} as the live alert feed. */
    public static ApiServer start(MarketStore store, String host, int port, String token, AlertFeed alerts) {
        return start(store, ServerOptions.of(host, port, token), alerts);
    }

    /** Starts serving {@code store} as {@code options} say, with {@code alerts} as the live alert feed. */
    public static ApiServer start(MarketStore store, ServerOptions options, AlertFeed alerts) {
        if (options.token() == null && !isLoopback(options.host())) {
            throw new IllegalArgumentException("--host " + options.host() + " is reachable from other machines: give "
                    + "a token (--token-file or BELLWETHER_TOKEN) that every request must send");
        }
        Api api = new Api(store, alerts);
        Access access = new Access(options.token(), options.host());
        HeavyWork heavy = new HeavyWork(options.limits());
        List<Route> routes = new ArrayList<>(api.routes());
        routes.add(new Route("POST", "/alerts/tickets", "A single-use ticket (valid " + Access.TICKET_LIFE.toSeconds()
                + " s) to open /api/v1/alerts/stream as ?ticket=, for clients such as EventSource that cannot send "
                + "the Authorization header", List.of(), p -> access.issueTicket(), false, false, Route.Answer.DOCUMENT));
        ErrorMapping errors = new ErrorMapping(store);
        ObjectMapper mapper = Json.mapper(false);
        byte[] openApi = OpenApi.document(routes, mapper);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new JsonErrorHandler());
            });
            if (options.tls() != null) {
                config.jetty.addConnector((server, http) -> Tls.connector(server, http, options));
            }
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = Location.CLASSPATH;
            });
            String dataNote = api.dataNote();
            config.routes.before(PREFIX + "/*", ctx -> {
                ctx.header("Cache-Control", "no-store");
                access.check(ctx, ctx.path().equals(STREAM));
                if (dataNote != null) {
                    ctx.header("X-Bellwether-Data", dataNote);
                }
            });
            config.routes.get(PREFIX + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.sse(STREAM, alerts::connect);
            for (Route route : routes) {
                boolean post = route.method().equals("POST");
                io.javalin.http.Handler handler = ctx -> {
                    if (post && ctx.contentLength() > MAX_BODY_BYTES) {
                        throw new ApiException(413, "payload_too_large", "the body may hold at most " + MAX_BODY_BYTES
                                + " bytes");
                    }
                    if (route.marketData()) { // alert writes outdate the snapshot: polls of state must not rebuild it
                        api.refreshSnapshot();
                    }
                    Params params = new Params(ctx, post);
                    respond(ctx, route.heavy() ? heavy.answer(post ? null : new HeavyWork.Key(api.generation(),
                            LocalDate.now() + " " + ctx.path() + "?" + ctx.queryString()),
                            () -> route.handler().handle(params)) : route.handler().handle(params));
                };
                if (post) {
                    config.routes.post(PREFIX + route.path(), handler);
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
            config.routes.exception(Exception.class, errors::answer);
            config.routes.error(413, ctx -> {
                if (ctx.resultInputStream() == null) {
                    ErrorMapping.body(ctx, 413, "payload_too_large", "the body may hold at most " + MAX_BODY_BYTES
                            + " bytes");
                }
            });
        });
        app.start(options.host(), options.port());
        return new ApiServer(app, options, alerts, heavy);
    }

    private static void respond(Context ctx, Object document) {
        if (document instanceof Api.Html html) {
            ctx.html(html.page());
        } else {
            ctx.json(document);
        }
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
        String host = options.host();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((options.tls() == null ? "http" : "https") + "://" + shown + ":" + port() + "/");
    }

    /** Stops accepting requests and finishes the ones under way (up to 5 s). */
    @Override
    public void close() {
        alerts.disconnectAll(); // live feeds never end by themselves: the graceful stop would wait for them
        try {
            app.stop();
        } catch (JavalinException e) { // Jetty stops anyway once the grace period is over
            LoggerFactory.getLogger(ApiServer.class).warn("requests still open after the 5 s grace period were cut "
                    + "off: {}", e.getMessage());
        } finally {
            heavy.close();
        }
    }
}
