package io.eventdesign.local;

import io.eventdesign.local.ServiceLaunches.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One service instance in a JVM of its own, as in production: started from this JVM's class path with
 * the service's arguments and a bounded heap; ready when its readiness probe says so.
 */
public final class ServiceProcess implements ManagedProcess {

  /** The heap of an instance (its memory limit is twice that). */
  static final int HEAP_MEBIBYTES = 512;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final Service service;
  private final int port;
  private final JavaProcess process;

  ServiceProcess(String name, Service service, int port, List<String> args, Path log) {
    this.service = service;
    this.port = port;
    this.process = new JavaProcess(name, service.mainClass.getName(), HEAP_MEBIBYTES, args, log);
  }

  @Override
  public JavaProcess process() {
    return process;
  }

  /** Whether it answers ready (its Kafka Streams application running). */
  @Override
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

  public Service service() {
    return service;
  }

  public int port() {
    return port;
  }
}
