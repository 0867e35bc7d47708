package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.report.DemoStore;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as something exposed: who may call it, what its errors reveal, how it bounds heavy work, TLS. */
class ServerExposureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A raw HTTP/1.1 exchange, for what HttpClient refuses to send (another Host, an unencoded ^). */
    private static String raw(ApiServer server, String requestLine, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode errorOf(String response) throws IOException {
        return JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4)).get("error");
    }

    @Test
    void without_a_token_only_loopback_names_are_answered() throws Exception {
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null)) {
            String rebound = raw(server, "GET /api/v1/health HTTP/1.1", "attacker.example:" + server.port());
            assertThat(rebound).startsWith("HTTP/1.1 403");
            assertThat(errorOf(rebound).get("code").asText()).isEqualTo("forbidden_host");
            for (String name : List.of("localhost", "127.0.0.1", "[::1]")) {
                assertThat(raw(server, "GET /api/v1/health HTTP/1.1", name + ":" + server.port()))
                        .as(name).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void an_unencoded_caret_is_a_json_400() throws Exception {
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null)) {
            String response = raw(server, "GET /api/v1/instruments/^GSPC HTTP/1.1", "127.0.0.1");
            assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: application/json");
            JsonNode error = errorOf(response);
            assertThat(error.get("code").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).contains("%5E");
        }
    }

    @Test
    void a_malformed_request_closes_its_connection_and_says_so() throws Exception {
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null)) {
            HttpClient client = HttpClient.newHttpClient(); // one pool: the next request would reuse the connection
            for (String malformed : List.of("instruments/%00", "bars/%00?from=2026-01-02")) {
                HttpResponse<String> refused = client.send(HttpRequest.newBuilder(server.url().resolve("api/v1/"
                        + malformed)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.headers().firstValue("Connection")).as("a client must not reuse what the "
                        + "server closes after a bad message").hasValue("close");
                assertThat(client.send(HttpRequest.newBuilder(server.url().resolve("api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void errors_never_show_the_stores_folder() throws Exception {
        MarketStore store = DemoStore.data().store();
        String folder = store.file().toAbsolutePath().getParent().toString();
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null)) {
            HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/facts/streak?symbol=NOPE&as_of=2026-01-22")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("NOPE").contains(store.file().getFileName().toString())
                    .doesNotContain(folder);
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(server.url().resolve("api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).doesNotContain(folder);
        }
    }

    @Test
    void answers_from_a_store_of_real_data_name_its_file_not_its_folder(@TempDir Path dir) throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("real.duckdb"));
        new Imports(store, ImportProgress.NONE, false).bars(Files.writeString(dir.resolve("spy.csv"),
                "symbol,date,close\nSPY,2026-01-20,100\nSPY,2026-01-21,101\nSPY,2026-01-22,102\n"),
                BarOptions.defaults());
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null)) {
            HttpResponse<String> streak = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/facts/streak?symbol=SPY&as_of=2026-01-22")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(streak.statusCode()).as(streak.body()).isEqualTo(200);
            assertThat(streak.body()).contains("store real.duckdb").doesNotContain(dir.toString());
        }
    }

    @Test
    void stream_tickets_waiting_for_their_use_are_bounded() throws Exception {
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, "s3cret")) {
            HttpRequest ask = HttpRequest.newBuilder(server.url().resolve("api/v1/alerts/tickets"))
                    .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.noBody()).build();
            String first = null;
            for (int i = 0; i < Access.MAX_OPEN_TICKETS; i++) {
                HttpResponse<String> issued = HTTP.send(ask, HttpResponse.BodyHandlers.ofString());
                assertThat(issued.statusCode()).isEqualTo(200);
                first = first == null ? JSON.readTree(issued.body()).get("ticket").asText() : first;
            }
            HttpResponse<String> full = HTTP.send(ask, HttpResponse.BodyHandlers.ofString());
            assertThat(full.statusCode()).isEqualTo(429);
            assertThat(full.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                    seconds -> assertThat(seconds).isBetween(1L, Access.TICKET_LIFE.toSeconds()));
            HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/alerts/stream?ticket=" + first)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            stream.body().close();
            assertThat(HTTP.send(ask, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("a ticket used leaves room for another").isEqualTo(200);
        }
    }

    @Test
    void the_alert_stream_opens_with_a_single_use_ticket_when_a_token_guards_the_server() throws Exception {
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, "s3cret")) {
            HttpResponse<String> noTicket = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/alerts/stream")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noTicket.statusCode()).isEqualTo(401);
            HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/alerts/tickets")).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
            String ticket = JSON.readTree(issued.body()).get("ticket").asText();
            HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/alerts/stream?ticket=" + ticket)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            try (InputStream events = stream.body()) {
                assertThat(new String(events.readNBytes(": connected".length()), StandardCharsets.UTF_8))
                        .isEqualTo(": connected");
            }
            HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/alerts/stream?ticket=" + ticket)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as("a ticket opens one stream").isEqualTo(401);
            HttpResponse<String> ticketElsewhere = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/health?ticket=" + ticket)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ticketElsewhere.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_heavy_answer_over_its_budget_is_a_503_with_retry_after() throws Exception {
        ServerOptions options = ServerOptions.of("127.0.0.1", 0, null).withLimits(new ServerOptions.Limits(2,
                Duration.ofSeconds(1), Duration.ZERO, 16));
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), options, new AlertFeed(null))) {
            HttpResponse<String> note = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/notes?as_of=2026-01-21&universe=RUT,SPX")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(note.statusCode()).isEqualTo(503);
            assertThat(note.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(note.body()).get("error").get("code").asText()).isEqualTo("timeout");
            HttpResponse<String> light = HTTP.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/rates?as_of=2026-01-22")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(light.statusCode()).as("light endpoints have no budget").isEqualTo(200);
        }
    }

    @Test
    void tls_serves_the_keystores_certificate(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "bellwether", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        ServerOptions options = ServerOptions.of("127.0.0.1", 0, "s3cret")
                .withTls(new ServerOptions.Tls(keystore, "changeit"));
        try (ApiServer server = ApiServer.start(DemoStore.data().store(), options, new AlertFeed(null))) {
            assertThat(server.url().getScheme()).isEqualTo("https");
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "changeit".toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(context).build();
            HttpResponse<String> rates = https.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/rates?as_of=2026-01-22")).header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rates.statusCode()).isEqualTo(200);
            assertThat(rates.sslSession()).isPresent();
            assertThat(JSON.readTree(rates.body()).get("series")).hasSize(3);
        }
    }
}
