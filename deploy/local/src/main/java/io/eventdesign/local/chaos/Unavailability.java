package io.eventdesign.local.chaos;

import io.eventdesign.platform.http.AggregateReads;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Utils;

/**
 * How long commands went unserved, per partition of their command topic (each is served by one instance
 * at a time, so a crash takes some partitions away and not others): an outage starts with a failed
 * command and ends with the next command on the same partition that was acknowledged.
 */
final class Unavailability {

  private Unavailability() {}

  /** The longest outage of any partition that began between {@code from} and {@code to}, in milliseconds (0: none). */
  static long longest(List<Command> commands, Map<String, Integer> partitions, long from, long to) {
    Map<String, List<Command>> byPartition = commands.stream()
        .sorted(Comparator.comparingLong(Command::sentAtMillis))
        .collect(Collectors.groupingBy(command -> partition(command, partitions)));
    long longest = 0;
    for (List<Command> partition : byPartition.values()) {
      long outageStart = -1;
      for (Command command : partition) {
        if (!command.acknowledged() && outageStart < 0 && command.sentAtMillis() >= from && command.sentAtMillis() <= to) {
          outageStart = command.sentAtMillis();
        } else if (command.acknowledged() && outageStart >= 0) {
          longest = Math.max(longest, command.sentAtMillis() - outageStart);
          outageStart = -1;
        }
      }
    }
    return longest;
  }

  /**
   * The partition a command's record went to, as the producer hashes its key: the aggregate's id (a
   * creation's derived from its Idempotency-Key, as request-service derives it).
   */
  private static String partition(Command command, Map<String, Integer> partitions) {
    String id = command.kind() == Command.Kind.CREATE ? AggregateReads.newId("request-creation", command.key()) : command.aggregateId();
    String topic = command.kind().commands.name();
    return topic + "-" + Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions.get(topic);
  }

  /** The partition count of each command topic the load sends to. */
  static Map<String, Integer> partitionsOf(String bootstrapServers) throws Exception {
    List<String> topics = java.util.Arrays.stream(Command.Kind.values()).map(kind -> kind.commands.name()).distinct().toList();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, topic -> topic.getValue().partitions().size()));
    }
  }
}
