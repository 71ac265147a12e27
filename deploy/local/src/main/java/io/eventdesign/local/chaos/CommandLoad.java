package io.eventdesign.local.chaos;

import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop load through the REST APIs: at a fixed rate, a design request's whole flow starts (see
 * {@link #flow}) and the customer's profile is updated, each command with its own Idempotency-Key, sent to
 * an instance of its service that answers ready (as a load balancer with readiness checks every 500 ms
 * would). Every command and its outcome is kept for the checker.
 */
final class CommandLoad implements AutoCloseable {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

  private final List<ServiceProcess> instances;
  private final String token;
  private final String userId;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  /** Its own thread: a slow readiness answer must not hold back the load's clock. */
  private final ScheduledExecutorService readiness = Executors.newSingleThreadScheduledExecutor();
  private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
  /** When each command still waiting for its answer was sent. */
  private final java.util.Map<Long, Long> pending = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicLong sendIds = new AtomicLong();
  private final AtomicLong next = new AtomicLong();
  /** Commands are spread over the ready instances in turn. */
  private final AtomicLong routed = new AtomicLong();
  private final java.util.Set<ServiceProcess> ready = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** Design codes are capitals and digits. */
  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

  /** @param token the customer's, whose user is {@code userId} */
  CommandLoad(List<ServiceProcess> cluster, String token, String userId) {
    this.instances = cluster.stream().filter(i -> i.service() == Service.REQUEST || i.service() == Service.USER).toList();
    this.token = token;
    this.userId = userId;
  }

  void start(double flowsPerSecond) {
    readiness.scheduleWithFixedDelay(this::checkReadiness, 0, 500, TimeUnit.MILLISECONDS);
    clock.scheduleAtFixedRate(() -> {
      long n = next.incrementAndGet();
      senders.submit(() -> flow(n));
      senders.submit(() -> updateProfile(n));
    }, 0, Math.round(1_000_000 / flowsPerSecond), TimeUnit.MICROSECONDS);
  }

  /**
   * A whole design-request flow with the payment saga: created, two answers, submitted (the simulated
   * provider then pays it); every fourth is cancelled right after, which cancels or refunds its payment.
   * Each step is sent once the previous one was acknowledged.
   */
  private void flow(long n) {
    String code = "LOGO-CHAOS-" + run + "-" + n;
    Command created = send(Command.Kind.CREATE, code, "POST", "/api/v1/requests",
        "{\"productId\":\"logo\",\"designCode\":\"" + code + "\"}", null);
    String id = created.aggregateId();
    if (!created.acknowledged()
        || !send(Command.Kind.ANSWER, code + "-brand", "PUT", "/api/v1/requests/" + id + "/answers/brand-name",
            "{\"text\":\"Chaos " + n + "\"}", id).acknowledged()
        || !send(Command.Kind.ANSWER, code + "-style", "PUT", "/api/v1/requests/" + id + "/answers/style",
            "{\"options\":[\"bold\"]}", id).acknowledged()
        || !send(Command.Kind.SUBMIT, code + "-submit", "POST", "/api/v1/requests/" + id + "/submit",
            "{\"email\":\"chaos@example.com\"}", id).acknowledged()) {
      return;
    }
    if (n % 4 == 0) {
      send(Command.Kind.CANCEL, code + "-cancel", "POST", "/api/v1/requests/" + id + "/cancel", "{\"reason\":\"chaos\"}", id);
    }
  }

  /** The customer's profile, a new last name each time (an unchanged profile records no event). */
  private void updateProfile(long n) {
    send(Command.Kind.PROFILE, "PROFILE-CHAOS-" + run + "-" + n, "PUT", "/api/v1/users/" + userId + "/profile",
        "{\"firstName\":\"Cara\",\"lastName\":\"Chaos " + n + "\"}", userId);
  }

  /** Sends {@code original} again with its Idempotency-Key, as a client that got no answer would. */
  Command retry(Command original) {
    return send(original.kind(), original.key(), original.method(), original.path(), original.body(), original.aggregateId());
  }

  /** Sends one command and records it. */
  Command send(Command.Kind kind, String key, String method, String path, String body, String aggregateId) {
    long start = System.currentTimeMillis();
    int status = 0;
    String id = aggregateId;
    ServiceProcess instance = live(kind.service);
    long sendId = sendIds.incrementAndGet();
    pending.put(sendId, start);
    if (instance != null) {
      try {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
            .timeout(CLIENT_TIMEOUT).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .header("Idempotency-Key", key).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        status = response.statusCode();
        Matcher found = ID.matcher(response.body());
        if (kind == Command.Kind.CREATE && status / 100 == 2 && found.find()) {
          id = found.group(1);
        }
      } catch (java.io.IOException e) {
        status = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Command command = new Command(kind, key, method, path, body, start, System.currentTimeMillis() - start, status, id,
        instance == null ? "none ready" : instance.name());
    commands.add(command);
    pending.remove(sendId);
    return command;
  }

  private void checkReadiness() {
    for (ServiceProcess instance : instances) {
      if (instance.alive() && instance.ready()) {
        ready.add(instance);
      } else {
        ready.remove(instance);
      }
    }
  }

  private ServiceProcess live(Service service) {
    List<ServiceProcess> routable = instances.stream().filter(i -> i.service() == service).filter(ready::contains)
        .filter(ServiceProcess::alive).toList();
    return routable.isEmpty() ? null : routable.get((int) (routed.incrementAndGet() % routable.size()));
  }

  /**
   * Waits until the load is served again: the last {@code count} commands sent after {@code sinceMillis}
   * and answered were all acknowledged, and no command has been waiting for its answer longer than 2 s.
   * False when that did not happen within {@code timeout}.
   */
  boolean awaitServed(long sinceMillis, int count, Duration timeout) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (System.currentTimeMillis() < deadline) {
      List<Command> recent = commands.stream().filter(c -> c.sentAtMillis() >= sinceMillis)
          .sorted(java.util.Comparator.comparingLong(Command::sentAtMillis).reversed()).limit(count).toList();
      long waitingSince = pending.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
      if (recent.size() == count && recent.stream().allMatch(Command::acknowledged)
          && System.currentTimeMillis() - waitingSince < 2000) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  List<Command> commands() {
    return List.copyOf(commands);
  }

  /** Stops starting flows and waits for the commands under way; {@link #retry} still routes to ready instances. */
  void stop() throws InterruptedException {
    clock.shutdownNow();
    senders.shutdown();
    senders.awaitTermination(1, TimeUnit.MINUTES);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
    readiness.shutdownNow();
  }
}
