package io.eventdesign.payment.provider;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentRefundRequested;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.payment.PaymentRetried;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.payment.payment.PaymentCommand;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.gateway.CommandGateway;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Talks to the payment provider, outside any Kafka transaction because it calls the outside world:
 * a new or retried payment gets an intent (recorded by command), a refund request gets a refund.
 * Provider calls are idempotent per payment and attempt, and the recording command's idempotency
 * key is derived the same way, so re-delivered events change nothing.
 */
public class ProviderGateway {

  static final String GROUP = "payment-provider-gateway";

  private final PaymentProvider provider;
  private final RecordCodec events;
  private final CommandGateway commands;
  private final CommandCodec<PaymentCommand> codec;
  private final Clock clock;

  public ProviderGateway(PaymentProvider provider, RecordCodec events, CommandGateway commands,
      CommandCodec<PaymentCommand> codec, Clock clock) {
    this.provider = provider;
    this.events = events;
    this.commands = commands;
    this.codec = codec;
    this.clock = clock;
  }

  @KafkaListener(id = GROUP, groupId = GROUP, topics = "payments.events", containerFactory = "providerGatewayContainerFactory")
  void on(ConsumerRecord<String, byte[]> record) {
    if (!(events.decode(record.value()) instanceof DecodeResult.Decoded decoded)) {
      return;
    }
    switch (decoded.record()) {
      case PaymentRequested r -> createIntent(r.getEnvelope(), 1, r.getAmount(), r.getCurrency(), r.getPaymentMethodToken());
      case PaymentRetried r -> createIntent(r.getEnvelope(), r.getAttempt(), r.getAmount(), r.getCurrency(), r.getPaymentMethodToken());
      case PaymentRefundRequested r -> provider.refund(new PaymentProvider.RefundRequest(r.getEnvelope().getAggregateId(),
          r.getProviderIntentId(), r.getAmount(), r.getCurrency(), r.getEnvelope().getCorrelationId()));
      default -> { }
    }
  }

  private void createIntent(Envelope envelope, int attempt, long amount, String currency, String token) {
    String paymentId = envelope.getAggregateId();
    String intentId = provider.createIntent(new PaymentProvider.IntentRequest(paymentId, attempt, amount, currency, token,
        envelope.getCorrelationId()));
    String key = "intent:" + paymentId + ":" + attempt;
    CommandMetadata metadata = new CommandMetadata(
        UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), paymentId, null, key,
        "service:payment-provider-gateway", null, true, envelope.getCorrelationId(), envelope.getEventId(), clock.instant());
    var outcome = commands.send(codec, Topics.PAYMENTS_COMMANDS, paymentId, metadata,
        new PaymentCommand.RecordIntent(intentId, attempt));
    if (!outcome.accepted()) {
      throw new IllegalStateException("recording intent " + intentId + " was refused: " + outcome.rejection().message());
    }
  }
}
