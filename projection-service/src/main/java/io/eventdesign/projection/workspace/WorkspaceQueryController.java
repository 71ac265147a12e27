package io.eventdesign.projection.workspace;

import io.eventdesign.contract.vocabulary.Vocabulary;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.security.Caller;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.query.AsOf;
import io.eventdesign.projection.query.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workspaces and their members as projected into PostgreSQL. A customer sees the workspaces they are a
 * member of and those of the tenants they administer; any other is a 404.
 */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceQueryController {

  private static final Set<String> STATUSES = Vocabulary.names(WorkspaceStatus.class);
  private static final Set<String> ROLES = Vocabulary.names(WorkspaceRole.class);

  private final WorkspaceQueries queries;
  private final StateAsOf history;

  WorkspaceQueryController(WorkspaceQueries queries, StateAsOf history) {
    this.queries = queries;
    this.history = history;
  }

  /** The live workspace with its members, or with {@code asOf} the state at that instant folded from the event log. */
  @GetMapping("/{id}")
  ResponseEntity<WorkspaceRow> byId(@PathVariable String id, @RequestParam(required = false) String asOf,
      HttpServletRequest request) {
    Instant at = asOf == null ? null : AsOf.parse(asOf);
    Optional<WorkspaceRow> live = queries.byId(id, visibleTo(request));
    Optional<WorkspaceRow> found = AsOf.liveOrPast(at, live, false,
        then -> history.of("workspace", id, then, WorkspaceStateReducer::apply).map(WorkspaceRow::of));
    WorkspaceRow row = found.orElseThrow(() -> new AggregateNotFoundException("workspace", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version())).body(row);
  }

  @GetMapping("/{id}/members")
  Paging.Page<WorkspaceRow.MemberRow> members(@PathVariable String id,
      @RequestParam(required = false) String role,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      HttpServletRequest request) {
    Paging.requireOneOf("role", role, ROLES);
    Paging.validate(page, size);
    if (!queries.isVisible(id, visibleTo(request))) {
      throw new AggregateNotFoundException("workspace", id);
    }
    return queries.members(id, role, page, size);
  }

  @GetMapping
  Paging.Page<WorkspaceRow> search(
      @RequestParam(required = false) String tenantId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String memberId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      HttpServletRequest request) {
    Paging.requireOneOf("status", status, STATUSES);
    Paging.validate(page, size);
    return queries.search(new WorkspaceQueries.Filter(visibleTo(request), tenantId, status, memberId), page, size);
  }

  private static String visibleTo(HttpServletRequest request) {
    return Caller.of(request).readsOnlyFor();
  }
}
