package io.eventdesign.projection.request;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.query.AsOf;
import io.eventdesign.projection.query.Paging;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Design requests as projected into PostgreSQL. */
@RestController
@RequestMapping("/api/v1/requests")
class RequestQueryController {

  private static final Set<String> STATUSES =
      Set.of("DRAFT", "SUBMITTED", "PAID", "DESIGN_STARTED", "DESIGN_COMPLETED", "CANCELLED");
  private static final Set<String> PAYMENT_STATUSES =
      Set.of("PENDING", "PROCESSING", "SUCCEEDED", "FAILED", "CANCELLED", "REFUNDED");

  private final RequestQueries queries;
  private final StateAsOf history;

  RequestQueryController(RequestQueries queries, StateAsOf history) {
    this.queries = queries;
    this.history = history;
  }

  /** The live row, or with {@code asOf} the state at that instant folded from the event log. */
  @GetMapping("/{id}")
  ResponseEntity<RequestRow> byId(@PathVariable String id, @RequestParam(required = false) String asOf,
      HttpServletRequest request) {
    Optional<RequestRow> found = asOf == null ? queries.byId(id)
        : history.request(id, AsOf.parse(asOf)).map(RequestRow::of);
    Caller caller = Caller.of(request);
    RequestRow row = found.filter(r -> caller.mayRead(r.ownerId()))
        .orElseThrow(() -> new AggregateNotFoundException("design request", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version())).body(row);
  }

  @GetMapping
  Paging.Page<RequestRow> search(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String paymentStatus,
      @RequestParam(required = false) String email,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      HttpServletRequest request) {
    Caller caller = Caller.of(request);
    Paging.requireOneOf("status", status, STATUSES);
    Paging.requireOneOf("paymentStatus", paymentStatus, PAYMENT_STATUSES);
    Paging.validate(page, size);
    // a customer's list holds only their own requests
    String owner = caller.readsEverything() ? null : caller.userId();
    return queries.search(new RequestQueries.Filter(owner, status, paymentStatus, InputRules.emailParameter("email", email)),
        page, size);
  }

  /** The current answer per question, or every version with {@code ?history=true}. */
  @GetMapping("/{id}/answers")
  List<AnswerRow> answers(@PathVariable String id, @RequestParam(defaultValue = "false") boolean history,
      HttpServletRequest request) {
    Caller caller = Caller.of(request);
    queries.byId(id).filter(r -> caller.mayRead(r.ownerId()))
        .orElseThrow(() -> new AggregateNotFoundException("design request", id));
    return queries.answers(id, history);
  }
}
