package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.EventSource;
import org.bellwether.alerts.feed.FeedMessages;
import org.bellwether.alerts.feed.FeedSource;
import org.bellwether.alerts.feed.MacroPoint;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.TailSource;
import org.bellwether.alerts.sink.WebhookSink;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and sinks against real files and real local servers (WebSocket, HTTP, a webhook receiver). */
class FeedsAndSinksTest {

    static final FeedMessages MESSAGES = new FeedMessages(NyseCalendar.INSTANCE);
    static final String BAR = "{\"type\":\"bar\",\"symbol\":\"RUT\",\"interval\":\"1m\",\"time\":\"2026-01-21T12:%02d:00-05:00\","
            + "\"open\":2449,\"high\":2451,\"low\":2448,\"close\":2450.5,\"volume\":1200}";

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private Javalin server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void messages_become_events_and_bad_ones_name_the_field() {
        Bar bar = (Bar) MESSAGES.parse(BAR.formatted(30)).orElseThrow();
        assertThat(bar.start()).isEqualTo(Instant.parse("2026-01-21T17:30:00Z").getEpochSecond());
        assertThat(bar.session()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(bar.sessionOpen()).isEqualTo(Instant.parse("2026-01-21T14:30:00Z").getEpochSecond());
        assertThat(MESSAGES.parse(BAR.replace("12:%02d", "08:00"))).as("before the open").isEmpty();
        MacroPoint point = (MacroPoint) MESSAGES.parse("{\"type\":\"macro\",\"series\":\"DGS2\",\"date\":\"2026-01-21\","
                + "\"value\":4.02}").orElseThrow();
        assertThat(point.value()).isEqualTo(4.02);
        assertThatThrownBy(() -> MESSAGES.parse(BAR.formatted(1).replace("\"close\":2450.5", "\"close\":\"x\"")))
                .hasMessage("close must be a number, but was \"x\"");
        assertThatThrownBy(() -> MESSAGES.parse("{\"type\":\"bar\",\"symbol\":\"RUT\",\"time\":\"noon\",\"close\":1}"))
                .hasMessageContaining("time must be an ISO time with an offset");
        assertThatThrownBy(() -> MESSAGES.parse("[1]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> MESSAGES.parse("{\"type\":\"trade\"}")).hasMessage("type must be bar, macro or news, "
                + "but was trade");
    }

    @Test
    void a_csv_file_is_read_line_by_line_skipping_malformed_lines() throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), """
                symbol,time,interval,close,volume
                RUT,2026-01-21T12:30:00-05:00,1m,2450.5,1200
                RUT,2026-01-21T12:31:00-05:00,1m,twenty,1200
                RUT,2026-01-21,1d,2468.40,1000000
                SPX,2026-01-21T12:31:00-05:00,1m,6100.25,
                """);
        TailSource tail = new TailSource(file, MESSAGES, warnings::add, false);
        List<MarketEvent> events = new ArrayList<>();
        tail.run(events::add);
        assertThat(events).hasSize(3);
        assertThat(((Bar) events.get(1)).daily()).isTrue();
        assertThat(((Bar) events.get(2)).volume()).isNaN();
        assertThat(tail.malformed()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().isEqualTo(file + " line 3: close must be a number, but was "
                + "twenty; skipped");
    }

