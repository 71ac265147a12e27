package io.eventdesign.platform.streams;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.kafka.RetainedRecords;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start a command side that would re-run the commands it already ran.
 *
 * <p>A command-side Streams application that has no committed offsets starts reading its command
 * topics from the earliest retained command, with empty aggregate stores. That is right on a new
 * cluster. It is wrong when the aggregate's events topic already holds events: the application id
 * was changed (or its offsets expired while every instance was down), and starting would decide the
 * retained commands again and publish their events a second time, to every consumer of the topic.
 * Under exactly-once, offsets and events commit in one transaction, so committed events without
 * committed offsets can only mean that.
 */
public final class CommandReplayGuard {

  private static final Logger log = LoggerFactory.getLogger(CommandReplayGuard.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private CommandReplayGuard() {}

  /**
   * Throws if {@code applicationId} has never committed an offset while {@code eventsTopic} holds committed events.
   *
   * @param sourceTopics the topics the application reads, named in the refusal
   * @param allowed the operator's explicit permission ({@code eventdesign.rerun-retained-commands}): log and go on
   */
  public static void check(Admin admin, String applicationId, Topic eventsTopic, Collection<String> sourceTopics,
      boolean allowed) {
    boolean committedOffsets = hasCommittedOffsets(admin, applicationId);
    long events = RetainedRecords.count(admin, eventsTopic.name());
    Optional<String> refusal = refusal(applicationId, committedOffsets, eventsTopic.name(), events, sourceTopics);
    if (refusal.isEmpty()) {
      return;
    }
    if (!allowed) {
      throw new IllegalStateException(refusal.get());
    }
    log.warn("Starting anyway (eventdesign.rerun-retained-commands=true): {}", refusal.get());
  }

  /** Why starting is refused, if it is: the decision, apart from how its inputs are read. */
  static Optional<String> refusal(String applicationId, boolean committedOffsets, String eventsTopic, long events,
      Collection<String> sourceTopics) {
    if (committedOffsets || events == 0) {
      return Optional.empty();
    }
    return Optional.of(("Kafka Streams application '%s' has never committed an offset, but %s already holds events "
        + "(%d offsets retained). "
        + "Starting would re-run every retained command against empty aggregates and publish their events again. "
        + "If the application id changed, set spring.kafka.streams.application-id back to the one that wrote them. "
        + "If its offsets expired while every instance was down, set the offsets of the topics it reads (%s) "
        + "where it should resume, e.g. its command topics to the end: kafka-consumer-groups --reset-offsets "
        + "--to-latest --group %s --topic <topic> --execute; its stores come back from their changelogs. "
        + "To re-run the retained commands on purpose, set eventdesign.rerun-retained-commands=true.")
        .formatted(applicationId, eventsTopic, events, String.join(", ", sourceTopics), applicationId));
  }

  private static boolean hasCommittedOffsets(Admin admin, String applicationId) {
    try {
      return !admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return false;
      }
      throw new IllegalStateException("could not read the committed offsets of " + applicationId, e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw failure("could not read the committed offsets of " + applicationId, e);
    }
  }

  private static IllegalStateException failure(String message, Exception cause) {
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new IllegalStateException(message, cause);
  }
}
