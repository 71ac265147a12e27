package io.eventdesign.projection.replay;

import io.eventdesign.projection.audit.AuditedActions;
import io.eventdesign.projection.audit.OperatorAudit;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.platform.http.InvalidRequestException;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bounded replays: {@code POST} starts one (202 + Location; a reason is required and the start audited),
 * {@code POST .../preview} shows what one would touch, {@code GET} reports its progress.
 */
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
    if (request.reason() == null || request.reason().isBlank()) {
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "reason",
          "say why (reason): every replay is recorded in the operator audit with its reason");
    }
    OperatorAudit.Action action = OperatorAudit.Action.of(AuditedActions.REPLAY, request.targetTopic(),
        "eventTypes", request.eventTypesOrNone(), "aggregateType", request.aggregateType(), "aggregateId", request.aggregateId(),
        "from", request.from(), "to", request.to());
    ReplayStatus status = audit.run(http, action, request.reason(), () -> replays.start(request));
    return ResponseEntity.accepted().location(URI.create("/api/v1/admin/replays/" + status.id())).body(status);
  }

  /** What the replay would read and about how many events it would re-deliver; nothing runs (no reason needed). */
  @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
  ReplayPreview.Preview preview(@Valid @RequestBody ReplayRequest request) {
    return replays.preview(request);
  }

  @GetMapping("/{id}")
  ReplayStatus status(@PathVariable String id) {
    return replays.status(id);
  }
}
