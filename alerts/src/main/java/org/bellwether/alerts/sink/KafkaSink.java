package org.bellwether.alerts.sink;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.alerts.Alert;
import org.bellwether.alerts.KafkaTopic;

/**
 * Alerts to a Kafka topic: the record key is the alert's key (so a compacted topic keeps one record per alert), the
 * value its JSON. Each delivery waits for the broker's acknowledgement from all in-sync replicas, with idempotent
 * production, so a retry inside the client never writes a record twice.
 */
public final class KafkaSink implements AlertSink {

    private final KafkaProducer<String, String> producer;
    private final KafkaTopic topic;

    /** A sink producing to {@code topic}. */
    public KafkaSink(KafkaTopic topic) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        try {
            producer.send(new ProducerRecord<>(topic.topic(), alert.key(), JsonLinesSink.line(alert)))
                    .get(35, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Kafka " + topic.topic() + " did not take " + alert.key() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending " + alert.key() + " to Kafka", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
