package io.eventdesign.projection.replay;

import io.eventdesign.projection.audit.AuditedActions;
import io.eventdesign.projection.audit.OperatorAudit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bounded replays: {@code POST} starts one (202 + Location), {@code GET} reports its progress. */
@RestController
@RequestMapping("/api/v1/admin/replays")
class ReplayController {

  private final Replays replays;
  private final OperatorAudit audit;

  ReplayController(Replays replays, OperatorAudit audit) {
    this.replays = replays;
    this.audit = audit;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReplayStatus> start(@Valid @RequestBody ReplayRequest request, HttpServletRequest http) {
    OperatorAudit.Action action = OperatorAudit.Action.of(AuditedActions.REPLAY, request.targetTopic(),
        "eventTypes", request.eventTypes(), "from", request.from(), "to", request.to());
    ReplayStatus status = audit.run(http, action, request.reason(), () -> replays.start(request));
    return ResponseEntity.accepted().location(URI.create("/api/v1/admin/replays/" + status.id())).body(status);
  }

  @GetMapping("/{id}")
  ReplayStatus status(@PathVariable String id) {
    return replays.status(id);
  }
}
