package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.InvalidRequestException;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import org.junit.jupiter.api.Test;

/** The one error mapping, on a real Javalin server whose routes fail the ways handlers do. */
class ErrorMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_bug_is_a_500_with_only_an_id_and_the_callers_mistake_a_400_without_the_stores_folder() throws Exception {
        Path file = Path.of("/srv/markets/private/store.duckdb");
        ErrorMapping errors = new ErrorMapping(MarketStore.at(file));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/bug", ctx -> {
                throw new IllegalArgumentException("index 3 out of range in " + file);
            });
            config.routes.get("/state", ctx -> {
                throw new IllegalStateException("broken invariant");
            });
            config.routes.get("/mistake", ctx -> {
                throw new InvalidRequestException("to must not be before from, in " + file);
            });
            config.routes.get("/store", ctx -> {
                throw new StoreException("could not read " + file + ": disk error");
            });
            config.routes.exception(Exception.class, errors::answer);
        }).start("127.0.0.1", 0);
        // slf4j-simple writes each line to the System.err of the moment: the log is read there
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + app.port());
            for (String bug : new String[] {"/bug", "/state"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(bug)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(bug).isEqualTo(500);
                JsonNode error = JSON.readTree(response.body()).get("error");
                assertThat(error.get("code").asText()).isEqualTo("internal");
                Matcher id = Pattern.compile("internal error ([0-9a-f]{8}) \\(the server's log has the details\\)")
                        .matcher(error.get("message").asText());
                assertThat(id.matches()).as("an id, nothing of the bug: " + error).isTrue();
                assertThat(log.toString(StandardCharsets.UTF_8)).as("the log has the id with the bug")
                        .containsPattern("error " + id.group(1) + " on GET " + bug + "[\\s\\S]*"
                                + (bug.equals("/bug") ? "index 3 out of range" : "broken invariant"));
            }
            HttpResponse<String> mistake = http.send(HttpRequest.newBuilder(base.resolve("/mistake")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(mistake.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(mistake.body()).at("/error/message").asText())
                    .isEqualTo("to must not be before from, in store.duckdb");
            HttpResponse<String> store = http.send(HttpRequest.newBuilder(base.resolve("/store")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(store.statusCode()).isEqualTo(503);
            assertThat(store.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(store.body()).doesNotContain("/srv/markets");
        } finally {
            System.setErr(stderr);
            app.stop();
        }
    }
}
