package io.eventdesign.projection.rebuild;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.projection.audit.AuditedActions;
import io.eventdesign.projection.audit.OperatorAudit;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds a PostgreSQL projection from the topics while the live table keeps serving:
 * {@code POST} starts (202 with a Location to poll; a {@code reason} is required and the start recorded in the
 * operator audit), {@code GET} reports progress and an ETA.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class RebuildController {

  private final ProjectionRebuilds rebuilds;
  private final OperatorAudit audit;

  RebuildController(ProjectionRebuilds rebuilds, OperatorAudit audit) {
    this.rebuilds = rebuilds;
    this.audit = audit;
  }

  @GetMapping
  List<String> projections() {
    return rebuilds.tables();
  }

  @PostMapping("/{name}/rebuild")
  ResponseEntity<RebuildStatus> start(@PathVariable String name, @RequestParam(required = false) String reason,
      HttpServletRequest request) {
    RebuildStatus status = audit.run(request, OperatorAudit.Action.of(AuditedActions.REBUILD, name), reason,
        () -> rebuilds.start(name));
    return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name + "/rebuild")).body(status);
  }

  @GetMapping("/{name}/rebuild")
  RebuildStatus status(@PathVariable String name) {
    return rebuilds.status(name).orElseThrow(() -> new AggregateNotFoundException("rebuild of", name));
  }
}
