package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.bellwether.alerts.AlertEngine;
import org.bellwether.alerts.AlertLog;
import org.bellwether.alerts.AlertRunner;
import org.bellwether.alerts.KafkaTopic;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.KafkaSink;
import org.bellwether.alerts.sink.WebhookSink;
import org.bellwether.facts.MarketData;
import org.bellwether.report.DemoStore;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo replay's alerts arrive, the same and complete, through the dashboard's live feed (server-sent events from
 * a running server), a webhook receiver checking the signature, and a topic of a real in-process KRaft broker; the
 * health endpoint counts them.
 */
class AlertDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaClusterTestKit kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build()).setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0").build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void the_demo_alerts_reach_the_live_feed_a_webhook_and_kafka() throws Exception {
        Path file = dir.resolve("store.duckdb");
        Files.copy(DemoStore.data().store().file(), file);
        MarketStore store = MarketStore.at(file);
        MarketData data = new MarketData(store);
        LocalDate to = LocalDate.of(2026, 1, 23);
        AlertEngine engine = AlertEngine.forStore(RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml")), data,
                to);
        ReplaySource replay = ReplaySource.forEngine(data, engine, LocalDate.of(2026, 1, 2), to, 0);

        List<String> webhook = new CopyOnWriteArrayList<>();
        Javalin receiver = Javalin.create(config -> config.routes.post("/hook", ctx -> {
            boolean signed = WebhookSink.verify("s3cret".getBytes(StandardCharsets.UTF_8),
                    ctx.header(WebhookSink.SIGNATURE_HEADER), ctx.bodyAsBytes(), Instant.now(), WebhookSink.TOLERANCE);
            ctx.status(signed ? 204 : 401);
            if (signed) {
                webhook.add(JSON.readTree(ctx.body()).get("key").asText());
            }
        })).start("127.0.0.1", 0);
        AlertRunner[] runner = new AlertRunner[1];
        AlertFeed feed = new AlertFeed(() -> Map.of("alerts", runner[0] == null ? 0 : runner[0].fired()));
        KafkaTopic topic = KafkaTopic.parse("kafka:" + kafka.bootstrapServers() + "/bellwether-alerts");
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null, feed);
                KafkaSink kafkaSink = new KafkaSink(topic)) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.url().resolve("api/v1/alerts/stream")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            Thread.ofVirtual().start(() -> stream.body().forEach(events::add));
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("the feed's greeting").isEqualTo(": connected");
            assertThat(feed.clients()).isEqualTo(1);

            runner[0] = new AlertRunner(engine, new AlertLog(store), List.of(feed, new WebhookSink(URI.create(
                    "http://127.0.0.1:" + receiver.port() + "/hook"), "s3cret", 3, Duration.ofMillis(50)), kafkaSink),
                    dir.resolve("dead.jsonl"), message -> { });
            runner[0].run(replay);
            List<String> expected = new AlertLog(store).latest(1000).stream().map(a -> a.key()).toList();
            assertThat(expected).hasSize((int) runner[0].fired()).hasSizeGreaterThan(10)
                    .anyMatch(key -> key.startsWith("small-caps-confirmed-breakout|RUT|2026-01-21T17:30:00Z"));

            List<String> sse = new ArrayList<>();
            while (sse.size() < expected.size()) {
                String line = events.poll(10, TimeUnit.SECONDS);
                assertThat(line).as("SSE line after " + sse.size() + " alerts").isNotNull();
                if (line.startsWith("data: ")) {
                    sse.add(JSON.readTree(line.substring(6)).get("key").asText());
                }
            }
            assertThat(sse).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(webhook).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(consume(topic, expected.size())).containsExactlyInAnyOrderElementsOf(expected);

            JsonNode health = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()
                    .resolve("api/v1/health")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.at("/alerts/running").asBoolean()).isTrue();
            assertThat(health.at("/alerts/alerts").asInt()).isEqualTo(expected.size());
            JsonNode history = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()
                    .resolve("api/v1/alerts?limit=3")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(history.get("alerts")).hasSize(3);
        } finally {
            receiver.stop();
        }
    }

    private static List<String> consume(KafkaTopic topic, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic.topic()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (keys.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
            }
        }
        return keys;
    }
}
