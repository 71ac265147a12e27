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
 * An open-loop load through request-service's REST API: at a fixed rate, a design request's whole flow
 * starts (see {@link #flow}), each command with its own Idempotency-Key, sent to an instance that answers ready (as a
 * load balancer with readiness checks every 500 ms would). Every command and its outcome is kept for the
 * checker.
 */
final class CommandLoad implements AutoCloseable {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

  private final List<ServiceProcess> instances;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  /** Its own thread: a slow readiness answer must not hold back the load's clock. */
  private final ScheduledExecutorService readiness = Executors.newSingleThreadScheduledExecutor();
  private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
  private final AtomicLong next = new AtomicLong();
  private final java.util.Set<ServiceProcess> ready = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** Design codes are capitals and digits. */
  private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

  CommandLoad(List<ServiceProcess> cluster, String token) {
    this.instances = cluster.stream().filter(i -> i.service() == Service.REQUEST).toList();
    this.token = token;
  }

  void start(double flowsPerSecond) {
    readiness.scheduleWithFixedDelay(this::checkReadiness, 0, 500, TimeUnit.MILLISECONDS);
    clock.scheduleAtFixedRate(() -> senders.submit(this::flow), 0, Math.round(1_000_000 / flowsPerSecond),
        TimeUnit.MICROSECONDS);
  }

  /**
   * A whole design-request flow with the payment saga: created, two answers, submitted (the simulated
   * provider then pays it); every fourth is cancelled right after, which cancels or refunds its payment.
   * Each step is sent once the previous one was acknowledged.
   */
  private void flow() {
    long n = next.incrementAndGet();
    String code = "LOGO-CHAOS-" + run + "-" + n;
    Command created = send(Command.Kind.CREATE, code, "POST", "/api/v1/requests",
        "{\"productId\":\"logo\",\"designCode\":\"" + code + "\"}", null);
    String id = created.requestId();
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

  /** Sends {@code original} again with its Idempotency-Key, as a client that got no answer would. */
  Command retry(Command original) {
    return send(original.kind(), original.key(), original.method(), original.path(), original.body(), original.requestId());
  }

  /** Sends one command and records it. */
  Command send(Command.Kind kind, String key, String method, String path, String body, String requestId) {
    long start = System.currentTimeMillis();
    int status = 0;
    String id = requestId;
    ServiceProcess instance = live();
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
    Command command = new Command(kind, key, method, path, body, start, System.currentTimeMillis() - start, status, id);
    commands.add(command);
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

  private ServiceProcess live() {
    List<ServiceProcess> routable = instances.stream().filter(ready::contains).filter(ServiceProcess::alive).toList();
    return routable.isEmpty() ? null : routable.get((int) (next.get() % routable.size()));
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
