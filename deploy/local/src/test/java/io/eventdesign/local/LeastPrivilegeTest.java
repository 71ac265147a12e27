package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system with least privilege on both data stores, as deployed: on a broker that authenticates
 * every client and authorizes every request by ACLs, each service as its own user with exactly the ACLs
 * of deploy/k8s/kafka-users.yaml; on PostgreSQL, each service as a role that only reads and writes its
 * rows (deploy/postgres/roles.sql), migrations and rebuilds as the tables' owner. Every path that touches
 * them works (registration, the design-request saga with the provider, the projections, lag and
 * statistics, dead-letter re-publishing, a table rebuild, a bounded replay), and a service's credentials
 * do nothing beyond its own needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeastPrivilegeTest {

  @TempDir static Path dataDir;
  private final JsonMapper json = JsonMapper.builder().build();
  private LocalSystem system;
  private String admin;

  @BeforeAll
  void start() throws Exception {
    system = LocalSystem.start(LocalSettings.onFreePorts(dataDir).withKafkaAcls());
    admin = new LocalLogins(system).admin();
  }

  @AfterAll
  void stop() throws Exception {
    if (system != null) {
      system.close();
    }
  }

  @Test
  void everyPathThroughKafkaWorksWithTheServicesOwnAcls() throws Exception {
    LocalLogins logins = new LocalLogins(system);
    Tokens.Person customer = logins.newCustomer();
    HttpTestClient requests = new HttpTestClient("http://localhost:" + system.requestServicePort(), customer.token());
    HttpTestClient projections = new HttpTestClient("http://localhost:" + system.projectionServicePort(), admin);

    String id = json.readTree(requests.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"LOGO-ACL-1\"}",
        Map.of()).body()).get("id").asString();
    HttpResponse<String> answered = requests.put("/api/v1/requests/" + id + "/answers/brand-name",
        "{\"text\": \"Acme Rockets\"}", Map.of());
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(requests.put("/api/v1/requests/" + id + "/answers/style", "{\"options\": [\"bold\"]}", Map.of()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> submitted = requests.post("/api/v1/requests/" + id + "/submit", "{\"email\": \"acl@example.com\"}",
        Map.of());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    // the request's status and its payment's come from two topics: the row may say PAID a moment before SUCCEEDED
    await(projections, "/api/v1/requests/" + id, body -> body.path("status").asString().equals("PAID")
        && body.path("paymentStatus").asString().equals("SUCCEEDED"));
    HttpTestClient staff = requests.as(logins.staff());
    assertThat(staff.post("/api/v1/requests/" + id + "/design/start", null, Map.of()).statusCode()).isEqualTo(200);
    await(projections, "/api/v1/users/" + customer.userId(), body -> body.path("version").asLong() >= 1);
    await(projections, "/api/v1/requests/" + id, body -> body.path("status").asString().equals("DESIGN_STARTED"));

    assertThat(projections.get("/api/v1/admin/projections").statusCode()).isEqualTo(200);
    assertThat(projections.get("/api/v1/events/stats").statusCode()).isEqualTo(200);
    assertThat(projections.post("/api/v1/admin/dead-letters/republish?reason=acl%20check", null, Map.of()).statusCode()).isEqualTo(200);

    assertThat(projections.post("/api/v1/admin/projections/design_request_states/rebuild?reason=acl%20check", null, Map.of()).statusCode())
        .isEqualTo(202);
    await(projections, "/api/v1/admin/projections/design_request_states/rebuild",
        body -> body.path("state").asString().equals("COMPLETED"));
    assertThat(projections.get("/api/v1/requests/" + id).statusCode()).as("the rebuilt table, read by the service's role")
        .isEqualTo(200);

    HttpResponse<String> replay = projections.post("/api/v1/admin/replays", "{\"eventTypes\": [\"request.submitted\"], "
        + "\"to\": \"" + Instant.now().plusSeconds(1) + "\", \"targetTopic\": \"replay.acl-test\", \"reason\": \"acl check\"}", Map.of());
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
    JsonNode replayed = await(projections, "/api/v1/admin/replays/" + json.readTree(replay.body()).get("id").asString(),
        body -> !body.path("state").asString().equals("RUNNING"));
    assertThat(replayed.get("state").asString()).as(replayed.toString()).isEqualTo("COMPLETED");
    assertThat(replayed.get("replayedEvents").asLong()).isEqualTo(1);
  }

  /** A service's user writes only its own topics, reads only what it consumes, and creates nothing else. */
  @Test
  void aServicesCredentialsAllowNothingBeyondItsOwnNeeds() {
    Map<String, Object> request = clientOf(system.serviceContexts().get(1));
    Map<String, Object> payment = clientOf(system.serviceContexts().get(2));

    try (var producer = new KafkaProducer<>(withMaxBlock(request), new StringSerializer(), new StringSerializer())) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>("users.events", "forged", "{}")).get())
          .as("request-service writing user events").hasCauseInstanceOf(AuthorizationException.class);
    }
    Map<String, Object> reader = new HashMap<>(payment);
    reader.put("group.id", "payment-provider-gateway");
    try (var consumer = new KafkaConsumer<>(reader, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("users.commands"));
      assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
          .as("payment-service reading user commands").isInstanceOf(AuthorizationException.class);
    }
    try (Admin client = Admin.create(request)) {
      assertThatThrownBy(() -> client.createTopics(List.of(new NewTopic("requests.extra", 1, (short) 1))).all().get())
          .as("request-service creating a topic").isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(AuthorizationException.class);
    }
    Map<String, Object> anonymous = new HashMap<>(request);
    anonymous.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
        + "username=\"request-service\" password=\"not-the-password\";");
    try (Admin client = Admin.create(anonymous)) {
      assertThatThrownBy(() -> client.listTopics().names().get())
          .as("a wrong password").hasCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
    }
  }

  /** The services connect as roles that read and write their own rows; only the owner changes tables. */
  @Test
  void eachServiceConnectsToPostgresqlAsARoleThatOnlyReadsAndWritesItsRows() throws Exception {
    var projection = system.serviceContexts().get(3).getEnvironment();
    var authServer = system.authServerContext().getEnvironment();
    assertThat(projection.getProperty("spring.datasource.username")).isEqualTo("projection_service");
    assertThat(authServer.getProperty("spring.datasource.username")).isEqualTo("auth_server");

    try (Connection postgres = DriverManager.getConnection(system.postgresJdbcUrl(), "postgres", "");
        ResultSet roles = postgres.createStatement().executeQuery("SELECT rolname, rolsuper, rolcreaterole, rolcreatedb "
            + "FROM pg_roles WHERE rolname IN ('eventdesign_owner', 'projection_service', 'auth_server')")) {
      int count = 0;
      while (roles.next()) {
        count++;
        assertThat(roles.getBoolean(2) || roles.getBoolean(3) || roles.getBoolean(4)).as(roles.getString(1)).isFalse();
      }
      assertThat(count).isEqualTo(3);
    }
    try (Connection service = DriverManager.getConnection(system.postgresJdbcUrl(), "projection_service", "")) {
      assertThat(query(service, "SELECT count(*) FROM design_request_states")).isGreaterThanOrEqualTo(0);
      assertRefused(service, "DELETE FROM flyway_schema_history");
      assertRefused(service, "DROP TABLE users");
      assertRefused(service, "ALTER TABLE users ADD COLUMN stolen text");
      assertRefused(service, "CREATE TABLE stolen (id int)");
      assertRefused(service, "SELECT count(*) FROM auth.account");
    }
    try (Connection service = DriverManager.getConnection(system.postgresJdbcUrl(), "auth_server", "")) {
      assertThat(query(service, "SELECT count(*) FROM auth.account")).isPositive();
      assertRefused(service, "SELECT count(*) FROM public.users");
      assertRefused(service, "DROP TABLE auth.account");
      assertRefused(service, "CREATE TABLE auth.stolen (id int)");
      assertRefused(service, "DELETE FROM auth.flyway_schema_history");
    }
  }

  private static long query(Connection connection, String sql) throws Exception {
    try (ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void assertRefused(Connection connection, String sql) {
    assertThatThrownBy(() -> connection.createStatement().execute(sql)).as(sql)
        .isInstanceOf(java.sql.SQLException.class).hasMessageMatching("(?s).*(permission denied|must be (the )?owner).*");
  }

  /** The Kafka client settings the service runs with (its own user's). */
  private Map<String, Object> clientOf(ConfigurableApplicationContext service) {
    var environment = service.getEnvironment();
    Map<String, Object> settings = new HashMap<>();
    settings.put("bootstrap.servers", system.kafkaBootstrapServers());
    settings.put("security.protocol", environment.getRequiredProperty("spring.kafka.security.protocol"));
    settings.put("sasl.mechanism", environment.getRequiredProperty("spring.kafka.properties.sasl.mechanism"));
    settings.put("sasl.jaas.config", environment.getRequiredProperty("spring.kafka.properties.sasl.jaas.config"));
    return settings;
  }

  private static Map<String, Object> withMaxBlock(Map<String, Object> settings) {
    Map<String, Object> producer = new HashMap<>(settings);
    producer.put("max.block.ms", 10_000);
    producer.put("delivery.timeout.ms", 10_000);
    producer.put("request.timeout.ms", 5_000);
    return producer;
  }

  private JsonNode await(HttpTestClient client, String path, Predicate<JsonNode> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = client.get(path);
      last = response.statusCode() + " " + response.body();
      if (response.statusCode() == 200 && done.test(json.readTree(response.body()))) {
        return json.readTree(response.body());
      }
      Thread.sleep(200);
    }
    throw new AssertionError(path + " did not get there; last answer: " + last);
  }
}
