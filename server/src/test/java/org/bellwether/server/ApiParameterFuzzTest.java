package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bellwether.report.DemoStore;

/**
 * The API's parameters (and the body of {@code POST /checks}) fed arbitrary strings over real HTTP on the demo
 * store (Jazzer; the seeds under ApiParameterFuzzTestInputs run as regression tests): every answer is JSON (or the
 * note's HTML page when asked for), and none is a 500. A 500, a non-JSON error, a hang or a crash is a finding.
 */
class ApiParameterFuzzTest {

    /** Marks a template sent as a POST, whose body is the rest of the input. */
    private static final String POST = "POST ";
    /** Endpoints with their parameters, each {@code %s} filled with a fuzzed string. */
    private static final List<String> TEMPLATES = List.of(
            "perf?symbols=%s&from=%s&to=%s",
            "perf?symbols=%s&period=%s&as_of=%s&total_return=%s",
            "bars/%s?from=%s&to=%s&interval=%s",
            "records/%s?year=%s&as_of=%s",
            "moves/%s?from=%s&to=%s&k=%s",
            "stats/%s?vs=%s&from=%s&to=%s",
            "corr?a=%s&b=%s&from=%s&to=%s&intraday=%s",
            "rolling?a=%s&b=%s&from=%s&to=%s&window=%s",
            "levels/%s?as_of=%s&intraday=%s&within=%s",
            "breakouts/%s?from=%s&to=%s&intraday=%s",
            "breadth/%s?as_of=%s",
            "concentration/%s?as_of=%s&top=%s",
            "screen?vs=%s&as_of=%s&symbols=%s",
            "zombies/%s?as_of=%s&vs=%s",
            "rates?as_of=%s",
            "sensitivity/%s?series=%s&from=%s&to=%s&window=%s",
            "calendar?from=%s&to=%s&as_of=%s",
            "whatif/%s?as_of=%s&rates_bp=%s&tariffs=%s",
            "sessions?from=%s&to=%s",
            "facts/%s?symbol=%s&as_of=%s",
            "gaps?symbols=%s&as_of=%s&intraday=%s",
            "instruments/%s",
            "universe?as_of=%s",
            "alerts?limit=%s",
            "correlations?symbols=%s&from=%s&to=%s&sectors=%s",
            "sectors/%s?from=%s&to=%s",
            "event-study?event=%s&symbols=%s&vs=%s&before=%s&after=%s",
            "catalysts/%s?from=%s&to=%s&top=%s",
            "notes?as_of=%s&universe=%s&format=%s",
            POST + "checks?as_of=%s&format=%s&session_window=%s");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ApiServer server;

    private static synchronized URI base() {
        if (server == null) {
            server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url().resolve("api/v1/");
    }

    private static String encoded(String value, boolean inPath) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return inPath ? encoded.replace("+", "%20") : encoded;
    }

    @FuzzTest(maxDuration = "60s")
    void any_parameters(FuzzedDataProvider data) throws IOException, InterruptedException {
        String picked = data.pickValue(TEMPLATES);
        boolean post = picked.startsWith(POST);
        String template = post ? picked.substring(POST.length()) : picked;
        StringBuilder path = new StringBuilder();
        int at = 0;
        for (int hole = template.indexOf("%s"); hole >= 0; hole = template.indexOf("%s", at)) {
            path.append(template, at, hole);
            path.append(encoded(data.consumeString(40), template.indexOf('?') < 0 || hole < template.indexOf('?')));
            at = hole + 2;
        }
        path.append(template.substring(at));
        URI target = base().resolve(path.toString());
        HttpRequest request = post ? HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofString(
                data.consumeRemainingAsString())).build() : HttpRequest.newBuilder(target).build();
        HttpResponse<String> response;
        // the test's own request goes to the server under test (its port, on loopback): no request forgery; Jazzer
        // resets what it allows before each input
        try (SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, port) -> port == server.port())) {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isLessThan(500);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() < 400 && type.startsWith("text/html")) {
            assertThat(path.toString()).startsWith("notes");
            return;
        }
        assertThat(type).as(path.toString()).startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() >= 400) {
            assertThat(body.path("error").path("message").asText()).as(path.toString()).isNotBlank();
        }
    }
}
