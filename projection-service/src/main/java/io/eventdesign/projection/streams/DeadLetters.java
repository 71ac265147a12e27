package io.eventdesign.projection.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead letters on {@code projection.dead-letters}: the original key, bytes and headers of a record a
 * consumer of projection-service parked, plus headers saying which consumer parked it, where the
 * record came from and why. Records of the same aggregate that arrive after a parked one are parked
 * behind it (reason {@code waiting behind <topic-partition@offset>}), so nothing is applied out of order.
 */
public final class DeadLetters {

  public static final String CONSUMER = "dlt-consumer";
  public static final String SOURCE_TOPIC = "dlt-source-topic";
  public static final String SOURCE_PARTITION = "dlt-source-partition";
  public static final String SOURCE_OFFSET = "dlt-source-offset";
  public static final String REASON = "dlt-reason";

  /** {@value} parks for the state topologies. */
  public static final String TOPOLOGY_CONSUMER = "state-topologies";
  /** {@value} parks for the PostgreSQL sink. */
  public static final String SINK_CONSUMER = "postgresql-sink";

  /** Longest reason kept; longer ones (such as a database error with its statement) are cut. */
  private static final int MAX_REASON = 2000;

  private DeadLetters() {}

  /** A record's place on Kafka as {@code topic-partition@offset}, the form every log line and reason uses. */
  public static String position(String topic, int partition, long offset) {
    return topic + "-" + partition + "@" + offset;
  }

  /** The reason for waiting behind the parked record at {@code position}. */
  public static String waitingBehind(String position) {
    return "waiting behind " + position;
  }

  /** {@code reason}, cut to a length that fits every header and store. */
  public static String shortened(String reason) {
    String text = reason == null ? "unknown failure" : reason;
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
  }

  /** The original headers plus where the record came from and why it was parked. */
  public static Headers headers(Headers original, String consumer, String topic, int partition, long offset,
      String reason) {
    Headers headers = new RecordHeaders(original.toArray());
    headers.add(CONSUMER, utf8(consumer));
    headers.add(SOURCE_TOPIC, utf8(topic));
    headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
    headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
    headers.add(REASON, utf8(shortened(reason)));
    return headers;
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
