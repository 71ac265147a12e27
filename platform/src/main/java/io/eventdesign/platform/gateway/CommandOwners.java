package io.eventdesign.platform.gateway;

import io.eventdesign.platform.streams.KafkaStreamsRunner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance processes a command now, and whether it is there. When an instance dies without
 * leaving its group ({@code kill -9}, a lost node), its partitions stay assigned to it until the group's
 * session times out; a command for them would wait in the topic and its caller the whole command
 * timeout. The gateway asks this first: if Kafka Streams' metadata names another instance as the
 * owner of the command's partition and that instance refuses connections at its {@code application.server}
 * address, the command is not sent and the caller hears at once to retry after the session timeout.
 */
public final class CommandOwners {

  /** How long an instance's answer to a connection attempt is trusted. */
  private static final long PROBE_TTL_MILLIS = 1000;
  private static final int CONNECT_TIMEOUT_MILLIS = 500;

  private final KafkaStreamsRunner streams;
  private final HostInfo self;
  private final ToIntFunction<String> partitionsOf;
  private final Duration sessionTimeout;
  private final Map<HostInfo, Probe> probes = new ConcurrentHashMap<>();

  private record Probe(long atMillis, boolean reachable) {}

  /**
   * @param self this instance's {@code application.server}; null (a single instance) turns the check off
   * @param partitionsOf a command topic's partition count
   * @param sessionTimeout the Streams group's session timeout: how long until the group notices a death
   */
  public CommandOwners(KafkaStreamsRunner streams, HostInfo self, ToIntFunction<String> partitionsOf, Duration sessionTimeout) {
    this.streams = streams;
    this.self = self;
    this.partitionsOf = partitionsOf;
    this.sessionTimeout = sessionTimeout;
  }

  /** A check that never refuses, for a service without a Streams group of several instances. */
  public static CommandOwners none() {
    return new CommandOwners(null, null, topic -> 1, Duration.ZERO);
  }

  /**
   * @throws OwnerUnavailableException when the instance that owns {@code key}'s partition of {@code topic}
   *     cannot be reached
   */
  void requireReachableOwner(String topic, String key) {
    if (self == null || streams.state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
      return;
    }
    TopicPartition partition = new TopicPartition(topic,
        Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitionsOf.applyAsInt(topic));
    Optional<HostInfo> owner = streams.streams().metadataForAllStreamsClients().stream()
        .filter(client -> client.topicPartitions().contains(partition)).map(StreamsMetadata::hostInfo).findFirst();
    if (owner.isPresent() && !owner.get().equals(self) && !reachable(owner.get())) {
      throw new OwnerUnavailableException(owner.get(), partition, sessionTimeout);
    }
  }

  private boolean reachable(HostInfo host) {
    long now = System.currentTimeMillis();
    Probe known = probes.get(host);
    if (known != null && now - known.atMillis() < PROBE_TTL_MILLIS) {
      return known.reachable();
    }
    boolean reachable;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host.host(), host.port()), CONNECT_TIMEOUT_MILLIS);
      reachable = true;
    } catch (IOException e) {
      reachable = false;
    }
    probes.put(host, new Probe(now, reachable));
    return reachable;
  }
}
