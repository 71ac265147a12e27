package io.eventdesign.projection.audit;

import io.eventdesign.platform.http.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator audit, newest first (admins). */
@RestController
class AuditController {

  static final int MAX_LIMIT = 500;
  static final Set<String> ACTIONS = Set.of(AuditedActions.REBUILD, AuditedActions.REPLAY, AuditedActions.REPUBLISH,
      AuditedActions.DISCARD);

  private final OperatorAudit audit;

  AuditController(OperatorAudit audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/admin/audit")
  Map<String, List<AuditEntry>> recent(@RequestParam(required = false) String action,
      @RequestParam(defaultValue = "100") int limit) {
    if (action != null && !ACTIONS.contains(action)) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "action", "action must be one of " + ACTIONS.stream().sorted().toList());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    return Map.of("items", audit.recent(action, limit));
  }
}
