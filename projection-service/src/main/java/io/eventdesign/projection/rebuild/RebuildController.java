package io.eventdesign.projection.rebuild;

import io.eventdesign.platform.http.AggregateNotFoundException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds a PostgreSQL projection from the topics while the live table keeps serving:
 * {@code POST} starts (202 with a Location to poll), {@code GET} reports progress and an ETA.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class RebuildController {

  private final ProjectionRebuilds rebuilds;

  RebuildController(ProjectionRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @GetMapping
  List<String> projections() {
    return rebuilds.tables();
  }

  @PostMapping("/{name}/rebuild")
  ResponseEntity<RebuildStatus> start(@PathVariable String name) {
    RebuildStatus status = rebuilds.start(name);
    return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name + "/rebuild")).body(status);
  }

  @GetMapping("/{name}/rebuild")
  RebuildStatus status(@PathVariable String name) {
    return rebuilds.status(name).orElseThrow(() -> new AggregateNotFoundException("rebuild of", name));
  }
}
