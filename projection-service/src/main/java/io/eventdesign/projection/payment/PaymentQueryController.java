package io.eventdesign.projection.payment;

import io.eventdesign.platform.security.Caller;
import io.eventdesign.projection.request.PaymentStateReducer;
import io.eventdesign.projection.request.RequestQueries;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.query.AsOf;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A payment's state at any instant (now by default), folded from the event log. */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentQueryController {

  private final StateAsOf history;
  private final RequestQueries requests;

  PaymentQueryController(StateAsOf history, RequestQueries requests) {
    this.history = history;
    this.requests = requests;
  }

  /** The payment folded from the log; a customer sees only the payment of their own request. */
  @GetMapping("/{id}")
  ResponseEntity<Map<String, Object>> byId(@PathVariable String id, @RequestParam(required = false) String asOf,
      HttpServletRequest request) {
    Caller caller = Caller.of(request);
    if (!caller.readsEverything() && !requests.paysForVisible(id, caller.readsOnlyFor())) {
      throw new AggregateNotFoundException("payment", id);
    }
    Instant at = asOf == null ? Instant.now() : AsOf.parse(asOf);
    PaymentState state = history.of("payment", id, at, PaymentStateReducer::apply).orElseThrow(() -> new AggregateNotFoundException("payment", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(state.getVersion())).body(view(state));
  }

  private Map<String, Object> view(PaymentState state) {
    Map<String, Object> view = new java.util.LinkedHashMap<>();
    state.getSchema().getFields().forEach(field -> view.put(field.name(), state.get(field.pos())));
    return view;
  }
}
