package io.eventdesign.projection;

import io.eventdesign.infra.testing.Await;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.StreamsResetter;
import org.apache.kafka.tools.consumer.group.ConsumerGroupCommand;

/** Kafka's own command-line tools (the {@code kafka-tools} artifact), run in-process as an operator would. */
final class KafkaTools {

  private KafkaTools() {}

  /** {@code kafka-consumer-groups --reset-offsets --to-earliest --all-topics --execute}, once the group is inactive. */
  static void resetGroupToEarliest(String bootstrapServers, String group) {
    runUntilAccepted("kafka-consumer-groups", () -> ConsumerGroupCommand.main(new String[] {
        "--bootstrap-server", bootstrapServers, "--group", group,
        "--reset-offsets", "--to-earliest", "--all-topics", "--execute"}));
  }

  /** {@code kafka-streams-application-reset}: input offsets to earliest, internal topics deleted. */
  static void resetStreamsApplication(String bootstrapServers, String applicationId, String inputTopics) {
    runUntilAccepted("kafka-streams-application-reset", () -> {
      int exit = new StreamsResetter().execute(new String[] {
          "--bootstrap-server", bootstrapServers, "--application-id", applicationId,
          "--input-topics", inputTopics, "--force"});
      if (exit != 0) {
        throw new IllegalStateException("kafka-streams-application-reset exited with " + exit);
      }
    });
  }

  /** Runs {@code tool}, retrying while it refuses (a group that is still shutting down counts as active). */
  private static void runUntilAccepted(String name, Runnable tool) {
    Exit.setExitProcedure((code, message) -> {
      throw new IllegalStateException(name + " exited with " + code + ": " + message);
    });
    try {
      Await.until(name + " to be accepted", () -> {
        try {
          tool.run();
          return true;
        } catch (IllegalStateException refused) {
          return false;
        }
      });
    } finally {
      Exit.resetExitProcedure();
    }
  }
}
