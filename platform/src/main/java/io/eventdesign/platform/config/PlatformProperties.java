package io.eventdesign.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings shared by the services ({@code eventdesign.*}).
 *
 * @param maxBodySize largest accepted request body
 * @param commandTimeout how long the REST edge waits for a command's outcome before answering 503
 * @param idempotencyRetention how long an Idempotency-Key's outcome is remembered
 * @param topicPartitions partitions of the topics the service creates
 * @param topicReplicationFactor replicas of the topics the service creates (1 locally, 3 in production)
 * @param rerunRetainedCommands start a command side whose Streams application has never committed an offset
 *     although its events topic holds events, re-running every retained command (see CommandReplayGuard)
 * @param corsAllowedOrigins origins whose browser pages may call the API (none by default)
 */
@ConfigurationProperties("eventdesign")
public record PlatformProperties(
    DataSize maxBodySize,
    Duration commandTimeout,
    Duration idempotencyRetention,
    Integer topicPartitions,
    Short topicReplicationFactor,
    Boolean rerunRetainedCommands,
    java.util.List<String> corsAllowedOrigins) {

  public PlatformProperties {
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
    commandTimeout = commandTimeout == null ? Duration.ofSeconds(10) : commandTimeout;
    idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
    topicPartitions = topicPartitions == null ? 3 : topicPartitions;
    topicReplicationFactor = topicReplicationFactor == null ? 1 : topicReplicationFactor;
    rerunRetainedCommands = rerunRetainedCommands != null && rerunRetainedCommands;
    corsAllowedOrigins = corsAllowedOrigins == null ? java.util.List.of() : java.util.List.copyOf(corsAllowedOrigins);
  }
}
