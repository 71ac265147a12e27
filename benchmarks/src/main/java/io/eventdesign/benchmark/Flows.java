package io.eventdesign.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's flows through REST, as people and staff use them: register (sign up at the
 * authorization server), update a profile with {@code If-Match}, and a design request from creation
 * through the payment saga to the completed design. Each command goes through {@link Sender}, which
 * times and counts it.
 */
final class Flows {

  /** Sends one command and fails when it is not answered with {@code expected}. */
  @FunctionalInterface
  interface Sender {
    HttpResponse<String> command(HttpRequest.Builder request, int expected) throws Exception;
  }

  /**
   * Who sends the load: people sign up at the authorization server; one customer owns the design
   * requests, staff run the design work, the admin edits the new users' profiles; the registrar
   * (the authorization server's own {@code users.manage} token) registers users as a sign-up does once
   * the password is hashed.
   */
  record Callers(String issuer, String customer, String staff, String admin, java.util.function.Supplier<String> registrar) {}

  record Ports(int user, int request) {}

  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern PAID = Pattern.compile("\"status\":\"(PAID|IN_DESIGN|COMPLETED)\"");
  private static final Pattern USER_ID = Pattern.compile("\"userId\":\"([0-9a-f-]{36})\"");

  private final String signUp;
  private final String users;
  private final String requests;
  private final Callers callers;
  private final SagaWatcher sagas;
  /** The load's own client, on threads named "load-http-" (so their CPU counts as the load generator's). */
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("load-http-", 0).factory())).build();

  Flows(Ports ports, Callers callers, SagaWatcher sagas) {
    this.signUp = callers.issuer() + "/signup";
    this.users = "http://localhost:" + ports.user() + "/api/v1/users";
    this.requests = "http://localhost:" + ports.request() + "/api/v1/requests";
    this.callers = callers;
    this.sagas = sagas;
  }

  /**
   * Registers a user through user-service's command path ({@code POST /api/v1/users}, as the authorization
   * server does for a sign-up once it has hashed the password); returns the user id.
   */
  String register(Sender sender) throws Exception {
    return idOf(sender.command(json(users, callers.registrar().get()).POST(body("{\"email\":\"bench-" + UUID.randomUUID()
        + "@example.com\",\"firstName\":\"Bench\",\"lastName\":\"Mark\"}")), 201), ID);
  }

  /** Signs a new person up at the authorization server (the password hashed, then registered); returns the user id. */
  String signUp(Sender sender) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    return idOf(sender.command(json(signUp, null).POST(body("{\"email\":\"" + email
        + "\",\"password\":\"benchmark password\",\"firstName\":\"Bench\",\"lastName\":\"Mark\"}")), 201), USER_ID);
  }

  /** Changes a user's profile, expecting it at {@code version}. */
  void updateProfile(Sender sender, String userId, long version) throws Exception {
    sender.command(json(users + "/" + userId + "/profile", callers.admin()).header("If-Match", "\"" + version + "\"")
        .PUT(body("{\"firstName\":\"Bench\",\"lastName\":\"Marked " + version + "\",\"timeZone\":\"UTC\"}")), 200);
  }

  /**
   * Creates a design request, answers its two required questions, submits it with a card the simulated
   * provider accepts, waits until the saga has made it PAID (the {@code request.paid} event committed),
   * starts and completes the design: six commands.
   *
   * @param timeRead also wait until the owner's read of the request shows PAID (read every 2 ms), as the saga's last hop
   * @return the saga: when its submit was sent and answered, and every record of it as it became visible
   */
  SagaWatcher.Saga designRequest(Sender sender, boolean timeRead) throws Exception {
    String requestId = idOf(sender.command(json(requests, callers.customer()).POST(body(
        "{\"productId\":\"logo\",\"designCode\":\"LOGO-BENCH-" + UUID.randomUUID().toString().replace("-", "").toUpperCase()
            + "\"}")), 201), ID);
    String request = requests + "/" + requestId;
    sender.command(json(request + "/answers/brand-name", callers.customer()).PUT(body("{\"text\":\"Bench\"}")), 200);
    sender.command(json(request + "/answers/style", callers.customer()).PUT(body("{\"options\":[\"bold\"]}")), 200);
    SagaWatcher.Saga saga = sagas.expect("saga-" + requestId);
    saga.submitSentAt = System.nanoTime();
    sender.command(json(request + "/submit", callers.customer()).header("Idempotency-Key", "submit-" + requestId)
        .header("X-Correlation-Id", saga.correlation)
        .POST(body("{\"email\":\"bench@example.com\",\"paymentMethodToken\":\"tok_success\"}")), 200);
    saga.submitAnsweredAt = System.nanoTime();
    sagas.awaitPaid(saga, Duration.ofSeconds(30));
    if (timeRead) {
      long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!PAID.matcher(read(requestId)).find()) {
        if (System.nanoTime() > giveUp) {
          throw new IllegalStateException("request " + requestId + " paid, but its read did not say so within 30 s");
        }
        Thread.sleep(2);
      }
      saga.readPaidAt = System.nanoTime();
    }
    sender.command(json(request + "/design/start", callers.staff()).POST(HttpRequest.BodyPublishers.noBody()), 200);
    sender.command(json(request + "/design/complete", callers.staff()).POST(
        body("{\"resultUrl\":\"https://files.example/bench.svg\"}")), 200);
    return saga;
  }

  /** The request as its owner reads it (for the saga's last hop: when the read shows PAID). */
  String read(String requestId) throws Exception {
    return send(json(requests + "/" + requestId, callers.customer()).GET()).body();
  }

  /** A {@link Sender} that only checks the status. */
  HttpResponse<String> expect(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = send(request);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
}
