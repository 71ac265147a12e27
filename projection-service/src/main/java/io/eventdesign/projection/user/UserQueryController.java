package io.eventdesign.projection.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.vocabulary.UserStatus;
import io.eventdesign.contract.vocabulary.Vocabulary;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.query.AsOf;
import io.eventdesign.projection.query.Paging;
import io.eventdesign.projection.workspace.WorkspaceQueries;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users as projected into PostgreSQL. */
@RestController
@RequestMapping("/api/v1/users")
class UserQueryController {

  private static final Set<String> STATUSES = Vocabulary.names(UserStatus.class);
  private static final Set<String> ROLES = Vocabulary.names(UserRole.class);

  private final UserQueries queries;
  private final WorkspaceQueries workspaces;
  private final StateAsOf history;

  UserQueryController(UserQueries queries, WorkspaceQueries workspaces, StateAsOf history) {
    this.queries = queries;
    this.workspaces = workspaces;
    this.history = history;
  }

  /**
   * The live row, or with {@code asOf} the state at that instant folded from the event log; with the
   * workspaces the person is a member of now (whatever {@code asOf}).
   */
  @GetMapping("/{id}")
  ResponseEntity<UserDetail> byId(@PathVariable String id, @RequestParam(required = false) String asOf,
      HttpServletRequest request) {
    if (!Caller.of(request).mayRead(id)) {
      throw new AggregateNotFoundException("user", id);   // another's account: as if it did not exist
    }
    Optional<UserRow> found = asOf == null ? queries.byId(id)
        : history.of("user", id, AsOf.parse(asOf), UserStateReducer::apply).map(UserRow::of);
    UserRow row = found.orElseThrow(() -> new AggregateNotFoundException("user", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version()))
        .body(new UserDetail(row, workspaces.membershipsOf(id)));
  }

  @GetMapping
  Paging.Page<UserRow> search(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String tenantId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.requireOneOf("status", status, STATUSES);
    Paging.requireOneOf("role", role, ROLES);
    Paging.validate(page, size);
    return queries.search(new UserQueries.Filter(status, InputRules.emailParameter("email", email), role, tenantId), page, size);
  }
}
