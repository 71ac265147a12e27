package io.eventdesign.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands through REST with exactly-once on, over and over for the given duration, by workers that
 * take turns between two flows (or run one, see {@code flows}):
 * <ul>
 *   <li>users: register a user, then update its profile with If-Match; every 20th registration is
 *       also timed from its 201 until its row is visible in PostgreSQL ({@link RowSampler});
 *   <li>requests: create a design request, answer its two required questions, submit it with a card
 *       the simulated provider accepts, wait until the payment saga has made it PAID (read every 100 ms,
 *       timed from the submit's 200 as the saga latency), start and complete the design: six commands.
 * </ul>
 */
final class CommandLoad {

  record Result(long commands, double seconds, long errors, Latencies roundTrip, Latencies commandToRow,
      Latencies saga) {}

  /** How often a waiting worker reads the request (resolution of the saga latency; more often costs the system CPU). */
  private static final long SAGA_POLL_MILLIS = 100;

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern PAID = Pattern.compile("\"status\":\"(PAID|IN_DESIGN|COMPLETED)\"");

  private static final Pattern USER_ID = Pattern.compile("\"userId\":\"([0-9a-f-]{36})\"");

  private final String signUp;
  private final String users;
  private final String requests;
  private final String jdbcUrl;
  private final Callers callers;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Who sends the load: people sign up at the authorization server; one customer owns the design
   * requests, staff run the design work, the admin edits the new users' profiles.
   */
  record Callers(String issuer, String customer, String staff, String admin) {}

  CommandLoad(int userServicePort, int requestServicePort, String jdbcUrl, Callers callers) {
    this.signUp = callers.issuer() + "/signup";
    this.users = "http://localhost:" + userServicePort + "/api/v1/users";
    this.requests = "http://localhost:" + requestServicePort + "/api/v1/requests";
    this.jdbcUrl = jdbcUrl;
    this.callers = callers;
  }

  /**
   * Runs the load for {@code warmUp} unmeasured (the JIT compiles the hot paths, caches fill), then
   * for {@code duration} measured.
   *
   * @param flows {@code users} and/or {@code requests}
   */
  Result run(Duration warmUp, Duration duration, int concurrency, Set<String> flows) throws Exception {
    Meter meter = new Meter(System.nanoTime() + warmUp.toNanos());
    RowSampler sampler = new RowSampler(jdbcUrl, meter.toRow);
    long deadline = meter.warmUpEnd + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      boolean designRequests = flows.contains("requests") && (!flows.contains("users") || w % 2 == 1);
      Thread worker = new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < deadline) {
          try {
            if (designRequests) {
              designRequestFlow(meter);
            } else {
              userFlow(meter, sampler, n++ % 20 == 0);
            }
          } catch (Exception e) {
            meter.error(e);
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
    double seconds = (System.nanoTime() - meter.warmUpEnd) / 1e9;
    sampler.finish();
    sampling.join();
    return new Result(meter.commands.get(), seconds, meter.errors.get(), meter.roundTrip, meter.toRow, meter.saga);
  }

  private void userFlow(Meter meter, RowSampler sampler, boolean sample) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created = meter.command(json(signUp, null).POST(body("{\"email\":\"" + email
        + "\",\"password\":\"benchmark password\",\"firstName\":\"Bench\",\"lastName\":\"Mark\"}")), 201);
    String userId = idOf(created, USER_ID);
    if (sample && meter.measuring()) {
      sampler.expect(userId, System.nanoTime());
    }
    meter.command(json(users + "/" + userId + "/profile", callers.admin()).header("If-Match", "\"1\"")
        .PUT(body("{\"firstName\":\"Bench\",\"lastName\":\"Marked\",\"timeZone\":\"UTC\"}")), 200);
  }

  private void designRequestFlow(Meter meter) throws Exception {
    String requestId = idOf(meter.command(json(requests, callers.customer()).POST(body(
        "{\"productId\":\"logo\",\"designCode\":\"LOGO-BENCH-" + UUID.randomUUID().toString().replace("-", "").toUpperCase() + "\"}")), 201), ID);
    String request = requests + "/" + requestId;
    meter.command(json(request + "/answers/brand-name", callers.customer()).PUT(body("{\"text\":\"Bench\"}")), 200);
    meter.command(json(request + "/answers/style", callers.customer()).PUT(body("{\"options\":[\"bold\"]}")), 200);
    meter.command(json(request + "/submit", callers.customer()).header("Idempotency-Key", "submit-" + requestId)
        .POST(body("{\"email\":\"bench@example.com\",\"paymentMethodToken\":\"tok_success\"}")), 200);
    long submitted = System.nanoTime();
    boolean measured = meter.measuring();
    long giveUp = submitted + Duration.ofSeconds(30).toNanos();
    while (!PAID.matcher(send(json(request, callers.customer()).GET()).body()).find()) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("request " + requestId + " not paid within 30 s");
      }
      Thread.sleep(SAGA_POLL_MILLIS);
    }
    if (measured) {
      meter.saga.record(System.nanoTime() - submitted);
    }
    meter.command(json(request + "/design/start", callers.staff()).POST(HttpRequest.BodyPublishers.noBody()), 200);
    meter.command(json(request + "/design/complete", callers.staff()).POST(body("{\"resultUrl\":\"https://files.example/bench.svg\"}")), 200);
  }

  /** Times and counts commands that start after the warm-up. */
  private final class Meter {
    final long warmUpEnd;
    final Latencies roundTrip = new Latencies();
    final Latencies toRow = new Latencies();
    final Latencies saga = new Latencies();
    final AtomicLong commands = new AtomicLong();
    final AtomicLong errors = new AtomicLong();

    Meter(long warmUpEnd) {
      this.warmUpEnd = warmUpEnd;
    }

    boolean measuring() {
      return System.nanoTime() >= warmUpEnd;
    }

    /** Sends a command; a status other than {@code expected} fails the flow (and counts as an error). */
    HttpResponse<String> command(HttpRequest.Builder request, int expected) throws Exception {
      long start = System.nanoTime();
      HttpResponse<String> response = send(request);
      long nanos = System.nanoTime() - start;
      if (response.statusCode() != expected) {
        throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      if (start >= warmUpEnd) {
        roundTrip.record(nanos);
        commands.incrementAndGet();
      }
      return response;
    }

    /** Counts a failed flow; the first few are printed, so that a broken run says why. */
    void error(Exception failure) {
      if (measuring() && errors.incrementAndGet() <= 3) {
        Progress.say("command flow failed: %s", failure);
      }
    }
  }

  private static String idOf(HttpResponse<String> response, Pattern pattern) {
    Matcher id = pattern.matcher(response.body());
    if (!id.find()) {
      throw new IllegalStateException("no id in " + response.body());
    }
    return id.group(1);
  }

  private static HttpRequest.Builder json(String uri, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json");
    return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