    @Test
    void a_followed_file_delivers_lines_as_they_are_appended() throws Exception {
        Path file = Files.writeString(dir.resolve("bars.jsonl"), BAR.formatted(30) + "\n");
        TailSource tail = new TailSource(file, MESSAGES, warnings::add, true);
        BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
        Thread running = Thread.ofVirtual().start(() -> {
            try {
                tail.run(events::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(events.poll(10, TimeUnit.SECONDS)).isNotNull();
        Files.writeString(file, BAR.formatted(31).substring(0, 40), StandardOpenOption.APPEND); // half a line
        Files.writeString(file, BAR.formatted(31).substring(40) + "\n", StandardOpenOption.APPEND);
        Bar second = (Bar) events.poll(10, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(second.start() % 3600 / 60).isEqualTo(31);
        tail.close();
        running.join(5_000);
        assertThat(running.isAlive()).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_websocket_feed_reconnects_and_skips_malformed_messages() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server = Javalin.create(config -> config.routes.ws("/bars", ws -> ws.onConnect(ctx -> {
            if (connections.incrementAndGet() == 1) {
                ctx.send(BAR.formatted(30));
                ctx.send("{not json");
                ctx.closeSession(); // the feed drops the connection
            } else {
                ctx.send(BAR.formatted(31));
            }
        }))).start("127.0.0.1", 0);
        FeedSource source = new FeedSource(URI.create("ws://127.0.0.1:" + server.port() + "/bars"), MESSAGES,
                warnings::add);
        List<Bar> bars = receive(source, 2);
        assertThat(bars).extracting(b -> b.start() % 3600 / 60).containsExactly(30L, 31L);
        assertThat(source.malformed()).isEqualTo(1);
        assertThat(source.connections()).isGreaterThanOrEqualTo(2);
        assertThat(warnings).anyMatch(w -> w.contains("malformed message (not JSON"));
    }

    @Test
    void an_http_feed_streams_json_lines() throws Exception {
        server = Javalin.create(config -> config.routes.get("/feed", ctx -> ctx.contentType("application/x-ndjson")
                .result(BAR.formatted(30) + "\n" + BAR.formatted(31) + "\n"))).start("127.0.0.1", 0);
        List<Bar> bars = receive(new FeedSource(URI.create("http://127.0.0.1:" + server.port() + "/feed"), MESSAGES,
                warnings::add), 2);
        assertThat(bars).hasSize(2);
    }

    /** Runs {@code source} until {@code count} bars have come, then closes it. */
    private static List<Bar> receive(EventSource source, int count) throws Exception {
        BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
        Thread running = Thread.ofVirtual().start(() -> {
            try {
                source.run(events::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MarketEvent event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("event " + i).isNotNull();
            bars.add((Bar) event);
        }
        source.close();
        running.join(10_000);
        return bars;
    }

    @Test
    void a_webhook_is_signed_retried_and_dead_lettered() throws Exception {
        List<Integer> statuses = new CopyOnWriteArrayList<>(List.of(503, 200));
        List<String> bodies = new CopyOnWriteArrayList<>();
        server = Javalin.create(config -> config.routes.post("/hook", ctx -> {
            String expected = WebhookSink.signature("s3cret".getBytes(StandardCharsets.UTF_8), ctx.bodyAsBytes());
            if (!expected.equals(ctx.header(WebhookSink.SIGNATURE_HEADER))) {
                ctx.status(401);
                return;
            }
            bodies.add(ctx.header(WebhookSink.KEY_HEADER) + " " + ctx.body());
            ctx.status(statuses.isEmpty() ? 500 : statuses.removeFirst());
        })).start("127.0.0.1", 0);
        URI url = URI.create("http://127.0.0.1:" + server.port() + "/hook");
        Path deadLetters = dir.resolve("dead.jsonl");
        Alert alert = new Alert("r|RUT|2026-01-21T17:30:00Z", "r", "breakout", "critical", "RUT",
                Instant.parse("2026-01-21T17:30:00Z"), LocalDate.of(2026, 1, 21), Map.of("level", 2450.0), "RUT broke.");
        new WebhookSink(url, "s3cret", 3, Duration.ofMillis(10), deadLetters).deliver(alert);
        assertThat(bodies).hasSize(2).allSatisfy(b -> assertThat(b).startsWith(alert.key() + " {\"key\":"));
        assertThat(deadLetters).doesNotExist();

        assertThatThrownBy(() -> new WebhookSink(url, "s3cret", 3, Duration.ofMillis(10), deadLetters).deliver(alert))
                .isInstanceOf(IOException.class).hasMessageContaining("refused r|RUT|2026-01-21T17:30:00Z 3 times "
                        + "(last: HTTP 500)");
        assertThat(bodies).hasSize(5);
        assertThat(Files.readAllLines(deadLetters)).singleElement().asString().contains("\"rule\":\"r\"");
        assertThatThrownBy(() -> new WebhookSink(url, "wrong", 1, Duration.ZERO, dir.resolve("d2.jsonl"))
                .deliver(alert)).hasMessageContaining("HTTP 401");
    }
}
