package io.eventdesign.payment.payment;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import io.eventdesign.platform.command.TenantOf;
import java.util.Map;

/** How the generic command processor runs payments. */
public final class PaymentAggregate {

  public static final AggregateDefinition<PaymentCommand, PaymentEvent, Payment> DEFINITION =
      new AggregateDefinition<>(
          "payment",
          new PaymentDecider(),
          Map.of(
              "RequestPayment", PaymentCommand.RequestPayment.class,
              "RecordIntent", PaymentCommand.RecordIntent.class,
              "RecordSuccess", PaymentCommand.RecordSuccess.class,
              "RecordFailure", PaymentCommand.RecordFailure.class,
              "RetryPayment", PaymentCommand.RetryPayment.class,
              "CancelPayment", PaymentCommand.CancelPayment.class,
              "RecordRefund", PaymentCommand.RecordRefund.class),
          Payment.class,
          new PaymentEventMapper(),
          Topics.PAYMENTS_COMMANDS,
          Topics.PAYMENTS_EVENTS,
          People.owner(Payment::ownerId),
          TenantOf.none());

  private PaymentAggregate() {}
}
