package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.EventSource;
import org.bellwether.alerts.feed.FeedMessages;
import org.bellwether.alerts.feed.FeedSource;
import org.bellwether.alerts.feed.MacroPoint;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.alerts.feed.News;
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
        Thread running = started(tail, events::add);
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

    /** {@code source} running on a thread of its own, handing its events to {@code consumer}. */
    private static Thread started(EventSource source, java.util.function.Consumer<MarketEvent> consumer) {
        return Thread.ofVirtual().start(() -> {
            try {
                source.run(consumer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs {@code source} until {@code count} bars have come, then closes it. */
    private static List<Bar> receive(EventSource source, int count) throws Exception {
        BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
        Thread running = started(source, events::add);
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

    /** The signature as a receiver computes it, from the documented scheme: HMAC-SHA256 of "t.body". */
    private static String receiverSignature(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void a_webhook_is_signed_with_a_timestamp_and_retried_on_5xx_only() throws Exception {
        List<Integer> statuses = new CopyOnWriteArrayList<>(List.of(503, 200));
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<Long> skews = new CopyOnWriteArrayList<>();
        server = Javalin.create(config -> config.routes.post("/hook", ctx -> {
            Matcher header = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(String.valueOf(
                    ctx.header(WebhookSink.SIGNATURE_HEADER)));
            if (!header.matches() || !receiverSignature("s3cret", header.group(1), ctx.bodyAsBytes())
                    .equals(header.group(2))) {
                ctx.status(401);
                return;
            }
            skews.add(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(header.group(1))));
            bodies.add(ctx.header(WebhookSink.KEY_HEADER) + " " + ctx.body());
            ctx.status(statuses.isEmpty() ? 500 : statuses.removeFirst());
        })).start("127.0.0.1", 0);
        URI url = URI.create("http://127.0.0.1:" + server.port() + "/hook");
        Alert alert = new Alert("r|RUT|2026-01-21T17:30:00Z", "r", "breakout", "critical", "RUT",
                Instant.parse("2026-01-21T17:30:00Z"), LocalDate.of(2026, 1, 21), Map.of("level", 2450.0), "RUT broke.");
        new WebhookSink(url, "s3cret", 3, Duration.ofMillis(10)).deliver(alert);
        assertThat(bodies).hasSize(2).allSatisfy(b -> assertThat(b).startsWith(alert.key() + " {\"key\":"));
        assertThat(skews).allSatisfy(skew -> assertThat(skew).isLessThanOrEqualTo(5));

        assertThatThrownBy(() -> new WebhookSink(url, "s3cret", 3, Duration.ofMillis(10)).deliver(alert))
                .as("thrown to the runner, whose dead-letter file takes it").isInstanceOf(IOException.class)
                .hasMessage("the webhook " + url + " refused " + alert.key() + " after 3 tries (last: HTTP 500)");
        assertThat(bodies).hasSize(5);
        assertThatThrownBy(() -> new WebhookSink(url, "wrong", 3, Duration.ofMillis(10)).deliver(alert))
                .as("a 4xx is the receiver's final word").hasMessageContaining("after 1 try (last: HTTP 401)");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_receiver_refuses_a_replayed_or_forged_signature() throws Exception {
        byte[] secret = "s3cret".getBytes(StandardCharsets.UTF_8);
        byte[] body = "{\"key\":\"k\"}".getBytes(StandardCharsets.UTF_8);
        Instant sent = Instant.parse("2026-01-21T17:30:00Z");
        String header = "t=" + sent.getEpochSecond() + ",v1=" + receiverSignature("s3cret",
                Long.toString(sent.getEpochSecond()), body);
        assertThat(WebhookSink.signature(secret, sent.getEpochSecond(), body)).isEqualTo(header);
        assertThat(WebhookSink.verify(secret, header, body, sent.plusSeconds(299), WebhookSink.TOLERANCE)).isTrue();
        assertThat(WebhookSink.verify(secret, header, body, sent.plusSeconds(301), WebhookSink.TOLERANCE))
                .as("replayed after the tolerance").isFalse();
        assertThat(WebhookSink.verify(secret, header.replace("t=" + sent.getEpochSecond(), "t=" + (sent
                .getEpochSecond() + 200)), body, sent.plusSeconds(200), WebhookSink.TOLERANCE))
                .as("the timestamp moved to look fresh").isFalse();
        assertThat(WebhookSink.verify(secret, header, "{\"key\":\"x\"}".getBytes(StandardCharsets.UTF_8), sent,
                WebhookSink.TOLERANCE)).as("another body").isFalse();
        assertThat(WebhookSink.verify(secret, "v1=zz,t=", body, sent, WebhookSink.TOLERANCE)).isFalse();
    }

    @Test
    void a_character_split_across_two_reads_of_a_followed_file_arrives_whole() throws Exception {
        String news = "{\"type\":\"news\",\"id\":\"n1\",\"time\":\"2026-01-21T08:05:00-05:00\","
                + "\"headline\":\"Z\u00fcrich sees \u20ac strength\",\"tags\":[],\"symbols\":[\"RUT\"]}\n";
        byte[] bytes = news.getBytes(StandardCharsets.UTF_8);
        int euro = news.indexOf('\u20ac') + 1; // UTF-8 bytes up to the euro sign: one more for the ü's two bytes
        Path file = dir.resolve("news.jsonl");
        Files.write(file, java.util.Arrays.copyOf(bytes, euro + 1)); // ends after the euro sign's first byte
        TailSource tail = new TailSource(file, MESSAGES, warnings::add, true);
        BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
        Thread running = started(tail, events::add);
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("half a line is no event").isNull();
        Files.write(file, java.util.Arrays.copyOfRange(bytes, euro + 1, bytes.length), StandardOpenOption.APPEND);
        News headline = (News) events.poll(10, TimeUnit.SECONDS);
        tail.close();
        running.join(5_000);
        assertThat(headline).isNotNull();
        assertThat(headline.headline()).isEqualTo("Z\u00fcrich sees \u20ac strength");
    }

    @Test
    void a_silent_feed_is_taken_for_dead_and_connected_again() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        CountDownLatch end = new CountDownLatch(1);
        server = Javalin.create(config -> config.routes.get("/feed", ctx -> {
            int connection = connections.incrementAndGet();
            ctx.contentType("application/x-ndjson");
            OutputStream out = ctx.res().getOutputStream();
            out.write((BAR.formatted(29 + connection) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            end.await(30, TimeUnit.SECONDS); // then silence, the connection open
        })).start("127.0.0.1", 0);
        takenForDeadAndConnectedAgain(URI.create("http://127.0.0.1:" + server.port() + "/feed"), end);
    }

    @Test
    void a_websocket_feed_that_answers_no_ping_is_taken_for_dead_and_connected_again() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        CountDownLatch end = new CountDownLatch(1);
        server = Javalin.create(config -> config.routes.ws("/bars", ws -> ws.onConnect(ctx -> {
            int connection = connections.incrementAndGet();
            ctx.send(BAR.formatted(29 + connection));
            if (connection == 1) {
                end.await(30, TimeUnit.SECONDS); // hung: the connection open, no message, no frame read, no pong
            }
        }))).start("127.0.0.1", 0);
        takenForDeadAndConnectedAgain(URI.create("ws://127.0.0.1:" + server.port() + "/bars"), end);
    }

    @Test
    void a_quiet_websocket_feed_that_answers_pings_is_kept() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server = Javalin.create(config -> config.routes.ws("/bars", ws -> ws.onConnect(ctx -> {
            connections.incrementAndGet();
            ctx.send(BAR.formatted(30));
            Thread.ofVirtual().start(() -> { // quiet for three idle timeouts (the server answers pings), then a bar
                try {
                    Thread.sleep(3_000);
                    ctx.send(BAR.formatted(31));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }))).start("127.0.0.1", 0);
        FeedSource source = new FeedSource(URI.create("ws://127.0.0.1:" + server.port() + "/bars"), MESSAGES,
                warnings::add, Duration.ofSeconds(1));
        List<Bar> bars = receive(source, 2);
        assertThat(bars).extracting(b -> b.start() % 3600 / 60).containsExactly(30L, 31L);
        assertThat(connections).as("one connection, kept through the quiet").hasValue(1);
        assertThat(warnings).isEmpty();
    }

    /** The feed at {@code url}, silent after its first bar, is dropped after 1 s and its next connection read. */
    private void takenForDeadAndConnectedAgain(URI url, CountDownLatch end) throws Exception {
        FeedSource source = new FeedSource(url, MESSAGES, warnings::add, Duration.ofSeconds(1));
        try {
            List<Bar> bars = receive(source, 2);
            assertThat(bars).extracting(b -> b.start() % 3600 / 60).containsExactly(30L, 31L);
            assertThat(source.connections()).isGreaterThanOrEqualTo(2);
            assertThat(warnings).anyMatch(w -> w.contains("has been silent for 1 s; reconnecting"));
        } finally {
            end.countDown();
        }
    }
}
