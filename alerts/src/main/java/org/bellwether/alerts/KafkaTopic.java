package org.bellwether.alerts;

/**
 * A Kafka topic named as {@code kafka:HOST:PORT[,HOST:PORT...]/TOPIC} on the command line.
 *
 * @param bootstrap the bootstrap servers
 * @param topic the topic
 */
public record KafkaTopic(String bootstrap, String topic) {

    /** The topic of {@code spec}. */
    public static KafkaTopic parse(String spec) {
        String rest = spec.startsWith("kafka:") ? spec.substring(6) : spec;
        int slash = rest.lastIndexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || !rest.substring(slash + 1).matches("[A-Za-z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("a Kafka topic is kafka:HOST:PORT/TOPIC (topic: letters, digits, . _ -), "
                    + "but was " + spec);
        }
        return new KafkaTopic(rest.substring(0, slash), rest.substring(slash + 1));
    }
}
