package org.bellwether.alerts.feed;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bellwether.alerts.KafkaTopic;

/**
 * Feed messages from a Kafka topic (the record value is the message), read in a consumer group whose offsets are
 * committed after each batch has been evaluated: a restart resumes after the last evaluated batch, and a batch
 * evaluated but not committed is read again (the engine ignores bars it has seen; alert keys stop repeats).
 * The client reconnects by itself; malformed messages are counted, reported and skipped.
 */
public final class KafkaSource implements EventSource {

    private final KafkaConsumer<String, String> consumer;
    private final KafkaTopic topic;
    private final FeedMessages messages;
    private final Consumer<String> warnings;
    private volatile boolean closed;
    private long malformed;

    /** A source reading {@code topic} as the consumer group {@code group}, from the earliest offset the first time. */
    public KafkaSource(KafkaTopic topic, String group, FeedMessages messages, Consumer<String> warnings) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "500");
        config.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "30000");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        this.topic = topic;
        this.messages = messages;
        this.warnings = warnings;
    }

    /** Messages skipped as malformed. */
    public long malformed() {
        return malformed;
    }

    @Override
    public void run(Consumer<MarketEvent> consumer) {
        try {
            this.consumer.subscribe(List.of(topic.topic()));
            while (!closed) {
                var records = this.consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    try {
                        messages.parse(record.value()).ifPresent(consumer);
                    } catch (IllegalArgumentException e) {
                        malformed++;
                        warnings.accept("Kafka " + topic.topic() + " partition " + record.partition() + " offset "
                                + record.offset() + ": " + e.getMessage() + "; skipped");
                    }
                }
                if (!records.isEmpty()) {
                    this.consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            // closed
        } finally {
            this.consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
    }
}
