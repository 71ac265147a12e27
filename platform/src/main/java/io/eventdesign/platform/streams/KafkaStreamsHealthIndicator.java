package io.eventdesign.platform.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** UP while the Streams application runs or rebalances; part of the readiness group. */
public final class KafkaStreamsHealthIndicator extends AbstractHealthIndicator {

  private final KafkaStreamsRunner runner;

  public KafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
    this.runner = runner;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    KafkaStreams.State state = runner.state();
    boolean healthy = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    (healthy ? builder.up() : builder.down()).withDetail("state", state.name());
  }
}
