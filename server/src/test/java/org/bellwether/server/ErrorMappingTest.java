package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + app.port());
            for (String bug : new String[] {"/bug", "/state"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(bug)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(bug).isEqualTo(500);
                JsonNode error = JSON.readTree(response.body()).get("error");
                assertThat(error.get("code").asText()).isEqualTo("internal");
                assertThat(error.get("message").asText()).as("an id, nothing of the bug")
                        .matches("internal error [0-9a-f]{8} \\(the server's log has the details\\)");
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
            app.stop();
        }
    }
}
