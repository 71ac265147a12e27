package io.eventdesign.payment.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payments API (webhooks have their own controller). */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

  /** Optional body of a retry. */
  @Schema(example = "{\"paymentMethodToken\": \"tok_mastercard\"}")
  record Retry(@Size(max = 100) @Text(Kind.IDENTIFIER) String paymentMethodToken) {}

  private final CommandGateway gateway;
  private final CommandCodec<PaymentCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReads reads;

  PaymentController(CommandGateway gateway, CommandCodec<PaymentCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReads reads) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reads = reads;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    return reads.read(PaymentAggregate.DEFINITION, "payment", id, request, PaymentView::of);
  }

  /** The payments of a design request (at most one). */
  @GetMapping
  ResponseEntity<?> byRequest(@RequestParam String requestId, HttpServletRequest request) {
    AggregateReads.requireUuid("design request", requestId);
    String paymentId = PaymentIds.forRequest(requestId);
    var forwarded = reads.forwardIfRemote(PaymentAggregate.DEFINITION, paymentId, request);
    if (forwarded.isPresent()) {
      return forwarded.get();
    }
    return ResponseEntity.ok(reads.findLocal(PaymentAggregate.DEFINITION, paymentId, request, PaymentView::of)
        .map(List::of).orElse(List.of()));
  }

  @PostMapping("/{id}/retry")
  ResponseEntity<PaymentView> retry(@PathVariable String id, @Valid @RequestBody(required = false) Retry body,
      HttpServletRequest request) {
    AggregateReads.requireUuid("payment", id);
    String token = body == null ? null : body.paymentMethodToken();
    var outcome = gateway.send(codec, Topics.PAYMENTS_COMMANDS, id, metadata.create(request, id),
        new PaymentCommand.RetryPayment(token));
    return responses.respond(outcome, Payment.class, PaymentView::of, p -> URI.create("/api/v1/payments/" + p));
  }
}
