package io.eventdesign.local.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request: where it goes and its exact bytes. {@code reachesAggregate} marks the few
 * cases whose refusal needs the aggregate's state (a signed webhook whose figures do not fit the
 * payment): their command and its reply may appear on the command transport topics, nothing else.
 */
record HostileCase(String name, Service service, byte[] request, boolean reachesAggregate) {

  /** The services, and the authorization server (its sign-up is ours; its OAuth endpoints are Spring's). */
  enum Service { USERS, REQUESTS, PAYMENTS, PROJECTIONS, AUTH }

  @Override
  public String toString() {
    return service + " " + name;
  }

  static Builder to(Service service, String method, String target) {
    return new Builder(service, method, target);
  }

  static final class Builder {
    private final Service service;
    private final String method;
    private final String target;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private String version = "HTTP/1.1";
    private boolean reachesAggregate;
    private boolean chunked;

    private Builder(Service service, String method, String target) {
      this.service = service;
      this.method = method;
      this.target = target;
    }

    Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Builder json(String json) {
      return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Builder body(byte[] bytes, String contentType) {
      this.body = bytes;
      if (contentType != null) {
        headers.putIfAbsent("Content-Type", contentType);
      }
      return this;
    }

    Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sends the body with {@code Transfer-Encoding: chunked} (no Content-Length), in 8 KB chunks. */
    Builder chunked() {
      this.chunked = true;
      return this;
    }

    Builder reachesAggregate() {
      this.reachesAggregate = true;
      return this;
    }

    HostileCase named(String name) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes((method + " " + target + " " + version + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes("Host: localhost\r\nConnection: close\r\nAccept: application/json\r\n".getBytes(StandardCharsets.UTF_8));
      headers.forEach((header, value) -> out.writeBytes((header + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
      if (body != null) {
        out.writeBytes((chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      if (body != null && chunked) {
        for (int at = 0; at < body.length; at += 8192) {
          int size = Math.min(8192, body.length - at);
          out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(body, at, size);
          out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      } else if (body != null) {
        out.writeBytes(body);
      }
      String shown = target.length() > 100 ? target.substring(0, 100) + "..." : target;
      return new HostileCase(method + " " + shown.replaceAll("[^\\x20-\\x7e]", "?") + " — " + name, service,
          out.toByteArray(), reachesAggregate);
    }
  }
}
