package io.eventdesign.local.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, so that a request can be anything a hostile client can send: bytes
 * that are not UTF-8, malformed escapes, oversized headers, unknown methods. One request per
 * connection ({@code Connection: close}).
 */
final class RawHttp {

  /** A response as received. */
  record Response(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  private RawHttp() {}

  /** The request with {@code Authorization: Bearer <token>} after its request line, unless it has one. */
  static byte[] withBearer(byte[] request, String token) {
    String head = new String(request, 0, Math.min(request.length, 16384), StandardCharsets.ISO_8859_1);
    int lineEnd = head.indexOf("\r\n");
    if (token == null || lineEnd < 0 || head.toLowerCase(java.util.Locale.ROOT).contains("\r\nauthorization:")) {
      return request;
    }
    byte[] header = ("Authorization: Bearer " + token + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] with = new byte[request.length + header.length];
    System.arraycopy(request, 0, with, 0, lineEnd + 2);
    System.arraycopy(header, 0, with, lineEnd + 2, header.length);
    System.arraycopy(request, lineEnd + 2, with, lineEnd + 2 + header.length, request.length - lineEnd - 2);
    return with;
  }

  static Response send(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything until the server closes, or of a stream of events (which does not end), its head and first event. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (firstEventOfAStream(out)) {
          break;
        }
      }
    } catch (java.net.SocketException reset) {
      // the server may close after answering a request it refuses to read: keep what arrived
    }
    return out.toByteArray();
  }

  private static boolean firstEventOfAStream(ByteArrayOutputStream received) {
    String text = received.toString(StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    return headEnd >= 0 && text.substring(0, headEnd).toLowerCase(Locale.ROOT).contains("content-type: text/event-stream")
        && text.indexOf("\n\n", headEnd + 4) >= 0;
  }

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return new Response(-1, Map.of(), text);
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));   // a stream's last chunk may be cut
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
