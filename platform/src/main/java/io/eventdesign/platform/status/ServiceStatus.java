package io.eventdesign.platform.status;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/status} answers: the service, its version, when it started, its overall state
 * (its health), what it does, and the state of each thing it depends on.
 */
public record ServiceStatus(String service, String version, Instant startedAt, String status, List<Feature> features,
    List<Dependency> dependencies) {

  /**
   * One dependency: a health component of the service (Kafka Streams, the database, disk, ...) or the
   * authorization server whose tokens it accepts. {@code detail} says why when it is not up.
   */
  public record Dependency(String name, String status, String detail) {}
}
