package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bellwether.report.DemoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API in-process over real HTTP, on the demo store: shapes, values, errors, tokens, concurrency. */
class ApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    static void error(HttpResponse<String> response, int status, String code, String messagePart) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).contains(messagePart);
    }

    @Test
    void perf_answers_in_the_clis_shape() throws Exception {
        JsonNode perf = ok("api/v1/perf?symbols=RUT,SPX,NDX&period=mtd&as_of=2026-01-22");
        assertThat(perf.get("rows").get(0).get("return_pct").asDouble()).isCloseTo(8.7312, within(1e-4));
        assertThat(perf.get("relative_bp").get(0).get("bp").asDouble())
                .isCloseTo((2512.18 / 2310.45 - 6120.45 / 5980.12) * 10_000, within(1e-6));
        JsonNode range = ok("api/v1/perf?symbols=RUT,SPX&from=2025-12-31&to=2026-01-22");
        assertThat(range.get("rows").get(0)).isEqualTo(perf.get("rows").get(0)); // MTD is the range from Dec 31
        assertThat(range.get("rows").get(1).get("start_level").asDouble()).isEqualTo(5980.12);
    }

    @Test
    void every_capability_answers_on_the_demo_store() throws Exception {
        assertThat(ok("api/v1/instruments").size()).isGreaterThan(2500);
        assertThat(ok("api/v1/instruments/RUT").get("kind").asText()).isEqualTo("INDEX");
        assertThat(ok("api/v1/universe").toString()).isEqualTo("[\"RUT\",\"SPX\",\"NDX\",\"KRX\"]");
        assertThat(ok("api/v1/bars/RUT?from=2026-01-02&to=2026-01-22").get("bars")).hasSize(14);
        assertThat(ok("api/v1/bars/RUT?from=2026-01-21&to=2026-01-21&interval=1m").get("bars")).hasSize(390);
        assertThat(ok("api/v1/records/RUT?year=2026&as_of=2026-01-22").get("count").asInt()).isEqualTo(7);
        assertThat(ok("api/v1/moves/RUT?from=2026-01-21&to=2026-01-21&k=0").get("moves").get(0).get("return_pct")
                .asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(ok("api/v1/stats/KRX?vs=RUT&from=2025-01-02&to=2025-12-31").get("sessions").asInt()).isEqualTo(249);
        assertThat(ok("api/v1/corr?a=KRX&b=RUT&from=2026-01-16&to=2026-01-23&intraday=true").get("correlation")
                .asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(ok("api/v1/breakouts/RUT?from=2026-01-21&to=2026-01-21&intraday=true").get("breakouts").get(0)
                .get("time").asText()).isEqualTo("2026-01-21T12:30:00-05:00");
        assertThat(ok("api/v1/levels/RUT?as_of=2026-01-20&intraday=true").get("levels")).isNotEmpty();
        JsonNode rolling = ok("api/v1/rolling?a=KRX&b=RUT&from=2025-06-02&to=2026-01-22&window=63");
        assertThat(rolling.get("correlation").get(rolling.get("correlation").size() - 1).asDouble()).isGreaterThan(0.8);
        JsonNode matrix = ok("api/v1/correlations?symbols=RUT,SPX,KRX&from=2025-01-02&to=2025-12-31");
        assertThat(matrix.get("matrix").get(0).get(0).asDouble()).isEqualTo(1.0);
        assertThat(matrix.get("matrix").get(0).get(2).asDouble()).isEqualTo(matrix.get("matrix").get(2).get(0)
                .asDouble()).isGreaterThan(0.8);
        JsonNode withSectors = ok("api/v1/correlations?symbols=RUT,SPX&sectors=RUT&from=2025-01-02&to=2025-12-31");
        assertThat(withSectors.get("names").get(2).asText()).isNotIn("RUT", "SPX");
        assertThat(withSectors.get("names").size()).isGreaterThan(4).isEqualTo(withSectors.get("matrix").size());
        assertThat(withSectors.get("matrix").get(0).get(2).asDouble()).isBetween(-1.0, 1.0);
        assertThat(ok("api/v1/breadth/RUT?as_of=2026-01-22").get("members").asInt()).isEqualTo(2000);
        assertThat(ok("api/v1/concentration/SPX?as_of=2026-01-22&top=5").get("top_weight_pct").asDouble())
                .isCloseTo(22.50, within(0.005));
        assertThat(ok("api/v1/sectors/RUT?from=2025-12-31&to=2026-01-22").get("sectors")).isNotEmpty();
        assertThat(ok("api/v1/screen?vs=SPX&as_of=2026-01-22&symbols=RUT,NDX").get("rows")).hasSize(2);
        assertThat(ok("api/v1/zombies/RUT?as_of=2026-01-22&vs=SPX").get("share_pct").asDouble())
                .isCloseTo(20.0, within(1e-9));
        assertThat(ok("api/v1/rates?as_of=2026-01-22").get("series")).hasSize(3);
        assertThat(ok("api/v1/sensitivity/RUT?series=DGS2&from=2025-01-02&to=2025-12-31").get("observations")
                .asInt()).isGreaterThan(200);
        JsonNode whatIf = ok("api/v1/whatif/RUT?as_of=2026-01-22&rates_bp=100&tariffs=Materials:25,Industrials:25");
        assertThat(whatIf.get("share_before_pct").asDouble()).isEqualTo(20.0);
        assertThat(whatIf.get("share_after_pct").asDouble()).isGreaterThan(21);
        assertThat(whatIf.get("by_sector").findValuesAsText("sector")).contains("Materials", "Industrials");
        JsonNode sessions = ok("api/v1/sessions?from=2026-11-25&to=2026-11-30").get("days");
        assertThat(sessions.findValuesAsText("date")).containsExactly("2026-11-25", "2026-11-26", "2026-11-27",
                "2026-11-30");
        assertThat(sessions.get(1).get("holiday").asText()).isEqualTo("Thanksgiving Day");
        assertThat(sessions.get(2).get("close").asText()).isEqualTo("13:00");
        assertThat(sessions.get(2).get("early_close").asBoolean()).isTrue();
        JsonNode calendar = ok("api/v1/calendar?from=2026-01-01&to=2026-01-31&as_of=2026-01-22");
        assertThat(calendar.get("next_catalyst").get("expected_date").asText()).isEqualTo("2026-01-29");
        String event = calendar.get("events").get(3).get("id").asText();
        assertThat(ok("api/v1/event-study?event=" + event + "&symbols=RUT,KRX&vs=SPX").get("results")).hasSize(2);
        assertThat(ok("api/v1/catalysts/RUT?from=2026-01-02&to=2026-01-23&top=1").get("moves")).hasSize(1);
        assertThat(ok("api/v1/notes?as_of=2026-01-22&universe=RUT,SPX").get("headline").asText())
                .isEqualTo("Russell 2000 posts its first close above 2,500");
        HttpResponse<String> html = get("api/v1/notes?as_of=2026-01-22&universe=RUT,SPX&format=html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<svg").contains("seventh");
    }

    @Test
    void the_registry_and_its_computable_kinds_are_served() throws Exception {
        JsonNode registry = ok("api/v1/facts");
        JsonNode breakout = null;
        for (JsonNode kind : registry) {
            if (kind.get("kind").asText().equals("breakout_252")) {
                breakout = kind;
            }
        }
        assertThat(breakout).isNotNull();
        assertThat(breakout.get("version").asInt()).as("undefined on a short history since version 2").isEqualTo(2);
        assertThat(breakout.get("parameters").findValuesAsText("name")).contains("BREAKOUT_HIGH_SESSIONS",
                "VOLUME_MULTIPLE", "BREAKOUT_VOLUME_SESSIONS");
        assertThat(breakout.get("computable").asBoolean()).isFalse();
        // the streak of RUT as of 2026-01-22, counted here from its closes
        JsonNode bars = ok("api/v1/bars/RUT?from=2025-11-01&to=2026-01-22").get("bars");
        int last = bars.size() - 1;
        double sign = Math.signum(bars.get(last).get("close").asDouble() - bars.get(last - 1).get("close").asDouble());
        int run = 0;
        for (int i = last; i > 0 && Math.signum(bars.get(i).get("close").asDouble()
                - bars.get(i - 1).get("close").asDouble()) == sign && sign != 0; i--) {
            run++;
        }
        JsonNode streak = ok("api/v1/facts/streak?symbol=RUT&as_of=2026-01-22");
        assertThat(streak.get("kind").asText()).isEqualTo("streak");
        assertThat(streak.get("value").asDouble()).isEqualTo(sign * run);
        assertThat(streak.get("end").asText()).isEqualTo("2026-01-22");
        assertThat(streak.get("unit").asText()).isEqualTo("count");
        assertThat(streak.get("provenance").get("simulated").asBoolean()).isTrue();
        error(get("api/v1/facts/streak?symbol=NOPE&as_of=2026-01-22"), 404, "not_found", "no daily bars for NOPE");
        error(get("api/v1/facts/return?symbol=RUT&as_of=2026-01-22"), 404, "not_found", "no computable fact kind");
    }

    @Test
    void check_reads_the_note_in_the_body() throws Exception {
        String story;
        try (InputStream in = ApiServerTest.class.getResourceAsStream("/org/bellwether/report/small-cap-fever.txt")) {
            story = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                "api/v1/checks?as_of=2026-01-22")).POST(HttpRequest.BodyPublishers.ofString(story)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode check = JSON.readTree(response.body());
        assertThat(check.get("summary").toString()).isEqualTo("{\"verified\":22,\"contradicted\":1,\"unverifiable\":2}");
    }

    @Test
    void bad_input_is_a_400_naming_the_field() throws Exception {
        error(get("api/v1/perf?symbols=RUT&from=2026-13-01&to=2026-01-22"), 400, "bad_request", "from must be an ISO date");
        error(get("api/v1/perf?symbols=RUT"), 400, "bad_request", "from is required");
        error(get("api/v1/whatif/RUT?as_of=2026-01-22&tariffs=Materials"), 400, "bad_request",
                "tariffs must list Name:percent pairs");
        error(get("api/v1/whatif/RUT?as_of=2026-01-22&tariffs=Mining:25"), 400, "bad_request",
                "no instrument has the sector 'Mining'");
        error(get("api/v1/whatif/RUT?as_of=2026-01-22"), 400, "bad_request", "whatif needs a shock");
        error(get("api/v1/perf?symbols=RUT&from=2026-01-22&to=2026-01-01"), 400, "bad_request", "to must not be before");
        error(get("api/v1/records/RUT;DROP?as_of=2026-01-22"), 400, "bad_request", "symbol must be a symbol");
        error(get("api/v1/moves/RUT?from=2026-01-02&to=2026-01-22&k=abc"), 400, "bad_request", "k must be a number");
        error(get("api/v1/bars/RUT?from=2025-01-01&to=2026-01-22&interval=1m"), 400, "bad_request", "at most 31 days");
        error(get("api/v1/bars/RUT?from=1900-01-01&to=2100-01-01"), 400, "bad_request", "60 years");
        error(get("api/v1/breadth/DGS2?as_of=2026-01-22"), 404, "not_found", "has no members of DGS2");
    }

    @Test
    void unknown_symbols_and_endpoints_are_404s() throws Exception {
        error(get("api/v1/instruments/NOPE"), 404, "not_found", "NOPE");
        error(get("api/v1/records/ZZZ?as_of=2026-01-22"), 404, "unknown_symbol", "ZZZ");
        error(get("api/v1/nothing"), 404, "not_found", "no such endpoint");
    }

    @Test
    void a_body_over_one_megabyte_is_a_413() throws Exception {
        byte[] big = new byte[ApiServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        // the server answers from the headers and closes: a client that waits for "100 Continue" sees the answer
        // rather than a connection closed while it still sends
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                "api/v1/checks?as_of=2026-01-22")).expectContinue(true).POST(HttpRequest.BodyPublishers
                .ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        error(response, 413, "payload_too_large", "1048576");
    }

    @Test
    void the_openapi_document_lists_every_route() throws Exception {
        JsonNode openApi = ok("api/v1/openapi.json");
        assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        openApi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/perf", "/api/v1/instruments/{symbol}", "/api/v1/checks", "/api/v1/notes",
                "/api/v1/zombies/{index}", "/api/v1/event-study", "/api/v1/rolling", "/api/v1/universe", "/api/v1/whatif/{index}", "/api/v1/sessions", "/api/v1/alerts", "/api/v1/health", "/api/v1/facts", "/api/v1/rules", "/api/v1/gaps", "/api/v1/facts/{kind}", "/api/v1/alerts/tickets").hasSize(34);
        assertThat(openApi.at("/paths/~1api~1v1~1checks/post/responses/413/description").asText()).contains("1 MB");
        assertThat(openApi.at("/paths/~1api~1v1~1perf/get/responses/413").isMissingNode()).isTrue();
        assertThat(openApi.at("/paths/~1api~1v1~1notes/get/responses/429/headers/Retry-After").isObject()).isTrue();
        assertThat(openApi.at("/paths/~1api~1v1~1perf/get/responses/429").isMissingNode()).as("a light endpoint")
                .isTrue();
        assertThat(openApi.at("/paths/~1api~1v1~1perf/get/responses/401/description").asText()).contains("Bearer");
    }

    /** The schema a reference points to in the OpenAPI document. */
    private static JsonNode resolved(JsonNode openApi, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? schema : openApi.at(ref.asText().substring(1));
    }

    /** Every field of {@code value}, at every depth, is declared by {@code schema}; returns the fields checked. */
    private static int declares(JsonNode openApi, JsonNode schema, JsonNode value, String where) {
        JsonNode type = resolved(openApi, schema);
        int checked = 0;
        if (value.isObject() && type.has("properties")) {
            for (var field : value.properties()) {
                JsonNode declared = type.get("properties").get(field.getKey());
                assertThat(declared).as(where + "." + field.getKey() + " is declared in " + type).isNotNull();
                checked += 1 + declares(openApi, declared, field.getValue(), where + "." + field.getKey());
            }
        } else if (value.isArray() && type.has("items")) {
            for (JsonNode item : value) {
                checked += declares(openApi, type.get("items"), item, where + "[]");
            }
        }
        return checked;
    }

    @Test
    void every_typed_answer_matches_its_response_schema() throws Exception {
        JsonNode openApi = ok("api/v1/openapi.json");
        Map<String, String> requests = new LinkedHashMap<>(); // the documented path, and a request of it
        requests.put("/instruments/{symbol}", "instruments/RUT");
        requests.put("/perf", "perf?symbols=RUT,SPX&period=mtd&as_of=2026-01-22");
        requests.put("/records/{symbol}", "records/RUT?year=2026&as_of=2026-01-22");
        requests.put("/moves/{symbol}", "moves/RUT?from=2026-01-02&to=2026-01-22&k=0");
        requests.put("/stats/{symbol}", "stats/KRX?vs=RUT&from=2025-01-02&to=2025-12-31");
        requests.put("/levels/{symbol}", "levels/RUT?as_of=2026-01-20&intraday=true");
        requests.put("/breakouts/{symbol}", "breakouts/RUT?from=2026-01-21&to=2026-01-21&intraday=true");
        requests.put("/breadth/{index}", "breadth/RUT?as_of=2026-01-22");
        requests.put("/concentration/{index}", "concentration/SPX?as_of=2026-01-22&top=5");
        requests.put("/zombies/{index}", "zombies/RUT?as_of=2026-01-22");
        requests.put("/rates", "rates?as_of=2026-01-22");
        requests.put("/whatif/{index}", "whatif/RUT?as_of=2026-01-22&rates_bp=100");
        requests.put("/calendar", "calendar?from=2026-01-01&to=2026-01-31&as_of=2026-01-22");
        requests.put("/facts/{kind}", "facts/streak?symbol=RUT&as_of=2026-01-22");
        requests.put("/catalysts/{symbol}", "catalysts/RUT?from=2026-01-02&to=2026-01-23&top=1");
        requests.put("/sectors/{index}", "sectors/RUT?from=2025-12-31&to=2026-01-22");
        requests.put("/sensitivity/{symbol}", "sensitivity/RUT?series=DGS2&from=2025-01-02&to=2025-12-31");
        int checked = 0;
        for (Map.Entry<String, String> request : requests.entrySet()) {
            JsonNode operation = openApi.get("paths").get("/api/v1" + request.getKey()).get("get");
            JsonNode schema = operation.at("/responses/200/content/application~1json/schema");
            assertThat(schema.has("$ref")).as(request.getKey() + " has a generated schema: " + schema).isTrue();
            checked += declares(openApi, schema, ok("api/v1/" + request.getValue()), request.getValue());
        }
        assertThat(checked).as("fields checked").isGreaterThan(300);
    }

    @Test
    void off_loopback_a_token_is_required_and_checked_on_every_request() throws Exception {
        assertThatThrownBy(() -> ApiServer.start(DemoStore.data().store(), "0.0.0.0", 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        try (ApiServer guarded = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, "s3cret")) {
            URI perf = guarded.url().resolve("api/v1/rates?as_of=2026-01-22");
            HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(perf).build(),
                    HttpResponse.BodyHandlers.ofString());
            error(without, 401, "unauthorized", "Bearer");
            assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(perf).header("Authorization",
                    "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> inUrl = HTTP.send(HttpRequest.newBuilder(guarded.url().resolve(
                    "api/v1/rates?as_of=2026-01-22&token=s3cret")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(inUrl.statusCode()).as("a token in the URL leaks to history and logs").isEqualTo(401);
            HttpResponse<String> right = HTTP.send(HttpRequest.newBuilder(perf).header("Authorization",
                    "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(right.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void concurrent_requests_get_the_answers_they_get_alone() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String symbol : List.of("RUT", "SPX", "NDX", "KRX")) {
            for (String asOf : List.of("2026-01-20", "2026-01-21", "2026-01-22", "2025-12-31")) {
                paths.add("api/v1/perf?symbols=" + symbol + ",SPX&period=mtd&as_of=" + asOf);
            }
        }
        List<String> alone = new ArrayList<>();
        for (String path : paths) {
            alone.add(ok(path).toString());
        }
        assertThat(alone).doesNotHaveDuplicates(); // so that a mix-up between requests shows
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                paths.forEach(path -> calls.add(() -> ok(path).toString()));
            }
            List<Future<String>> answers = pool.invokeAll(calls);
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(alone.get(i % paths.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
