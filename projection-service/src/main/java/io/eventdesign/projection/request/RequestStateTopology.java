package io.eventdesign.projection.request;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.streams.BranchInputs;
import io.eventdesign.projection.streams.ContractSerde;
import io.eventdesign.projection.streams.EventStreams;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Design requests with their payment summary:
 * {@code requests.events} -> request state per request ({@value #REQUESTS_STORE});
 * {@code payments.events} re-keyed by request id -> payment state per request ({@value #PAYMENTS_STORE});
 * left join (computed from the two stores, not stored a third time) -> {@code requests.state} (compacted);
 * the payment states, keyed by payment id again, -> {@code payments.state} (compacted).
 */
public final class RequestStateTopology {

  public static final String REQUESTS_STORE = "requests-state-store";
  public static final String PAYMENTS_STORE = "payments-by-request-store";

  private RequestStateTopology() {}

  public static Topology build(RecordCodec codec) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, BranchInputs.standalone(builder, codec));
    return builder.build();
  }

  public static void addTo(StreamsBuilder builder, BranchInputs inputs) {
    RecordCodec codec = inputs.codec();
    ContractSerde<SpecificRecord> events = new ContractSerde<>(codec);
    KTable<String, RequestState> requests = EventStreams.decoded(builder, Topics.REQUESTS_EVENTS, inputs, "requests-events")
        .groupByKey(Grouped.with("requests-events-by-id", Serdes.String(), events))
        .aggregate(() -> null, (id, event, state) -> RequestStateReducer.apply(state, event),
            Named.as("requests-state-aggregate"), materialized(REQUESTS_STORE, codec));
    KTable<String, PaymentState> payments = EventStreams.decoded(builder, Topics.PAYMENTS_EVENTS, inputs, "payments-events")
        .selectKey((paymentId, event) -> requestIdOf(event), Named.as("payments-by-request-key"))
        .groupByKey(Grouped.with("payments-by-request", Serdes.String(), events))
        .aggregate(() -> null, (requestId, event, state) -> PaymentStateReducer.apply(state, event),
            Named.as("payments-by-request-aggregate"), materialized(PAYMENTS_STORE, codec));
    payments
        .toStream(Named.as("payments-state-changes"))
        .filter((requestId, state) -> state != null, Named.as("payments-state-existing"))
        .selectKey((requestId, state) -> state.getId(), Named.as("payments-state-by-payment-id"))
        .to(Topics.PAYMENTS_STATE.name(), Produced.with(Serdes.String(), new ContractSerde<PaymentState>(codec))
            .withName("payments-state-sink"));
    requests
        .leftJoin(payments, RequestStateReducer::withPayment, Named.as("requests-with-payment"))
        .toStream(Named.as("requests-state-changes"))
        .filter((id, state) -> state != null, Named.as("requests-state-existing"))
        .to(Topics.REQUESTS_STATE.name(), Produced.with(Serdes.String(), new ContractSerde<RequestState>(codec))
            .withName("requests-state-sink"));
  }

  private static <T extends SpecificRecord> Materialized<String, T, KeyValueStore<Bytes, byte[]>> materialized(
      String store, RecordCodec codec) {
    return Materialized.<String, T, KeyValueStore<Bytes, byte[]>>as(store)
        .withKeySerde(Serdes.String()).withValueSerde(new ContractSerde<>(codec));
  }

  /** Every payment event carries the request id (field {@code requestId} after the envelope). */
  private static String requestIdOf(SpecificRecord event) {
    Object requestId = event.get(event.getSchema().getField("requestId").pos());
    return requestId.toString();
  }
}
