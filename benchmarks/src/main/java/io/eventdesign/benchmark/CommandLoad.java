package io.eventdesign.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands through REST with exactly-once on: each worker registers a user and then updates its
 * profile with If-Match, over and over, for the given duration. Every 20th registration is also
 * timed from its 201 until its row is visible in PostgreSQL ({@link RowSampler}).
 */
final class CommandLoad {

  record Result(long commands, double seconds, long errors, Latencies roundTrip, Latencies commandToRow) {}

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  private final String baseUrl;
  private final String jdbcUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  CommandLoad(int userServicePort, String jdbcUrl) {
    this.baseUrl = "http://localhost:" + userServicePort + "/api/v1/users";
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Runs the load for {@code warmUp} unmeasured (the JIT compiles the hot paths, caches fill), then
   * for {@code duration} measured.
   */
  Result run(Duration warmUp, Duration duration, int concurrency) throws Exception {
    Latencies roundTrip = new Latencies();
    Latencies toRow = new Latencies();
    AtomicLong commands = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    RowSampler sampler = new RowSampler(jdbcUrl, toRow);
    long warmUpEnd = System.nanoTime() + warmUp.toNanos();
    long deadline = warmUpEnd + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      Thread worker = new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < deadline) {
          try {
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            long t0 = System.nanoTime();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"" + email + "\",\"firstName\":\"Bench\",\"lastName\":\"Mark\"}")));
            long t1 = System.nanoTime();
            boolean measured = t0 >= warmUpEnd;
            if (measured) {
              count(created, 201, t1 - t0, roundTrip, commands, errors);
            }
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
              continue;
            }
            String userId = id.group(1);
            if (measured && n++ % 20 == 0) {
              sampler.expect(userId, t1);
            }
            long t2 = System.nanoTime();
            HttpResponse<String> updated = send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + userId + "/profile"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Bench\",\"lastName\":\"Marked\",\"timeZone\":\"UTC\"}")));
            if (measured) {
              count(updated, 200, System.nanoTime() - t2, roundTrip, commands, errors);
            }
          } catch (Exception e) {
            if (System.nanoTime() >= warmUpEnd) {
              errors.incrementAndGet();
            }
          }
        }
      }, "load-" + w);
      worker.start();
      workers.add(worker);
    }
    Thread sampling = Thread.ofPlatform().name("row-sampler").start(sampler);
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - warmUpEnd) / 1e9;
    sampler.finish();
    sampling.join();
    return new Result(commands.get(), seconds, errors.get(), roundTrip, toRow);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void count(HttpResponse<String> response, int expected, long nanos, Latencies latencies,
      AtomicLong commands, AtomicLong errors) {
    if (response.statusCode() == expected) {
      latencies.record(nanos);
      commands.incrementAndGet();
    } else {
      errors.incrementAndGet();
    }
  }
}
