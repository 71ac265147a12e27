package io.eventdesign.benchmark;

import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.request.RequestCreated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

/**
 * Live catch-up and rebuild rate: fills {@code requests.events} with new design requests (a backlog no
 * saga reacts to, so the live path measured is the projections' own: the request state topology and the
 * sink), waits for the live projections to catch up, then rebuilds each table asked for ({@code event_log}
 * from the events, {@code design_request_states} from the {@code requests.state} records the topology made
 * of them) and times it; the baselines are raw PostgreSQL COPYs of the same rows.
 */
final class RebuildRate {

  /**
   * @param catchUpSeconds from the first event produced until the live projections (state topology and
   *     sink) had processed every one: the live path's rate on a backlog is {@code producedEvents / catchUpSeconds}
   */
  record Result(long producedEvents, double produceSeconds, double catchUpSeconds, int averageRecordBytes,
      Map<String, Double> catchUpCpuSeconds, List<TableResult> tables) {}

  /** @param maxMemoryBytes the most {@link SystemUnderTest#projectionMemory} read during the rebuild */
  record TableResult(String table, long rebuiltRecords, double rebuildSeconds, long maxMemoryBytes, long copiedRows,
      double copySeconds, double copyThenIndexSeconds) {}

  /** The same sort memory the rebuild's index builds get by default, so the baseline is as fast as it can be. */
  private static final String INDEX_SORT_MEMORY = "256MB";
  private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
  private static final Pattern RECORDS = Pattern.compile("\"replayedRecords\":(\\d+)");
  private static final Pattern LAG = Pattern.compile("\"consumerGroup\":\"[^\"]+\",\"events\":(\\d+)");

  private final String bootstrap;
  private final String projectionUrl;
  private final String jdbcUrl;
  private final String admin;
  private final java.util.function.LongSupplier projectionMemory;
  private final CpuMeter cpu;
  private final HttpClient http = HttpClient.newHttpClient();

  /** @param admin the admin's access token (rebuilds and the event statistics are the admin's and staff's) */
  RebuildRate(String bootstrap, int projectionPort, String jdbcUrl, String admin,
      java.util.function.LongSupplier projectionMemory, CpuMeter cpu) {
    this.projectionMemory = projectionMemory;
    this.cpu = cpu;
    this.bootstrap = bootstrap;
    this.projectionUrl = "http://localhost:" + projectionPort;
    this.jdbcUrl = jdbcUrl;
    this.admin = admin;
  }

  Result run(long events, List<String> tables) throws Exception {
    CpuMeter.Reading cpuBefore = cpu.read();
    long produceStart = System.nanoTime();
    int averageBytes = produce(events);
    double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
    Progress.say("produced %,d events in %.1f s; waiting for the live projections to catch up", events, produceSeconds);
    double catchUpSeconds = (awaitCaughtUp() - produceStart) / 1e9;
    // read when caught up was confirmed (a few idle seconds later): those add the idle stack's CPU, a few percent
    Map<String, Double> catchUpCpu = cpu.read().secondsSince(cpuBefore);
    Progress.say("the live projections processed the %,d events in %.1f s from the first produced: %,.0f events/s",
        events, catchUpSeconds, events / catchUpSeconds);
    List<TableResult> results = new ArrayList<>();
    for (String table : tables) {
      results.add(rebuild(table));
    }
    return new Result(events, produceSeconds, catchUpSeconds, averageBytes, catchUpCpu, results);
  }

  private TableResult rebuild(String table) throws Exception {
    String path = "/api/v1/admin/projections/" + table + "/rebuild";
    long maxMemory = projectionMemory.getAsLong();
    long start = System.nanoTime();
    post(path + "?reason=benchmark");
    String status;
    do {
      Thread.sleep(200);
      maxMemory = Math.max(maxMemory, projectionMemory.getAsLong());
      status = get(path);
    } while (!status.contains("\"state\":\"COMPLETED\"") && !status.contains("\"state\":\"FAILED\""));
    double rebuildSeconds = (System.nanoTime() - start) / 1e9;
    Matcher state = STATE.matcher(status);
    Matcher records = RECORDS.matcher(status);
    if (!state.find() || !state.group(1).equals("COMPLETED") || !records.find()) {
      throw new IllegalStateException("rebuild of " + table + " did not complete: " + status);
    }
    long rebuilt = Long.parseLong(records.group(1));
    Progress.say("rebuilt %s from %,d records in %.1f s; timing a raw COPY of the same rows", table, rebuilt, rebuildSeconds);
    long[] copied = new long[1];
    double[] copySeconds = copyBaselines(table, copied);
    return new TableResult(table, rebuilt, rebuildSeconds, maxMemory, copied[0], copySeconds[0], copySeconds[1]);
  }

