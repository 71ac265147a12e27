package io.eventdesign.payment.provider;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.payment.payment.PaymentCommand;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandRejectedException;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.RequestText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provider webhooks (Standard Webhooks): the signature covers id, timestamp and the raw body, the
 * timestamp must be within 5 minutes, and the webhook id is the command's idempotency key, so a
 * replayed webhook is acknowledged and changes nothing.
 */
@SecurityRequirements // the provider calls it: its signature header, not a bearer token, is checked
@RestController
class ProviderWebhookController {

  static final String PATH = "/api/v1/payments/webhooks/provider";

  /** Signed webhooks whose content does not fit the payment: a leaked secret or a provider bug, for the security log. */
  private static final Logger security = LoggerFactory.getLogger("eventdesign.security");

  private final WebhookSignatures signatures;
  private final CommandGateway gateway;
  private final CommandCodec<PaymentCommand> codec;
  private final JsonMapper json;
  private final Clock clock;

  ProviderWebhookController(WebhookSignatures signatures, CommandGateway gateway, CommandCodec<PaymentCommand> codec,
      JsonMapper json, Clock clock) {
    this.signatures = signatures;
    this.gateway = gateway;
    this.codec = codec;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> receive(
      @RequestHeader(name = WebhookSignatures.ID, required = false) String id,
      @RequestHeader(name = WebhookSignatures.TIMESTAMP, required = false) String timestamp,
      @RequestHeader(name = WebhookSignatures.SIGNATURE, required = false) String signature,
      @RequestBody String body) {
    requireHeader(WebhookSignatures.ID, id);
    requireHeader(WebhookSignatures.TIMESTAMP, timestamp);
    requireHeader(WebhookSignatures.SIGNATURE, signature);
    requireFresh(timestamp);
    if (!signatures.verify(id, timestamp, signature, body)) {
      throw new InvalidRequestException(HttpStatus.UNAUTHORIZED, WebhookSignatures.SIGNATURE, "the signature does not match");
    }
    ProviderEvent event = parse(body);
    if (!id.equals(event.id())) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "id", "the body's id differs from the webhook-id header");
    }
    String paymentId = event.data().paymentId();
    var outcome = gateway.send(codec, Topics.PAYMENTS_COMMANDS, paymentId, metadata(event, paymentId), command(event));
    if (!outcome.accepted()) {
      if (outcome.rejection().kind() == Rejection.Kind.VALIDATION) {
        security.warn("Refused a correctly signed webhook {} ({}) for payment {}: {} {}", event.id(), event.type(),
            paymentId, outcome.rejection().field(), outcome.rejection().message());
      }
      throw new CommandRejectedException(outcome);
    }
    return ResponseEntity.ok(Map.of("received", id, "recordedEvents", outcome.eventCount()));
  }

  private void requireFresh(String timestamp) {
    long seconds = InputRules.decimal(timestamp).filter(s -> s >= 0 && s <= InputRules.LATEST.getEpochSecond())
        .orElseThrow(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST, WebhookSignatures.TIMESTAMP,
            "must be Unix seconds"));
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (age.compareTo(WebhookSignatures.TOLERANCE) > 0) {
      throw new InvalidRequestException(HttpStatus.UNAUTHORIZED, WebhookSignatures.TIMESTAMP,
          "the timestamp is more than " + WebhookSignatures.TOLERANCE.toMinutes() + " minutes from now");
    }
  }

  private ProviderEvent parse(String body) {
    ProviderEvent event;
    try {
      event = RequestText.normalize(json.readValue(body, ProviderEvent.class));
    } catch (JacksonException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "body", "not a provider event: " + e.getOriginalMessage());
    }
    requireField("id", event.id());
    requireField("type", event.type());
    if (event.data() == null) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "data", "is required");
    }
    requireField("data.paymentId", event.data().paymentId());
    AggregateReads.requireUuid("payment", event.data().paymentId());
    return event;
  }

  private static PaymentCommand command(ProviderEvent event) {
    ProviderEvent.Data d = event.data();
    return switch (event.type()) {
      case ProviderEvent.PAYMENT_SUCCEEDED -> new PaymentCommand.RecordSuccess(required("data.intentId", d.intentId()),
          required("data.amount", d.amount()), required("data.currency", d.currency()), required("data.net", d.net()),
          required("data.fee", d.fee()), required("data.method", d.method()));
      case ProviderEvent.PAYMENT_FAILED -> new PaymentCommand.RecordFailure(required("data.intentId", d.intentId()),
          required("data.failureCode", d.failureCode()), required("data.failureReason", d.failureReason()));
      case ProviderEvent.REFUND_SUCCEEDED -> new PaymentCommand.RecordRefund(required("data.refundId", d.refundId()),
          required("data.intentId", d.intentId()), required("data.amount", d.amount()),
          required("data.currency", d.currency()));
      default -> throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "type", "unknown event type " + event.type());
    };
  }

  private CommandMetadata metadata(ProviderEvent event, String paymentId) {
    String correlation = event.data().correlationId();
    String commandId = UUID.randomUUID().toString();
    return new CommandMetadata(commandId, paymentId, null, "webhook:" + event.id(), "service:payment-provider", null, true,
        correlation == null ? commandId : correlation, null, clock.instant());
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, field, "is required for this event type");
    }
    return value;
  }

  private static void requireField(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, field, "is required");
    }
  }

  private static void requireHeader(String header, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, header, "the " + header + " header is required");
    }
  }
}
