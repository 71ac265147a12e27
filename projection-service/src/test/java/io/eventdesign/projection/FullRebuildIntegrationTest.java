package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.EmbeddedPostgres;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.user.IdentityFixture;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.user.UserServiceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full rebuild an operator runs after a topology change, with Kafka's own tools: stop
 * projection-service, reset the Streams application, delete its local state, empty the tables, reset
 * the sink's group, start again. The state topics receive the states again and the tables come back
 * identical, row by row.
 */
class FullRebuildIntegrationTest {

  private static final String RUN = UUID.randomUUID().toString();
  private static final String APPLICATION_ID = "projection-rebuild-it-" + RUN;
  private static final String SINK_GROUP = "projection-sink-rebuild-it-" + RUN;

  private static HttpTestClient users;
  private static HttpTestClient registrar;
  private final JsonMapper json = JsonMapper.builder().build();
  private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
      SharedInfrastructure.postgres().jdbcUrl(), EmbeddedPostgres.USER, ""));
  private final ProjectedTables tables = new ProjectedTables(jdbc);

  /**
   * The identity fixture's user-service (the one writer of the users topics in this JVM): the admin
   * changes users, the authorization server's kind of client registers them.
   */
  @BeforeAll
  static void userService() {
    IdentityFixture identity = IdentityFixture.shared();
    users = new HttpTestClient(identity.userServiceUrl(), identity.admin());
    registrar = users.as(identity.service("users.manage api.read"));
  }

  private static String bootstrapServers() {
    return SharedInfrastructure.kafka().bootstrapServers();
  }

  private static ConfigurableApplicationContext startProjectionService(Path stateDir) {
    return ProjectionServiceApplication.run(
        "--server.port=0",
        "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
        "--spring.kafka.streams.application-id=" + APPLICATION_ID,
        "--spring.kafka.streams.state-dir=" + stateDir,
        "--eventdesign.projections.sink-group=" + SINK_GROUP,
        "--spring.datasource.url=" + SharedInfrastructure.postgres().jdbcUrl(),
        "--eventdesign.security.issuer-uri=" + IdentityFixture.shared().issuer());
  }

  @Test
  void resettingTheStreamsApplicationAndTheSinkRebuildsTheStateTopicsAndIdenticalTables() throws Exception {
    Path stateDir = SharedInfrastructure.newStateDir("projection-rebuild");
    List<String> ids = new ArrayList<>();
    List<String> before;
    Map<String, byte[]> statesBefore;
    try (var projection = startProjectionService(stateDir)) {
      for (int i = 0; i < 3; i++) {
        String id = json.readTree(registrar.post("/api/v1/users",
            "{\"email\": \"rebuild-%s@example.com\", \"firstName\": \"R\", \"lastName\": \"B\"}".formatted(UUID.randomUUID()),
            Map.of()).body()).get("id").asString();
        users.post("/api/v1/users/" + id + "/activate", null, Map.of());
        users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"DESIGNER\"}", Map.of());
        ids.add(id);
      }
      Await.until("the users projected", () -> ids.stream().allMatch(id ->
          jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ? AND version = 3", Long.class, id) == 1));
      before = tables.settledChecksums();
      statesBefore = latestStates(ids);
    }

    KafkaTools.resetStreamsApplication(bootstrapServers(), APPLICATION_ID, "users.events,tenants.events,workspaces.events,requests.events,payments.events");
    deleteRecursively(stateDir);
    tables.truncate();
    KafkaTools.resetGroupToEarliest(bootstrapServers(), SINK_GROUP);
    Map<String, Long> stateRecordsBefore = stateRecordsPerUser(ids);

    try (var projection = startProjectionService(stateDir)) {
      Await.until("identical tables", () -> before.equals(tables.checksums()));
      // the topology emits each user's states again, version by version: wait until every user has new
      // records and the last of them is the latest state
      Await.until("every user's state emitted again, up to the latest", () -> {
        Map<String, Long> records = stateRecordsPerUser(ids);
        return ids.stream().allMatch(id -> records.get(id) > stateRecordsBefore.get(id))
            && latestStates(ids).entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), statesBefore.get(e.getKey())));
      });
      assertThat(latestStates(ids)).allSatisfy((id, state) -> assertThat(state).isEqualTo(statesBefore.get(id)));
      assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT event_id) FROM event_log", Long.class)).isZero();
    }
  }

  @Test
  void anOnlineRebuildOfTheEventLogCopiesEveryEventOnceAndKeepsItsIndexes() throws Exception {
    try (var projection = startProjectionService(SharedInfrastructure.newStateDir("projection-event-log-rebuild"))) {
      var projections = new HttpTestClient("http://localhost:" + projection.getEnvironment().getProperty("local.server.port"),
          IdentityFixture.shared().admin());
      String id = json.readTree(registrar.post("/api/v1/users", """
          {"email": "copy-%s@example.com", "firstName": "Back\\\\slash \\"quoted\\"", "lastName": "Comma, é, 😀 {braces}"}"""
          .formatted(UUID.randomUUID()), Map.of()).body()).get("id").asString();
      ConsumerRecord<String, byte[]> registered = TopicReader.readAll(bootstrapServers(), "users.events").stream()
          .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
      republish(registered);
      users.post("/api/v1/users/" + id + "/activate", null, Map.of());
      Await.until("the activation after the repeated registration logged", () ->
          jdbc.queryForObject("SELECT count(*) FROM event_log WHERE aggregate_id = ? AND aggregate_version = 2", Long.class, id) == 1);
      // the users row arrives through the state topology, later than the event_log row: wait for it too, or the
      // checksums taken before the rebuild could miss it and differ from the ones taken after for that reason alone
      Await.until("the activated user projected", () ->
          jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ? AND version = 2", Long.class, id) == 1);
      rebuildToIdenticalTables(projections, "event_log");
      assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT event_id) FROM event_log", Long.class)).isZero();
      assertThat(jdbc.queryForObject("SELECT kafka_offset FROM event_log WHERE aggregate_id = ? AND aggregate_version = 1",
          Long.class, id))
          .as("the repeated registration is kept where the live sink kept it: at its first offset")
          .isEqualTo(registered.offset());
      assertThat(jdbc.queryForObject("SELECT payload->>'firstName' FROM event_log WHERE aggregate_id = ? AND aggregate_version = 1",
          String.class, id)).isEqualTo("Back\\slash \"quoted\"");
    }
  }

  @Test
  void anOnlineRebuildOfUsersKeepsEachUsersNewestStateWhateverOrderTheStatesCameIn() throws Exception {
    try (var projection = startProjectionService(SharedInfrastructure.newStateDir("projection-users-rebuild"))) {
      var projections = new HttpTestClient("http://localhost:" + projection.getEnvironment().getProperty("local.server.port"),
          IdentityFixture.shared().admin());
      String id = json.readTree(registrar.post("/api/v1/users", """
          {"email": "state-%s@example.com", "firstName": "Back\\\\slash", "lastName": "O'Brien, {braces}"}"""
          .formatted(UUID.randomUUID()), Map.of()).body()).get("id").asString();
      users.post("/api/v1/users/" + id + "/activate", null, Map.of());
      users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"DESIGNER\"}", Map.of());
      users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"STAFF\"}", Map.of());
      Await.until("the user's fourth version projected", () ->
          jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ? AND version = 4", Long.class, id) == 1);
      // an older state arriving after the newest (a re-delivered record) changes nothing live; the rebuild must agree
      republish(userStates(List.of(id)).getFirst());
      Await.until("the repeated first state consumed by the sink", () -> TopicReader.readAll(bootstrapServers(), "users.state")
          .stream().filter(r -> id.equals(r.key())).count() >= 2 && sinkCaughtUp(projections));
      rebuildToIdenticalTables(projections, "users");
      assertThat(jdbc.queryForObject("SELECT version || ' ' || array_to_string(roles, ',') || ' ' || first_name FROM users WHERE id = ?",
          String.class, id)).isEqualTo("4 DESIGNER,STAFF Back\\slash");
    }
  }

  @Test
  void aTableIsRebuiltByOneInstanceAtATime() throws Exception {
    try (var projection = startProjectionService(SharedInfrastructure.newStateDir("projection-rebuild-claim"));
        java.sql.Connection otherInstance = jdbc.getDataSource().getConnection()) {
      var projections = new HttpTestClient("http://localhost:" + projection.getEnvironment().getProperty("local.server.port"),
          IdentityFixture.shared().admin());
      String path = "/api/v1/admin/projections/users/rebuild";
      // another instance rebuilding users holds its claim: RebuildClaim's advisory lock (0x5EED0002, hash of the table)
      try (var claim = otherInstance.prepareStatement("SELECT pg_advisory_lock(x'5EED0002'::int, hashtext('users'))")) {
        claim.execute();
      }
      var refused = projections.post(path + "?reason=test", null, Map.of());
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(refused.body()).contains("already running in another instance");
      assertThat(jdbc.queryForObject("SELECT to_regclass('users_rebuild') IS NULL", Boolean.class))
          .as("the refused rebuild created no shadow table").isTrue();

      try (var release = otherInstance.prepareStatement("SELECT pg_advisory_unlock(x'5EED0002'::int, hashtext('users'))")) {
        release.execute();
      }
      assertThat(projections.post(path + "?reason=test", null, Map.of()).statusCode()).isEqualTo(202);
      Await.until("the rebuild to complete", () ->
          json.readTree(projections.get(path).body()).get("state").asString().equals("COMPLETED"));
      assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = x'5EED0002'::int",
          Long.class)).as("the claim is released when the rebuild ends").isZero();
    }
  }

  @Test
  void theSwitchWaitsForASinkBatchRunningInAnyInstanceAndCatchesUpWithWhatItWrote() throws Exception {
    try (var projection = startProjectionService(SharedInfrastructure.newStateDir("projection-switch-lock"))) {
      var projections = new HttpTestClient("http://localhost:" + projection.getEnvironment().getProperty("local.server.port"),
          IdentityFixture.shared().admin());
      String path = "/api/v1/admin/projections/users/rebuild";
      try (java.sql.Connection otherInstance = jdbc.getDataSource().getConnection()) {
        // another instance's sink, in the middle of a batch: it holds the batch lock shared until it commits
        otherInstance.setAutoCommit(false);
        try (var statement = otherInstance.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
          statement.setLong(1, SinkBatchLock.KEY);
          statement.execute();
        }
        assertThat(projections.post(path + "?reason=test", null, Map.of()).statusCode()).isEqualTo(202);
        Await.until("the rebuild to reach its switch", () ->
            json.readTree(projections.get(path).body()).get("state").asString().equals("SWITCHING"));
        Thread.sleep(1000);
        assertThat(json.readTree(projections.get(path).body()).get("state").asString())
            .as("the switch waits while a batch runs anywhere").isEqualTo("SWITCHING");
        // what that batch writes before it commits is in the live table the switch is about to drop
        String id = json.readTree(registrar.post("/api/v1/users",
            "{\"email\": \"late-%s@example.com\", \"firstName\": \"L\", \"lastName\": \"W\"}".formatted(UUID.randomUUID()),
            Map.of()).body()).get("id").asString();
        Await.until("the late user's state on its topic", () -> !userStates(List.of(id)).isEmpty());
        otherInstance.commit();
        Await.until("the rebuild to complete", () ->
            json.readTree(projections.get(path).body()).get("state").asString().equals("COMPLETED"));
        Await.until("the late user in the rebuilt table", () ->
            jdbc.queryForObject("SELECT count(*) FROM users WHERE id = ?", Long.class, id) == 1);
      }
    }
  }

  /**
   * Rebuilds {@code table} online once the tables have settled, and checks that it completes with every
   * table as it was, the same indexes by the same names, and no shadow table left.
   */
  private void rebuildToIdenticalTables(HttpTestClient projections, String table) throws Exception {
    List<String> before = tables.settledChecksums();
    String indexes = "SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE tablename = ?";
    String indexesBefore = jdbc.queryForObject(indexes, String.class, table);
    String path = "/api/v1/admin/projections/" + table + "/rebuild";
    assertThat(projections.post(path + "?reason=test", null, Map.of()).statusCode()).isEqualTo(202);
    String finished = Await.until("the rebuild of " + table + " to finish", () -> java.util.Optional.of(
            json.readTree(projections.get(path).body()).get("state").asString())
        .filter(state -> state.equals("COMPLETED") || state.equals("FAILED")));
    assertThat(finished).isEqualTo("COMPLETED");
    assertThat(tables.checksums()).isEqualTo(before);
    assertThat(jdbc.queryForObject(indexes, String.class, table)).as("the same indexes, by the same names").isEqualTo(indexesBefore);
    assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NULL", Boolean.class, table + "_rebuild")).isTrue();
  }

  private boolean sinkCaughtUp(HttpTestClient projections) {
    return json.readTree(projections.get("/api/v1/events/stats").body()).get("projections").findValues("events").stream()
        .allMatch(lag -> lag.asLong() == 0);
  }

  /** Publishes a record again, unchanged, as a writer re-running its commands would. */
  private static void republish(ConsumerRecord<String, byte[]> record) throws Exception {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
    }
  }

  private static List<ConsumerRecord<String, byte[]>> userStates(List<String> ids) {
    return TopicReader.readAll(bootstrapServers(), "users.state").stream().filter(r -> ids.contains(r.key())).toList();
  }

  private static Map<String, Long> stateRecordsPerUser(List<String> ids) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ids.forEach(id -> counts.put(id, 0L));
    userStates(ids).forEach(r -> counts.merge(r.key(), 1L, Long::sum));
    return counts;
  }

  /** The last state per user on {@code users.state}, as bytes. */
  private static Map<String, byte[]> latestStates(List<String> ids) {
    Map<String, byte[]> latest = new LinkedHashMap<>();
    userStates(ids).forEach(r -> latest.put(r.key(), r.value()));
    return latest;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
