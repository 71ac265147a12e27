package io.eventdesign.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: a free ephemeral port, and a clear error when a fixed port is taken. */
public final class Ports {

  private Ports() {}

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @throws PortInUseException when something already listens on {@code port} */
  public static void requireFree(int port, String what) {
    if (!isFree(port)) {
      throw new PortInUseException(port, what);
    }
  }

  /** Whether nothing listens on {@code port} of the loopback interface. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A fixed port the launcher needs is taken. */
  public static final class PortInUseException extends RuntimeException {
    public PortInUseException(int port, String what) {
      super("Port " + port + " (" + what + ") is already in use. Stop whatever listens there, "
          + "or choose another port (see the README: Ports).");
    }
  }
}
