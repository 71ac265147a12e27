package io.eventdesign.platform.status;

import io.eventdesign.platform.config.CommandSide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/status} on every service (staff, admins, read-only clients): version, features and
 * the state of each dependency, from the same health components as {@code /actuator/health}, plus the
 * authorization server ({@link IssuerCheck}).
 */
@RestController
public class StatusController {

  /** Health components that describe the process itself, not something it depends on. */
  private static final List<String> OWN_STATES = List.of("ping", "livenessState", "readinessState");

  private final String service;
  private final String version;
  private final Instant startedAt;
  private final HealthEndpoint health;
  private final List<Feature> features;
  private final IssuerCheck issuer;

  StatusController(String service, String version, Instant startedAt, HealthEndpoint health,
      ObjectProvider<Feature> features, ObjectProvider<CommandSide> commandSides, IssuerCheck issuer) {
    this.service = service;
    this.version = version;
    this.startedAt = startedAt;
    this.health = health;
    this.issuer = issuer;
    this.features = Stream.concat(commandSides.orderedStream().map(StatusController::feature), features.orderedStream())
        .toList();
  }

  @GetMapping("/api/v1/status")
  ServiceStatus status() {
    HealthDescriptor overall = health.health();
    List<ServiceStatus.Dependency> dependencies = new ArrayList<>();
    if (overall instanceof CompositeHealthDescriptor composite) {
      composite.getComponents().forEach((name, component) -> {
        if (!OWN_STATES.contains(name)) {
          dependencies.add(new ServiceStatus.Dependency(name, component.getStatus().getCode(), null));
        }
      });
    }
    dependencies.add(issuer.check());
    String status = overall.getStatus().getCode();
    return new ServiceStatus(service, version, startedAt, status, features, List.copyOf(dependencies));
  }

  private static Feature feature(CommandSide side) {
    return new Feature("command-side", "decides commands exactly once and records their events on "
        + side.eventsTopic().name() + "; answers on " + side.repliesTopic().name());
  }
}
