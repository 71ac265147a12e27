package io.eventdesign.projection.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentIntentCreated;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.payment.PaymentRetried;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.contract.request.RequestCreated;
import io.eventdesign.contract.request.RequestPaid;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.topic.Topics;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestStateTopologyTest {

  private final SingleObjectCodec codec = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> requests;
  private TestInputTopic<String, byte[]> payments;
  private TestOutputTopic<String, byte[]> states;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "requests-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(RequestStateTopology.build(codec), props);
    requests = driver.createInputTopic(Topics.REQUESTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    payments = driver.createInputTopic(Topics.PAYMENTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    states = driver.createOutputTopic(Topics.REQUESTS_STATE.name(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static Envelope envelope(String type, String aggregateType, String id, long version, int minute) {
    return Envelope.newBuilder().setEventId(id + "-" + version).setEventType(type).setAggregateType(aggregateType)
        .setAggregateId(id).setAggregateVersion(version).setOccurredAt(at(minute)).setActor("system")
        .setCorrelationId("c").setCausationId("x").setAttributes(Map.of()).build();
  }

  private static Instant at(int minute) {
    return Instant.parse("2026-05-01T10:00:00Z").plusSeconds(60L * minute);
  }

  private void request(SpecificRecord event) {
    requests.pipeInput("r-1", codec.encode(event));
  }

  private void payment(SpecificRecord event) {
    payments.pipeInput("p-1", codec.encode(event));
  }

  private RequestState last() {
    return (RequestState) ((DecodeResult.Decoded) codec.decode(states.readRecordsToList().getLast().value())).record();
  }

  private void submittedRequest() {
    request(RequestCreated.newBuilder().setEnvelope(envelope("request.created", "request", "r-1", 1, 0))
        .setProductId("logo").setProductName("Logo design").setDesignCode("LOGO-1").setAmount(14900).setCurrency("EUR").build());
    request(RequestAnswerRecorded.newBuilder().setEnvelope(envelope("request.answer-recorded", "request", "r-1", 2, 1))
        .setQuestionId("brand-name").setAnswerVersion(1).setText("Acme").build());
    request(RequestAnswerRecorded.newBuilder().setEnvelope(envelope("request.answer-recorded", "request", "r-1", 3, 2))
        .setQuestionId("brand-name").setAnswerVersion(2).setText("Acme Inc").build());
    request(RequestSubmitted.newBuilder().setEnvelope(envelope("request.submitted", "request", "r-1", 4, 3))
        .setEmail("a@example.com").setAmount(14900).setCurrency("EUR").build());
  }

  @Test
  void foldsTheRequestWithItsCurrentAnswers() {
    submittedRequest();

    RequestState state = last();

    assertThat(state.getStatus()).isEqualTo("SUBMITTED");
    assertThat(state.getVersion()).isEqualTo(4);
    assertThat(state.getEmail()).isEqualTo("a@example.com");
    assertThat(state.getAnswers()).singleElement().satisfies(a -> {
      assertThat(a.getVersion()).isEqualTo(2);
      assertThat(a.getText()).isEqualTo("Acme Inc");
    });
    assertThat(state.getPaymentStatus()).isNull();
  }

  @Test
  void joinsThePaymentReKeyedByRequestIdIncludingFailuresAndRetries() {
    submittedRequest();
    payment(PaymentRequested.newBuilder().setEnvelope(envelope("payment.requested", "payment", "p-1", 1, 4))
        .setRequestId("r-1").setAmount(14900).setCurrency("EUR").setEmail("a@example.com").build());
    payment(PaymentIntentCreated.newBuilder().setEnvelope(envelope("payment.intent-created", "payment", "p-1", 2, 5))
        .setRequestId("r-1").setProviderIntentId("pi_1").setAttempt(1).build());
    payment(PaymentFailed.newBuilder().setEnvelope(envelope("payment.failed", "payment", "p-1", 3, 6))
        .setRequestId("r-1").setFailureCode("card_declined").setFailureReason("Declined").setAttempt(1).build());
    payment(PaymentRetried.newBuilder().setEnvelope(envelope("payment.retried", "payment", "p-1", 4, 7))
        .setRequestId("r-1").setAttempt(2).setAmount(14900).setCurrency("EUR").build());
    payment(PaymentIntentCreated.newBuilder().setEnvelope(envelope("payment.intent-created", "payment", "p-1", 5, 8))
        .setRequestId("r-1").setProviderIntentId("pi_2").setAttempt(2).build());
    payment(PaymentSucceeded.newBuilder().setEnvelope(envelope("payment.succeeded", "payment", "p-1", 6, 9))
        .setRequestId("r-1").setAmount(14900).setCurrency("EUR").setNetAmount(14443).setFee(457).setMethod("card")
        .setProviderIntentId("pi_2").build());
    request(RequestPaid.newBuilder().setEnvelope(envelope("request.paid", "request", "r-1", 5, 10))
        .setPaymentId("p-1").setAmount(14900).setCurrency("EUR").build());

    RequestState state = last();

    assertThat(state.getStatus()).isEqualTo("PAID");
    assertThat(state.getPaymentStatus()).isEqualTo("SUCCEEDED");
    assertThat(state.getPaymentId()).isEqualTo("p-1");
    assertThat(state.getProviderIntentId()).isEqualTo("pi_2");
    assertThat(state.getPaymentAttempts()).isEqualTo(2);
    assertThat(state.getFailureCode()).isEqualTo("card_declined");
    assertThat(state.getFailureReason()).isEqualTo("Declined");
    assertThat(state.getNetAmount()).isEqualTo(14443);
    assertThat(state.getFee()).isEqualTo(457);
    assertThat(state.getMethod()).isEqualTo("card");
    assertThat(state.getLastAttemptAt()).isEqualTo(at(9));
    assertThat(state.getConfirmedAt()).isEqualTo(at(9));
    assertThat(state.getPaymentVersion()).isEqualTo(6);
    assertThat(state.getVersion()).isEqualTo(5);
    assertThat(driver.getKeyValueStore(RequestStateTopology.PAYMENTS_STORE).get("r-1")).isNotNull();
    var paymentStates = driver.createOutputTopic(Topics.PAYMENTS_STATE.name(), new StringDeserializer(), new ByteArrayDeserializer())
        .readRecordsToList();
    assertThat(paymentStates.getLast().key()).isEqualTo("p-1");
    assertThat(((io.eventdesign.contract.state.PaymentState) ((DecodeResult.Decoded) codec.decode(paymentStates.getLast().value()))
        .record()).getStatus()).isEqualTo("SUCCEEDED");
  }
}
