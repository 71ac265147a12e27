package io.eventdesign.projection;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of a Server-Sent Events stream, as a browser reads one: events in order, as they arrive. */
final class EventStreamReader implements AutoCloseable {

  record Event(String name, String id, JsonNode data) {}

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final HttpClient client = HttpClient.newHttpClient();

  final int status;
  final String contentType;
  final String body;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Stream<String> lines;

  EventStreamReader(String url, String bearer) throws Exception {
    HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofLines());
    status = response.statusCode();
    contentType = response.headers().firstValue("Content-Type").orElse("");
    lines = response.body();
    if (!contentType.startsWith("text/event-stream")) {
      body = String.join("\n", lines.toList());
      return;
    }
    body = null;
    Thread.ofVirtual().start(this::read);
  }

  private void read() {
    String name = "message";
    String id = null;
    List<String> data = new ArrayList<>();
    try {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(name, id, json.readTree(String.join("\n", data))));
          }
          name = "message";
          id = null;
          data.clear();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
          data.add(line.substring(5).strip());
        }
      }
    } catch (UncheckedIOException | IllegalStateException closed) {
      // the test closed the stream
    }
  }

  /** The next event, waiting up to 30 s. */
  Event next() throws InterruptedException {
    Event event = events.poll(30, TimeUnit.SECONDS);
    if (event == null) {
      throw new AssertionError("no event within 30 s");
    }
    return event;
  }

  /** The next event named {@code name} that satisfies nothing else: skips others (events of other tests). */
  Event nextNamed(String name) throws InterruptedException {
    for (Event event = next(); ; event = next()) {
      if (event.name().equals(name)) {
        return event;
      }
    }
  }

  /** Whether an event arrives within {@code wait}. */
  boolean quietFor(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  @Override
  public void close() {
    lines.close();
  }
}
