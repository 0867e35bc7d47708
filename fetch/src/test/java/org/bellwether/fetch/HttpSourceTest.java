package org.bellwether.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.bellwether.fetch.ReplayServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP layer against a real loopback server: cache and revalidation, retries, Retry-After, cut-off bodies. */
class HttpSourceTest {

    private static final String CSV = "observation_date,DGS10\n2020-03-16,0.73\n";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5),
            Duration.ofSeconds(20));

    @TempDir
    Path cache;

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpSource http() {
        return new HttpSource(cache, "Bellwether-test", QUICK, 50, Clock.systemUTC());
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void a_cached_answer_is_revalidated_with_its_etag_and_reused_on_304() {
        server.on("/a.csv", Reply.status(200, Map.of("ETag", "\"v1\""), CSV),
                Reply.status(304, Map.of("ETag", "\"v1\""), ""));
        HttpSource.Response first = http().get(uri("/a.csv"), Set.of());
        HttpSource.Response second = http().get(uri("/a.csv"), Set.of());

        assertThat(first.revalidated()).isFalse();
        assertThat(second.revalidated()).isTrue();
        assertThat(second.text()).isEqualTo(CSV);
        assertThat(server.requests("/a.csv")).extracting(request -> request.headers().get("if-none-match"))
                .containsExactly(null, "\"v1\"");
        assertThat(server.requests("/a.csv").get(0).headers()).containsEntry("user-agent", "Bellwether-test");
    }

    @Test
    void server_errors_are_retried_until_an_answer_comes() {
        server.on("/a.csv", Reply.status(503, Map.of(), "busy"), Reply.status(502, Map.of(), "bad gateway"),
                Reply.status(200, Map.of(), CSV));
        assertThat(http().get(uri("/a.csv"), Set.of()).text()).isEqualTo(CSV);
        assertThat(server.requests("/a.csv")).hasSize(3);
    }

    @Test
    void too_many_failures_fail_with_the_status_and_the_tries() {
        server.on("/a.csv", Reply.status(500, Map.of(), "<html><body>Internal error</body></html>"));
        assertThatThrownBy(() -> http().get(uri("/a.csv"), Set.of())).isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("Internal error")
                .hasMessageContaining("after 3 tries");
        assertThat(server.requests("/a.csv")).hasSize(3);
        assertThat(cache.resolve("x")).doesNotExist();
    }

    @Test
    void a_429_is_retried_after_the_wait_it_asks_for_and_a_wait_too_long_is_reported_at_once() {
        server.on("/a.csv", Reply.status(429, Map.of("Retry-After", "1"), "slow down"),
                Reply.status(200, Map.of(), CSV));
        assertThat(http().get(uri("/a.csv"), Set.of()).text()).isEqualTo(CSV);
        assertThat(server.requests("/a.csv")).hasSize(2);

        server.on("/b.csv", Reply.status(429, Map.of("Retry-After", "3600"), "come back in an hour"));
        assertThatThrownBy(() -> http().get(uri("/b.csv"), Set.of())).isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("wait 3600 s (Retry-After)")
                .hasMessageContaining("after 1 try");
        assertThat(server.requests("/b.csv")).hasSize(1);
    }

    @Test
    void a_cut_off_body_is_retried_and_never_cached() throws Exception {
        Reply whole = Reply.status(200, Map.of(), CSV);
        server.on("/a.csv", whole.cutAt(10), whole);
        assertThat(http().get(uri("/a.csv"), Set.of()).text()).isEqualTo(CSV);
        assertThat(server.requests("/a.csv")).hasSize(2);

        server.on("/b.csv", whole.cutAt(10));
        assertThatThrownBy(() -> http().get(uri("/b.csv"), Set.of())).isInstanceOf(FetchException.class)
                .hasMessageContaining("no whole answer after 3 tries");
        try (var files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("only the whole answer of /a.csv and its note").hasSize(2);
        }
    }

    @Test
    void a_client_error_is_not_retried_and_secrets_stay_out_of_urls() {
        server.on("/fred/series/observations", Reply.status(400, Map.of(), "{\"error_message\":\"Bad Request. The "
                + "value for variable api_key is not registered.\"}"));
        assertThatThrownBy(() -> http().get(uri("/fred/series/observations?series_id=DGS10&api_key=secret123"),
                Set.of("api_key"))).isInstanceOf(FetchException.class).hasMessageContaining("HTTP 400")
                .hasMessageContaining("api_key is not registered").hasMessageNotContaining("secret123")
                .hasMessageContaining("/fred/series/observations?series_id=DGS10:");
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).query()).contains("api_key=secret123");
    }

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertThat(RetryPolicy.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryPolicy.retryAfter("Thu, 03 Dec 2026 12:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.retryAfter("Thu, 03 Dec 2026 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter("soon", now)).isNull();
        assertThat(RetryPolicy.retryAfter(null, now)).isNull();
    }

    @Test
    void the_backoff_doubles_within_its_jitter_and_yields_to_a_longer_retry_after() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(1000), Duration.ofMillis(3000),
                Duration.ofSeconds(1));
        var intervals = policy.intervals(Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 50; i++) {
            assertThat(intervals.apply(1, io.github.resilience4j.core.functions.Either.left(new java.io.IOException())))
                    .isBetween(500L, 1500L);
            assertThat(intervals.apply(2, io.github.resilience4j.core.functions.Either.left(new java.io.IOException())))
                    .isBetween(1000L, 3000L);
            assertThat(intervals.apply(4, io.github.resilience4j.core.functions.Either.left(new java.io.IOException())))
                    .as("capped at the longest wait, then jittered").isBetween(1500L, 4500L);
        }
    }
}
