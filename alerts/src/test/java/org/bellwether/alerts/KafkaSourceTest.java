package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.FeedMessages;
import org.bellwether.alerts.feed.KafkaSource;
import org.bellwether.alerts.feed.MarketEvent;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.Test;

/** Feed messages from a topic of a real in-process KRaft broker; a restart of the group resumes after what it read. */
class KafkaSourceTest {

    @Test
    void bars_come_from_a_topic_and_a_restart_resumes_after_the_committed_offset() throws Exception {
        try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0").build()) {
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            KafkaTopic topic = KafkaTopic.parse("kafka:" + kafka.bootstrapServers() + "/bars");
            produce(topic, List.of(FeedsAndSinksTest.BAR.formatted(30), "garbage", FeedsAndSinksTest.BAR.formatted(31)));
            List<String> warnings = new CopyOnWriteArrayList<>();
            assertThat(read(topic, 2, warnings)).extracting(b -> b.start() % 3600 / 60).containsExactly(30L, 31L);
            assertThat(warnings).singleElement().asString().contains("offset 1: not JSON");

            produce(topic, List.of(FeedsAndSinksTest.BAR.formatted(32)));
            assertThat(read(topic, 1, warnings)).as("only what came after the last run")
                    .extracting(b -> b.start() % 3600 / 60).containsExactly(32L);
        }
    }

    private static List<Bar> read(KafkaTopic topic, int count, List<String> warnings) throws Exception {
        KafkaSource source = new KafkaSource(topic, "alerts", new FeedMessages(NyseCalendar.INSTANCE), warnings::add);
        BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
        Thread running = Thread.ofVirtual().start(() -> source.run(events::add));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MarketEvent event = events.poll(30, TimeUnit.SECONDS);
            assertThat(event).as("event " + i).isNotNull();
            bars.add((Bar) event);
        }
        assertThat(events.poll(1, TimeUnit.SECONDS)).as("nothing more").isNull();
        source.close();
        running.join(10_000);
        return bars;
    }

    private static void produce(KafkaTopic topic, List<String> messages) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (String message : messages) {
                producer.send(new ProducerRecord<>(topic.topic(), "RUT", message)).get();
            }
        }
    }
}
