package io.eventdesign.local.hostile;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the suite must catch: an endpoint that lets bad input through, in one of two ways. */
final class LenientEndpoint implements AutoCloseable {

  private static final String TOPIC = "hostile.lenient-writes";

  private final HttpServer server;
  private final KafkaProducer<String, String> producer;
  private final String description;

  private LenientEndpoint(KafkaProducer<String, String> producer, String description) throws IOException {
    this.producer = producer;
    this.description = description;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body;
      if (producer != null) {
        try {
          producer.send(new ProducerRecord<>(TOPIC, exchange.getRequestURI().toString())).get();
        } catch (Exception e) {
          throw new IOException(e);
        }
        body = "{\"type\":\"/problems/validation\",\"title\":\"Validation failed\",\"status\":422}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(422, body.length);
      } else {
        body = "<html>ok</html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, body.length);
      }
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  /** Answers every request with a well-formed 422 problem, but records it on a topic first. */
  static LenientEndpoint writingTo(String bootstrapServers) throws IOException {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    } catch (ExecutionException | InterruptedException e) {
      throw new IOException("cannot create " + TOPIC, e);
    }
    return new LenientEndpoint(new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
        new StringSerializer(), new StringSerializer()), "an endpoint that writes what it refuses");
  }

  /** Accepts every request with 200 and HTML, writing nothing. */
  static LenientEndpoint accepting() throws IOException {
    return new LenientEndpoint(null, "an endpoint that accepts everything");
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public void close() {
    server.stop(0);
    if (producer != null) {
      producer.close();
    }
  }
}
