package io.eventdesign.projection.tenant;

import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.contract.vocabulary.TenantStatus;
import io.eventdesign.contract.vocabulary.Vocabulary;
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
 * Tenants as projected into PostgreSQL. A customer sees the tenants they administer or have a workspace
 * in; any other is a 404.
 */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantQueryController {

  private static final Set<String> STATUSES = Vocabulary.names(TenantStatus.class);
  private static final Set<String> PLANS = Vocabulary.names(TenantPlan.class);

  private final TenantQueries queries;
  private final StateAsOf history;

  TenantQueryController(TenantQueries queries, StateAsOf history) {
    this.queries = queries;
    this.history = history;
  }

  /** The live row, or with {@code asOf} the state at that instant folded from the event log. */
  @GetMapping("/{id}")
  ResponseEntity<TenantRow> byId(@PathVariable String id, @RequestParam(required = false) String asOf,
      HttpServletRequest request) {
    Instant at = asOf == null ? null : AsOf.parse(asOf);
    Optional<TenantRow> live = queries.byId(id, Caller.of(request).readsOnlyFor());
    Optional<TenantRow> found = AsOf.liveOrPast(at, live, false,
        then -> history.of("tenant", id, then, TenantStateReducer::apply).map(TenantRow::of));
    TenantRow row = found.orElseThrow(() -> new AggregateNotFoundException("tenant", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version())).body(row);
  }

  @GetMapping
  Paging.Page<TenantRow> search(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) String adminId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      HttpServletRequest request) {
    Paging.requireOneOf("status", status, STATUSES);
    Paging.requireOneOf("plan", plan, PLANS);
    Paging.validate(page, size);
    return queries.search(new TenantQueries.Filter(Caller.of(request).readsOnlyFor(), status, plan, adminId), page, size);
  }
}
