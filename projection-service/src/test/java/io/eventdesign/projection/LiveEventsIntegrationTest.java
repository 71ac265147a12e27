package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.projection.live.LiveStreams;
import io.eventdesign.user.IdentityFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/events/live} on the shared broker with real tokens: committed events as they arrive,
 * filtered, chained per partition, resumable after a position without repeating one, undecodable records
 * shown for what they are, bad parameters refused, customers refused, and the per-instance cap; and
 * {@code /events/aggregates/{type}/{id}/states}, folded by the read model's reducer.
 */
class LiveEventsIntegrationTest extends RunningProjectionService {

  @Autowired LiveStreams liveStreams;

  private String url(String query) {
    return "http://localhost:" + port + "/api/v1/events/live" + query;
  }

  private String admin() {
    return IdentityFixture.shared().admin();
  }

  @Test
  void committedEventsArriveInOrderFilteredAndChainedPerPartition() throws Exception {
    String correlation = "live-" + UUID.randomUUID();
    try (EventStreamReader stream = new EventStreamReader(url("?aggregateType=user&correlationId=" + correlation), admin())) {
      assertThat(stream.status).isEqualTo(200);
      EventStreamReader.Event positions = stream.next();
      assertThat(positions.name()).isEqualTo("positions");
      assertThat(positions.data().get("next").propertyNames()).allMatch(partition -> partition.startsWith("users.events:"));

      String id = register(correlation);
      users.post("/api/v1/users/" + id + "/activate", null, Map.of("X-Correlation-Id", correlation));

      EventStreamReader.Event registered = stream.nextNamed("event");
      EventStreamReader.Event activated = stream.nextNamed("event");
      assertThat(registered.data().get("eventType").asString()).isEqualTo("user.registered");
      assertThat(registered.data().get("aggregateId").asString()).isEqualTo(id);
      assertThat(registered.data().get("payload").get("firstName").asString()).isEqualTo("Live");
      assertThat(registered.data().get("headers").get("event-type").asString()).isEqualTo("user.registered");
      assertThat(activated.data().get("eventType").asString()).isEqualTo("user.activated");
      assertThat(activated.data().get("partition").asInt()).isEqualTo(registered.data().get("partition").asInt());
      assertThat(activated.data().get("previousOffset").asLong()).as("chained to the stream's previous record there")
          .isEqualTo(registered.data().get("offset").asLong());
      assertThat(registered.data().get("previousOffset").isNull()).isTrue();
      assertThat(registered.id()).isEqualTo("users.events:" + registered.data().get("partition").asInt() + ":"
          + registered.data().get("offset").asLong());
    }
  }

  @Test
  void aStreamContinuesAfterTheGivenPositionWithoutRepeatingIt() throws Exception {
    String correlation = "live-" + UUID.randomUUID();
    String id = register(correlation);
    users.post("/api/v1/users/" + id + "/activate", null, Map.of("X-Correlation-Id", correlation));
    JsonNode history = awaitJson("/api/v1/events/aggregates/user/" + id, events -> events.size() == 2);
    String after = "users.events:" + history.get(0).get("partition").asInt() + ":" + history.get(0).get("offset").asLong();

    // the registration's saga adds tenant and workspace events of the same correlation, maybe still now
    try (EventStreamReader stream = new EventStreamReader(url("?aggregateType=user&correlationId=" + correlation + "&after=" + after),
        admin())) {
      EventStreamReader.Event first = stream.nextNamed("event");
      assertThat(first.data().get("eventType").asString()).isEqualTo("user.activated");
      assertThat(stream.quietFor(Duration.ofSeconds(2))).as("nothing of this correlation twice").isTrue();
    }
    try (EventStreamReader fromStart = new EventStreamReader(url("?correlationId=" + correlation + "&eventType=user.registered"
        + "&after=" + after.substring(0, after.lastIndexOf(':')) + ":-1"), admin())) {
      assertThat(fromStart.nextNamed("event").data().get("aggregateId").asString()).as("-1: from the partition's start")
          .isEqualTo(id);
    }
  }

