package io.eventdesign.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link on loopback that forwards every connection to a target port and can be made to misbehave
 * as a network does, without privileges a network namespace would need: held (bytes wait in both
 * directions, as in a partition; connections stay open), slow (each chunk delayed), or cut (every open
 * connection reset). The chaos program puts one between the services and the broker, one between
 * projection-service and PostgreSQL.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int target;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Object gate = new Object();
  private volatile boolean held;
  private volatile long delayMillis;

  /** Listens on {@code port} (0 for a free one) and forwards to {@code targetPort} on localhost. */
  public TcpProxy(int port, int targetPort) throws IOException {
    this.server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
    this.target = targetPort;
    Thread.ofPlatform().daemon().name("proxy-" + port()).start(this::accept);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Holds every byte (both directions, open and new connections) until {@link #heal()}. */
  public void hold() {
    held = true;
  }

  /** Delays each chunk by {@code millis} in each direction until {@link #heal()}. */
  public void slowDown(long millis) {
    delayMillis = millis;
  }

  /** Resets every open connection (new ones are accepted). */
  public void cut() {
    sockets.forEach(TcpProxy::closeQuietly);
  }

  /** Back to a good network. */
  public void heal() {
    delayMillis = 0;
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(upstream);
        Thread.ofPlatform().daemon().start(() -> pump(client, upstream));
        Thread.ofPlatform().daemon().start(() -> pump(upstream, client));
      } catch (IOException e) {
        // the target refused (it is down, as a real broker or database would be): the client's connection is
        // closed with it; or this proxy was closed
      }
    }
  }

  /**
   * Copies one direction of a connection: a reader takes chunks as they come and stamps each with when it
   * may leave (now plus the link's delay), a writer sends them in order once due and the link is not held.
   * Delays overlap as on a real link: latency, not a lower throughput. Platform threads, since a held
   * writer waits on a monitor.
   */
  private void pump(Socket from, Socket to) {
    java.util.concurrent.BlockingQueue<Chunk> chunks = new java.util.concurrent.LinkedBlockingQueue<>();
    Thread writer = Thread.ofPlatform().daemon().start(() -> {
      try (OutputStream out = to.getOutputStream()) {
        for (Chunk chunk = chunks.take(); chunk.bytes() != null; chunk = chunks.take()) {
          waitUntilDue(chunk.dueAtMillis());
          out.write(chunk.bytes());
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // a side closed or was cut
      } finally {
        closeBoth(from, to);
      }
    });
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        chunks.add(new Chunk(System.currentTimeMillis() + delayMillis, java.util.Arrays.copyOf(buffer, read)));
      }
    } catch (IOException e) {
      // a side closed or was cut
    } finally {
      chunks.add(new Chunk(0, null));
      if (!writer.isAlive()) {
        closeBoth(from, to);
      }
    }
  }

  /** Bytes read from one side, and when they may be written to the other; null bytes end the stream. */
  private record Chunk(long dueAtMillis, byte[] bytes) {}

  private void waitUntilDue(long dueAtMillis) throws InterruptedException {
    long wait = dueAtMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    synchronized (gate) {
      while (held) {
        gate.wait();
      }
    }
  }

  private void closeBoth(Socket from, Socket to) {
    closeQuietly(from);
    closeQuietly(to);
    sockets.remove(from);
    sockets.remove(to);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    cut();
  }
}
