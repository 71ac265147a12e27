package io.eventdesign.local;

import io.eventdesign.local.ServiceLaunches.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One service instance in a JVM of its own, as in production: started from this JVM's class path with
 * the service's arguments, its output appended to a log file; stopped gracefully or killed like a crash.
 */
public final class ServiceProcess {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final String name;
  private final Service service;
  private final int port;
  private final List<String> args;
  private final Path log;
  private Process process;

  ServiceProcess(String name, Service service, int port, List<String> args, Path log) {
    this.name = name;
    this.service = service;
    this.port = port;
    this.args = List.copyOf(args);
    this.log = log;
  }

  public void start() throws IOException {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        service.mainClass.getName()));
    command.addAll(args);
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /** Waits until the instance answers ready (its Kafka Streams application running). */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        return false;
      }
      if (ready()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  public boolean ready() {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
          .timeout(Duration.ofSeconds(2)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code kill -9}: no shutdown hook runs, the consumer group is not told. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A graceful stop (SIGTERM: Spring's graceful shutdown, Kafka Streams leaves its group). */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return name;
  }

  public Service service() {
    return service;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }
}
