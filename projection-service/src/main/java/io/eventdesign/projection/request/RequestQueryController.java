package io.eventdesign.projection.request;

import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.vocabulary.PaymentStatus;
import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.contract.vocabulary.Vocabulary;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.query.AsOf;
import io.eventdesign.projection.query.Paging;
import java.time.Instant;
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

  private static final Set<String> STATUSES = Vocabulary.names(RequestStatus.class);
  private static final Set<String> PAYMENT_STATUSES = Vocabulary.names(PaymentStatus.class);

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
    Instant at = asOf == null ? null : AsOf.parse(asOf);
    String visibleTo = Caller.of(request).readsOnlyFor();
    Optional<RequestRow> found = AsOf.liveOrPast(at, queries.byId(id, visibleTo), visibleTo == null,
        then -> asOf(id, then).map(RequestRow::of));
    RequestRow row = found.orElseThrow(() -> new AggregateNotFoundException("design request", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version())).body(row);
  }

  @GetMapping
  Paging.Page<RequestRow> search(
      @RequestParam(required = false) String workspaceId,
      @RequestParam(required = false) String tenantId,
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
    // a customer's list holds only the requests they see: their personal ones and their workspaces'
    return queries.search(new RequestQueries.Filter(caller.readsOnlyFor(), workspaceId,
        tenantId, status, paymentStatus, InputRules.emailParameter("email", email)),
        page, size);
  }

  /** The request folded from the log with its payment, as the live topology joins them. */
  private Optional<RequestState> asOf(String id, Instant at) {
    RequestState request = history.<RequestState>of("request", id, at, RequestStateReducer::apply).orElse(null);
    PaymentState payment = history.ofPaymentsOfRequest(id, at, PaymentStateReducer::apply);
    return Optional.ofNullable(RequestStateReducer.withPayment(request, payment));
  }
}
