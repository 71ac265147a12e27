package io.eventdesign.contract;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.user.UserRegistered;
import java.time.Instant;
import java.util.Map;

/** Sample contract records for tests. */
public final class TestEvents {

  private TestEvents() {}

  public static Envelope envelope(String eventType, String aggregateId, long version) {
    return Envelope.newBuilder()
        .setEventId("evt-" + aggregateId + "-" + version)
        .setEventType(eventType)
        .setAggregateType("user")
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .setOccurredAt(Instant.parse("2026-01-02T03:04:05.678Z"))
        .setActor("system")
        .setCorrelationId("corr-1")
        .setCausationId("cmd-1")
        .setIdempotencyKey("key-1")
        .setAttributes(Map.of("source", "test"))
        .build();
  }

  public static UserRegistered registered(String userId) {
    return UserRegistered.newBuilder()
        .setEnvelope(envelope("user.registered", userId, 1))
        .setEmail("ada@example.com")
        .setFirstName("Ada")
        .setLastName("Lovelace")
        .setCompany(null)
        .build();
  }
}
