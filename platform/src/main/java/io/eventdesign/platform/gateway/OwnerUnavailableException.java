package io.eventdesign.platform.gateway;

import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.state.HostInfo;

/** The instance that processes the command's partition is down and its group has not noticed yet; nothing was sent. */
public final class OwnerUnavailableException extends RuntimeException {

  private final Duration retryAfter;

  OwnerUnavailableException(HostInfo owner, TopicPartition partition, Duration retryAfter) {
    super("the owner of " + partition + " (" + owner.host() + ":" + owner.port() + ") does not answer; the command was not sent");
    this.retryAfter = retryAfter;
  }

  /** When the group will have moved the partition to a live instance. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
