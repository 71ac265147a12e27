package io.eventdesign.contract.topic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a Strimzi {@code KafkaTopic} resource for every topic of the catalogue, with the configs the
 * services would create it with plus production replication. {@code deploy/k8s/topics.yaml} is this
 * output; a test fails the build when they differ. Regenerate with
 * {@code ./mvnw -pl schemas compile exec:exec@kafka-topics}.
 */
public final class KafkaTopicManifests {

  /** The Strimzi Kafka cluster the topics belong to ({@code strimzi.io/cluster}). */
  static final String CLUSTER = "eventdesign";
  /** Strimzi's resource API (v1beta2 is gone since Strimzi 1.0). */
  static final String API_VERSION = "kafka.strimzi.io/v1";
  /** Every topic gets the same count: the projection's control topic must match the event topics'. */
  static final int PARTITIONS = 6;
  static final int REPLICAS = 3;
  static final int MIN_IN_SYNC_REPLICAS = 2;

  private KafkaTopicManifests() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: KafkaTopicManifests <output.yaml>");
    }
    Files.writeString(Path.of(args[0]), render());
  }

  public static String render() {
    StringBuilder yaml = new StringBuilder("""
        # Generated from the topic catalogue (schemas: io.eventdesign.contract.topic.Topics) by KafkaTopicManifests;
        # do not edit. Regenerate with ./mvnw -pl schemas compile exec:exec@kafka-topics
        # Strimzi KafkaTopic resources for the cluster named "%s" (see kafka-cluster.yaml). Kafka Streams
        # creates its own internal topics (changelogs, repartitions) under each application id.
        """.formatted(CLUSTER));
    for (Topic topic : Topics.all()) {
      Map<String, String> config = new TreeMap<>(topic.configs());
      config.put("min.insync.replicas", Integer.toString(MIN_IN_SYNC_REPLICAS));
      yaml.append("""
          ---
          # %s, %s: %s
          apiVersion: %s
          kind: KafkaTopic
          metadata:
            name: %s
            labels:
              strimzi.io/cluster: %s
          spec:
            topicName: %s
            partitions: %d
            replicas: %d
            config:
          """.formatted(topic.visibility().name().toLowerCase(), topic.kind().name().toLowerCase().replace('_', ' '),
          topic.aggregateType(), API_VERSION, topic.name(), CLUSTER, topic.name(), PARTITIONS, REPLICAS));
      config.forEach((key, value) -> yaml.append("    ").append(key).append(": \"").append(value).append("\"\n"));
    }
    return yaml.toString();
  }
}
