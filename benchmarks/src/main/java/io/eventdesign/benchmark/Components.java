package io.eventdesign.benchmark;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which part of the system a thread of the benchmark's one JVM works for, by its name: every service's
 * HTTP request threads (by port), Kafka Streams applications, producer I/O threads, gateway reply
 * consumers, the sink, the broker, the load generator; anything else is "other threads".
 */
final class Components {

  private record Rule(Pattern name, String component) {}

  private final List<Rule> rules;

  /** @param ports the services' HTTP ports: auth, user, request, payment, projection */
  Components(int authPort, int userPort, int requestPort, int paymentPort, int projectionPort) {
    this.rules = List.of(
        rule("main|load-.*|row-sampler|saga-watcher|kafka-producer-network-thread \\| load-.*", "load generator"),
        rule("http-nio-.*-" + authPort + "-.*", "HTTP auth-server"),
        rule("http-nio-.*-" + userPort + "-.*", "HTTP user-service"),
        rule("http-nio-.*-" + requestPort + "-.*", "HTTP request-service"),
        rule("http-nio-.*-" + paymentPort + "-.*", "HTTP payment-service"),
        rule("http-nio-.*-" + projectionPort + "-.*", "HTTP projection-service"),
        rule("kafka-producer-network-thread \\| .*-StreamThread-.*", "Streams producer I/O"),
        rule("kafka-producer-network-thread \\| .*", "gateway producer I/O"),
        rule(".*-replies-\\d+-C-\\d+|noBeanNameSet-\\d+-C-\\d+", "gateway reply consumers"),
        rule("user-service-.*(StreamThread|StateUpdater|GlobalStreamThread).*", "Streams user-service"),
        rule("request-service-.*(StreamThread|StateUpdater|GlobalStreamThread).*", "Streams request-service"),
        rule("payment-service-.*(StreamThread|StateUpdater|GlobalStreamThread).*", "Streams payment-service"),
        rule("projection-service-.*(StreamThread|StateUpdater|GlobalStreamThread).*", "Streams projection-service"),
        rule("projection-sink-.*", "PostgreSQL sink"),
        rule("payment-provider-gateway-.*|simulated-provider-webhooks|HttpClient-.*", "provider gateway and webhooks"),
        rule("kafka-coordinator-heartbeat-thread.*|kafka-admin-client-thread.*|micrometer-kafka-metrics", "Kafka client background"),
        rule("data-plane-kafka-.*|kafka-.*|group-coordinator.*|quorum-controller.*|raft-.*|broker-\\d+-.*|controller-\\d+-.*"
            + "|transaction-log-manager-.*|executor-.*|ExpirationReaper-.*|share-.*|persister-.*|client-metrics-reaper"
            + "|network-partition-metadata-client-reaper|LogDirFailureHandler|.*ThrottledChannelReaper.*", "Kafka broker"));
  }

  private static Rule rule(String regex, String component) {
    return new Rule(Pattern.compile(regex), component);
  }

  /** Threads started by the load generator's own HTTP client (the JDK names them like any other client's). */
  private final java.util.Set<Long> loadThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

  void claimForLoad(java.util.Collection<Long> threadIds) {
    loadThreads.addAll(threadIds);
  }

  String of(long threadId, String threadName) {
    if (loadThreads.contains(threadId)) {
      return "load generator";
    }
    for (Rule rule : rules) {
      if (rule.name().matcher(threadName).matches()) {
        return rule.component();
      }
    }
    return "other threads";
  }
}