  private int produce(long events) throws Exception {
    SingleObjectCodec codec = new SingleObjectCodec();
    long bytes = 0;
    // named so its I/O thread counts as the load generator's (Components)
    Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", 20,
        "batch.size", 262_144, "compression.type", "none", "enable.idempotence", true, "client.id", "load-backlog");
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      for (long i = 0; i < events; i++) {
        String id = UUID.randomUUID().toString();
        Envelope envelope = Envelope.newBuilder().setEventId(UUID.randomUUID().toString())
            .setEventType("request.created").setAggregateType("request").setAggregateId(id).setAggregateVersion(1)
            .setOccurredAt(Instant.now()).setActor("service:benchmark").setCorrelationId(id).setCausationId(id)
            .setAttributes(Map.of()).build();
        byte[] value = codec.encode(RequestCreated.newBuilder().setEnvelope(envelope)
            .setOwnerId(UUID.randomUUID().toString()).setProductId("logo").setProductName("Logo design")
            .setDesignCode("bulk-" + (i % 1000)).setAmount(4_900).setCurrency("EUR").build());
        bytes += value.length;
        producer.send(new ProducerRecord<>(Topics.REQUESTS_EVENTS.name(), id, value));
        if (i % 100_000 == 0 && i > 0) {
          Progress.say("  %,d events produced", i);
        }
      }
      producer.flush();
    }
    return (int) (bytes / Math.max(1, events));
  }

  /** Returns when ({@link System#nanoTime()}) the live projections were first seen with nothing left to process. */
  private long awaitCaughtUp() throws Exception {
    long idleSince = 0;
    long lastSaid = System.nanoTime() - Duration.ofSeconds(10).toNanos();
    long giveUp = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < giveUp) {
      Matcher lag = LAG.matcher(get("/api/v1/events/stats"));
      long behind = 0;
      boolean found = false;
      while (lag.find()) {
        behind += Long.parseLong(lag.group(1));
        found = true;
      }
      behind = found ? behind : -1;
      if (behind == 0) {
        if (idleSince == 0) {
          idleSince = System.nanoTime();
        } else if (System.nanoTime() - idleSince > Duration.ofSeconds(3).toNanos()) {
          return idleSince;
        }
      } else {
        idleSince = 0;
        if (System.nanoTime() - lastSaid > Duration.ofSeconds(5).toNanos()) {
          Progress.say("  live projections are %,d records behind", behind);
          lastSaid = System.nanoTime();
        }
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the live projection did not catch up within 30 minutes");
  }

  /**
   * COPY out the rebuilt rows, then COPY them into an identical empty table, and again into a table
   * without indexes followed by building the same indexes with the rebuild's sort memory
   * (PostgreSQL's fastest bulk load); returns the seconds of both.
   */
  private double[] copyBaselines(String table, long[] rows) throws Exception {
    Properties login = new Properties();
    login.put("user", "postgres");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, login)) {
      String baseline = table + "_copy_baseline";
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy.copyOut("COPY " + table + " TO STDOUT", out);
      try (var statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS " + baseline);
        statement.execute("CREATE TABLE " + baseline + " (LIKE " + table + " INCLUDING ALL)");
      }
      long start = System.nanoTime();
      rows[0] = copy.copyIn("COPY " + baseline + " FROM STDIN", new ByteArrayInputStream(out.toByteArray()));
      double seconds = (System.nanoTime() - start) / 1e9;
      try (var statement = connection.createStatement()) {
        statement.execute("DROP TABLE " + baseline);
        statement.execute("CREATE TABLE " + baseline + " (LIKE " + table + " INCLUDING DEFAULTS)");
      }
      List<String> indexes = new ArrayList<>();
      try (var statement = connection.createStatement();
          var found = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = '" + table + "'")) {
        while (found.next()) {
          indexes.add(found.getString(1).replaceFirst("INDEX (\\S+) ON (\\S+\\.)?" + table + " ",
              "INDEX $1_copy_baseline ON " + baseline + " "));
        }
      }
      long bulkStart = System.nanoTime();
      copy.copyIn("COPY " + baseline + " FROM STDIN", new ByteArrayInputStream(out.toByteArray()));
      try (var statement = connection.createStatement()) {
        statement.execute("SET maintenance_work_mem = '" + INDEX_SORT_MEMORY + "'");
        for (String index : indexes) {
          statement.execute(index);
        }
      }
      double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
      try (var statement = connection.createStatement()) {
        statement.execute("DROP TABLE " + baseline);
      }
      return new double[] {seconds, bulkSeconds};
    }
  }

  private String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(projectionUrl + path)).header("Authorization", "Bearer " + admin).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private void post(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(projectionUrl + path))
        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("rebuild refused: " + response.body());
    }
  }
}
