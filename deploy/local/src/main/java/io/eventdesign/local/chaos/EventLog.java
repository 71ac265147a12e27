package io.eventdesign.local.chaos;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.TopicReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.avro.specific.SpecificRecord;

/** The committed events of the topics the load touches (design requests, their payments, users), as read once. */
record EventLog(List<Event> requests, List<Event> payments, List<Event> users, List<String> undecodable) {

  /**
   * An event by the fields the checks need.
   *
   * @param requestId for {@code payment.requested}, the design request it pays for; otherwise null
   */
  record Event(String eventId, String type, String aggregateId, long version, String requestId) {}

  private static final SingleObjectCodec CODEC = new SingleObjectCodec();

  static EventLog read(String bootstrapServers) {
    List<String> undecodable = new ArrayList<>();
    return new EventLog(read(bootstrapServers, Topics.REQUESTS_EVENTS.name(), undecodable),
        read(bootstrapServers, Topics.PAYMENTS_EVENTS.name(), undecodable),
        read(bootstrapServers, Topics.USERS_EVENTS.name(), undecodable), undecodable);
  }

  private static List<Event> read(String bootstrapServers, String topic, List<String> undecodable) {
    List<Event> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(bootstrapServers, topic)) {
      if (CODEC.decode(record.value()) instanceof DecodeResult.Decoded decoded) {
        SpecificRecord payload = decoded.record();
        Envelope envelope = (Envelope) payload.get(0);
        events.add(new Event(envelope.getEventId(), envelope.getEventType(), envelope.getAggregateId(),
            envelope.getAggregateVersion(), payload instanceof PaymentRequested requested ? requested.getRequestId() : null));
      } else {
        undecodable.add(topic + "-" + record.partition() + "@" + record.offset());
      }
    }
    return events;
  }

  /** Each design request's events, in topic order. */
  Map<String, List<Event>> requestsById() {
    return byAggregate(requests);
  }

  /** Each payment's events, in topic order. */
  Map<String, List<Event>> paymentsById() {
    return byAggregate(payments);
  }

  /** Each user's events, in topic order. */
  Map<String, List<Event>> usersById() {
    return byAggregate(users);
  }

  /** Every event of every topic read. */
  java.util.stream.Stream<Event> all() {
    return java.util.stream.Stream.of(requests, payments, users).flatMap(List::stream);
  }

  private static Map<String, List<Event>> byAggregate(List<Event> events) {
    Map<String, List<Event>> grouped = new LinkedHashMap<>();
    events.forEach(event -> grouped.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));
    return grouped;
  }

  static long count(List<Event> history, String type) {
    return history.stream().filter(event -> event.type().equals(type)).count();
  }
}
