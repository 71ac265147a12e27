package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.feed.FeedCustomerContacted;
import io.eventdesign.contract.feed.FeedDesignProgressReported;
import io.eventdesign.platform.http.FieldError;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A posted payload read against its contract type's schema: what passes, normalized, and every way it is refused. */
class ContractPayloadTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ContractType PROGRESS = ContractCatalog.instance().byName("feed.design-progress-reported").orElseThrow();
  private static final ContractType CONTACT = ContractCatalog.instance().byName("feed.customer-contacted").orElseThrow();
  private static final String REQUEST = "3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b";

  @Test
  void aValidPayloadIsNormalizedAndBecomesTheContractRecord() {
    ContractPayload.Read read = ContractPayload.read(PROGRESS, json("""
        {"requestId": "%s", "stage": "DRAFTING", "percent": 40, "note": "  Two concepts left\\nthen review  "}""".formatted(REQUEST)),
        "payload");

    assertThat(read.errors()).isEmpty();
    assertThat(read.payload().get("note").stringValue()).isEqualTo("Two concepts left\nthen review");

    var record = ContractPayload.toRecord(PROGRESS, read.payload(), envelope("feed.design-progress-reported"));
    assertThat(record).isInstanceOf(FeedDesignProgressReported.class);
    FeedDesignProgressReported progress = (FeedDesignProgressReported) record;
    assertThat(progress.getPercent()).isEqualTo(40);
    assertThat(progress.getStage()).isEqualTo("DRAFTING");
    SingleObjectCodec codec = new SingleObjectCodec();
    assertThat(codec.decode(codec.encode(record))).isInstanceOfSatisfying(DecodeResult.Decoded.class,
        decoded -> assertThat(decoded.record()).isEqualTo(record));
  }

  @Test
  void optionalFieldsMayBeLeftOutOrNullAndInstantsAreKeptToTheMillisecond() {
    ContractPayload.Read read = ContractPayload.read(CONTACT, json("""
        {"userId": "%s", "channel": "PHONE", "contactedAt": "2026-11-30T09:15:00.123456Z", "summary": "Asked about the logo", "requestId": null}"""
        .formatted(REQUEST)), "payload");

    assertThat(read.errors()).isEmpty();
    assertThat(read.payload().has("requestId")).isFalse();
    FeedCustomerContacted contact = (FeedCustomerContacted) ContractPayload.toRecord(CONTACT, read.payload(), envelope("feed.customer-contacted"));
    assertThat(contact.getContactedAt()).isEqualTo(Instant.parse("2026-11-30T09:15:00.123Z"));
    assertThat(contact.getRequestId()).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 40, "extra": 1}           | payload.extra
      {"requestId": "REQ", "stage": "DRAFTING"}                                       | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": null}                      | payload.percent
      {"requestId": "REQ", "stage": "drafting", "percent": 40}                        | payload.stage
      {"requestId": "REQ", "stage": "DRAFTING ", "percent": "40"}                     | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 40.5}                      | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 101}                       | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": -1}                        | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 4294967336}                | payload.percent
      {"requestId": "REQ", "stage": "DRAFTING", "percent": true}                      | payload.percent
      {"requestId": "3F2B8C1E-9D4A-4E7B-A5C6-1B2D3E4F5A6B", "stage": "DRAFTING", "percent": 1} | payload.requestId
      {"requestId": "not-a-uuid", "stage": "DRAFTING", "percent": 1}                  | payload.requestId
      {"requestId": 7, "stage": "DRAFTING", "percent": 1}                             | payload.requestId
      {"requestId": "REQ", "stage": ["DRAFTING"], "percent": 1}                       | payload.stage
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 1, "note": "   "}          | payload.note
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 1, "note": "a\\u0000b"}    | payload.note
      {"requestId": "REQ", "stage": "DRAFTING", "percent": 1, "note": {"text": "x"}}  | payload.note
      """)
  void everyOffendingFieldIsNamed(String payload, String field) {
    ContractPayload.Read read = ContractPayload.read(PROGRESS, json(payload.replace("REQ", REQUEST)), "payload");

    assertThat(read.valid()).isFalse();
    assertThat(read.errors()).extracting(FieldError::field).containsExactly(field);
  }

  @Test
  void aLineFieldRefusesLineBreaksAndEveryStringHasALimit() {
    assertThat(ContractPayload.read(CONTACT, json("""
        {"userId": "%s", "channel": "EMAIL\\n", "contactedAt": "2026-11-30T09:15:00Z", "summary": "%s"}"""
        .formatted(REQUEST, "x".repeat(2001))), "payload").errors())
        .extracting(FieldError::field).containsExactlyInAnyOrder("payload.channel", "payload.summary");
    assertThat(ContractPayload.read(CONTACT, json("""
        {"userId": "%s", "channel": "EMAIL", "contactedAt": "yesterday", "summary": "ok"}""".formatted(REQUEST)), "payload")
        .errors()).extracting(FieldError::field).containsExactly("payload.contactedAt");
  }

  @Test
  void aPayloadThatIsNoObjectOrNoJsonIsRefusedAsAWhole() {
    assertThat(ContractPayload.read(PROGRESS, json("[1, 2]"), "payload").errors()).extracting(FieldError::field).containsExactly("payload");
    assertThat(ContractPayload.read(PROGRESS, (JsonNode) null, "payload").errors()).extracting(FieldError::field).containsExactly("payload");
    assertThat(ContractPayload.read(PROGRESS, "{not json", "payload").errors()).extracting(FieldError::field).containsExactly("payload");
  }

  @Test
  void everyFeedTypeCanBePostedButTypesWithListsCannot() {
    ContractCatalog.instance().events().stream().filter(type -> type.aggregateType().equals("feed"))
        .forEach(ContractPayload::check);
    assertThatThrownBy(() -> ContractPayload.check(ContractCatalog.instance().byName("request.answer-recorded").orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options");
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static Envelope envelope(String type) {
    return Envelope.newBuilder().setEventId("e1").setEventType(type).setAggregateType("feed").setAggregateId("service:crm")
        .setAggregateVersion(1).setOccurredAt(Instant.parse("2026-11-30T10:00:00Z")).setActor("service:crm")
        .setCorrelationId("c1").setCausationId("c1").setAttributes(new HashMap<>()).build();
  }
}
