package io.eventdesign.projection.query;

import io.eventdesign.platform.http.InvalidRequestException;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * A record's place on Kafka given as the query parameters {@code topic}, {@code partition} and {@code offset},
 * checked once for every endpoint that names one (400 naming the parameter).
 */
public record RecordPosition(String topic, int partition, long offset) {

  /** @param topics the topics the endpoint knows */
  public static RecordPosition of(String topic, Integer partition, Long offset, Set<String> topics) {
    if (topic == null) {
      throw invalid("topic", "topic is required");
    }
    Paging.requireOneOf("topic", topic, topics);
    if (partition == null || partition < 0) {
      throw invalid("partition", "partition must be 0 or more");
    }
    if (offset == null || offset < 0) {
      throw invalid("offset", "offset must be 0 or more");
    }
    return new RecordPosition(topic, partition, offset);
  }

  /** {@code topic-partition@offset}, as logs and dead-letter reasons name a record. */
  public String place() {
    return topic + "-" + partition + "@" + offset;
  }

  private static InvalidRequestException invalid(String parameter, String message) {
    return new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter, message);
  }
}
