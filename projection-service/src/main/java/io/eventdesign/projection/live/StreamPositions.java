package io.eventdesign.projection.live;

import io.eventdesign.platform.http.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.springframework.http.HttpStatus;

/**
 * Where a live stream continues: the last offset its client received per partition, written
 * {@code topic:partition:offset} and comma-separated (the {@code after} parameter; -1: before the first
 * record). The stream starts each listed partition right after that offset and the others at their end.
 */
final class StreamPositions {

  static final int MAX_ENTRIES = 1000;
  private static final Pattern ENTRY = Pattern.compile("([a-z][a-z0-9._-]{0,100}):(\\d{1,5}):(-1|\\d{1,18})");

  private StreamPositions() {}

  /** @throws InvalidRequestException 400 naming {@code after} for anything else, or a topic not in {@code topics} */
  static Map<TopicPartition, Long> parse(String after, Set<String> topics) {
    Map<TopicPartition, Long> positions = new LinkedHashMap<>();
    if (after == null || after.isBlank()) {
      return positions;
    }
    String[] entries = after.split(",", -1);
    if (entries.length > MAX_ENTRIES) {
      throw invalid("at most " + MAX_ENTRIES + " positions");
    }
    for (String entry : entries) {
      Matcher match = ENTRY.matcher(entry.trim());
      if (!match.matches()) {
        throw invalid("each position is topic:partition:offset, separated by commas");
      }
      if (!topics.contains(match.group(1))) {
        throw invalid("unknown event topic " + match.group(1));
      }
      positions.put(new TopicPartition(match.group(1), Integer.parseInt(match.group(2))), Long.parseLong(match.group(3)));
    }
    return positions;
  }

  static String key(TopicPartition partition) {
    return partition.topic() + ":" + partition.partition();
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException(HttpStatus.BAD_REQUEST, "after", message);
  }
}