  @Test
  void aRecordThatIsNoEventIsShownWithWhereItIsAndWhy() throws Exception {
    String key = "live-garbage-" + UUID.randomUUID();
    try (EventStreamReader stream = new EventStreamReader(url("?aggregateType=user"), admin());
         var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()),
             new StringSerializer(), new ByteArraySerializer())) {
      stream.next();
      producer.send(new ProducerRecord<>("users.events", key, new byte[] {(byte) 0xC3, 1, 2, 3})).get();
      EventStreamReader.Event undecodable;
      do {
        undecodable = stream.nextNamed("undecodable");
      } while (!key.equals(undecodable.data().get("key").asString()));
      assertThat(undecodable.data().get("topic").asString()).isEqualTo("users.events");
      assertThat(undecodable.data().get("reason").asString()).isNotBlank();
      assertThat(undecodable.data().get("sizeBytes").asInt()).isEqualTo(4);
    }
  }

  @Test
  void badParametersAndCustomersAreRefusedWithAProblem() throws Exception {
    for (String query : List.of("?after=bogus", "?after=nosuch.topic:0:1", "?aggregateType=nope", "?eventType=user.nope",
        "?after=users.events:0:-2")) {
      try (EventStreamReader refused = new EventStreamReader(url(query), admin())) {
        assertThat(refused.status).as(query).isEqualTo(400);
        assertThat(refused.contentType).as(query).startsWith("application/problem+json");
        String field = query.substring(1, query.indexOf('='));
        assertThat(json.readTree(refused.body).get("errors").get(0).get("field").asString()).as(query).isEqualTo(field);
      }
    }
    try (EventStreamReader customer = new EventStreamReader(url(""), IdentityFixture.shared().newCustomer().token())) {
      assertThat(customer.status).isEqualTo(403);
    }
  }

  @Test
  void streamsBeyondTheInstancesCapWaitWithA503() throws Exception {
    // a stream whose client left ends at its next write at the latest (a heartbeat)
    Await.until("the streams of earlier tests ended", () -> liveStreams.open() == 0);
    List<EventStreamReader> open = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        EventStreamReader stream = new EventStreamReader(url(""), admin());
        open.add(stream);
        assertThat(stream.status).isEqualTo(200);
      }
      try (EventStreamReader refused = new EventStreamReader(url(""), admin())) {
        assertThat(refused.status).isEqualTo(503);
        assertThat(json.readTree(refused.body).get("type").asString()).endsWith("live-streams-full");
      }
    } finally {
      open.forEach(EventStreamReader::close);
    }
  }

  @Test
  void anAggregatesStatesAreFoldedByItsReadModelWithTheFieldsEachEventChanged() {
    String id = register(null);
    users.post("/api/v1/users/" + id + "/activate", null, Map.of());
    users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"DESIGNER\"}", Map.of());
    JsonNode timeline = awaitJson("/api/v1/events/aggregates/user/" + id + "/states", t -> t.get("versions").size() == 3);

    assertThat(timeline.get("folded").asBoolean()).isTrue();
    JsonNode versions = timeline.get("versions");
    assertThat(versions.get(0).get("state").get("status").asString()).isEqualTo("INACTIVE");
    assertThat(versions.get(1).get("state").get("status").asString()).isEqualTo("ACTIVE");
    assertThat(versions.get(1).get("changedFields").valueStream().map(JsonNode::asString).toList())
        .contains("status", "version").doesNotContain("email", "firstName");
    assertThat(versions.get(2).get("state").get("roles").get(0).asString()).isEqualTo("DESIGNER");
    assertThat(versions.get(2).get("changedFields").valueStream().map(JsonNode::asString).toList()).contains("roles");
    assertThat(projections.get("/api/v1/events/aggregates/user/" + UUID.randomUUID() + "/states").statusCode()).isEqualTo(404);
    assertThat(projectionsAs(IdentityFixture.shared().newCustomer().token())
        .get("/api/v1/events/aggregates/user/" + id + "/states").statusCode()).as("another's").isEqualTo(404);
  }

  private String register(String correlation) {
    return json.readTree(registrar.post("/api/v1/users", "{\"email\": \"live-%s@example.com\", \"firstName\": \"Live\", \"lastName\": \"Stream\"}"
        .formatted(UUID.randomUUID()), correlation == null ? Map.of() : Map.of("X-Correlation-Id", correlation)).body()).get("id").asString();
  }
}
