package io.eventdesign.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentCancelled;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** payment-service's topology: the request saga's reaction feeding the command processor on the payment aggregate. */
class PaymentCommandTopologyTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final CommandCodec<PaymentCommand> codec = new CommandCodec<>(json, PaymentAggregate.DEFINITION.commandTypes());
  private final SingleObjectCodec events = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> requestEvents;
  private TestOutputTopic<String, byte[]> paymentEvents;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "payment-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(PaymentConfiguration.paymentTopology(codec, json, Duration.ofHours(1)), props);
    requestEvents = driver.createInputTopic(Topics.REQUESTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    paymentEvents = driver.createOutputTopic(Topics.PAYMENTS_EVENTS.name(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aSubmittedRequestAsksForOnePaymentWithAnIdDerivedFromTheRequestEvenWhenDeliveredTwice() {
    RequestSubmitted submitted = submitted("r-1");
    request(submitted);
    request(submitted);

    List<TestRecord<String, byte[]>> recorded = paymentEvents.readRecordsToList();
    assertThat(recorded).hasSize(1);
    assertThat(recorded.getFirst().key()).isEqualTo(PaymentIds.forRequest("r-1"));
    PaymentRequested requested = (PaymentRequested) decoded(recorded.getFirst());
    assertThat(requested.getRequestId()).isEqualTo("r-1");
    assertThat(requested.getAmount()).isEqualTo(15_000);
    assertThat(requested.getEnvelope().getCausationId()).isEqualTo(submitted.getEnvelope().getEventId());
  }

  @Test
  void aRequestCancelledAfterItsSubmissionCancelsItsPendingPaymentOnce() {
    request(submitted("r-1"));
    paymentEvents.readRecordsToList();

    RequestCancelled cancelled = cancelled("r-1", "SUBMITTED");
    request(cancelled);
    request(cancelled);

    assertThat(paymentEvents.readRecordsToList()).singleElement()
        .satisfies(record -> assertThat(decoded(record)).isInstanceOf(PaymentCancelled.class));
  }

  @Test
  void aDraftCancelledBeforeSubmissionHasNoPaymentToCancel() {
    request(cancelled("r-1", "DRAFT"));

    assertThat(paymentEvents.isEmpty()).isTrue();
  }

  private void request(SpecificRecord event) {
    requestEvents.pipeInput(((Envelope) event.get(0)).getAggregateId(), events.encode(event));
  }

  private SpecificRecord decoded(TestRecord<String, byte[]> record) {
    return ((DecodeResult.Decoded) events.decode(record.value())).record();
  }

  private static RequestSubmitted submitted(String requestId) {
    return RequestSubmitted.newBuilder().setEnvelope(envelope("request.submitted", requestId, 2)).setOwnerId("u-1")
        .setEmail("ada@example.com").setAmount(15_000).setCurrency("EUR").setPaymentMethodToken("tok_visa").build();
  }

  private static RequestCancelled cancelled(String requestId, String previousStatus) {
    return RequestCancelled.newBuilder().setEnvelope(envelope("request.cancelled", requestId, 3))
        .setReason("changed my mind").setCancelledBy("CUSTOMER").setPreviousStatus(previousStatus).build();
  }

  private static Envelope envelope(String type, String requestId, long version) {
    return Envelope.newBuilder().setEventId(requestId + "-" + version).setEventType(type).setAggregateType("request")
        .setAggregateId(requestId).setAggregateVersion(version).setOccurredAt(Instant.parse("2026-05-01T10:00:00Z"))
        .setActor("user:u-1").setCorrelationId("corr-" + requestId).setCausationId("x").setAttributes(Map.of()).build();
  }
}
