package io.eventdesign.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kafka's own performance tools (from kafka-tools), run as separate processes against the same broker. */
final class KafkaBaselines {

  record ProducerResult(long records, double recordsPerSecond, double p50, double p99, double max, String raw) {}

  record EndToEndResult(double average, double p50, double p99, String raw) {}

  private static final Pattern PRODUCER = Pattern.compile(
      "(\\d+) records sent, ([\\d.]+) records/sec .*?, ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, "
          + "(\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");
  private static final Pattern E2E_AVG = Pattern.compile("Avg latency: ([\\d.]+) ms");
  private static final Pattern E2E_PERCENTILES = Pattern.compile("50th = ([\\d.]+), 99th = ([\\d.]+)");

  private final String bootstrap;

  KafkaBaselines(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Transactional producer throughput with the given record size (kafka-producer-perf-test). */
  ProducerResult producer(long records, int recordSize) throws Exception {
    createTopic("bench.producer-perf", 3);
    String output = run("org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-perf",
        "--num-records", Long.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
        "--transactional-id", "bench-producer-perf", "--transaction-duration-ms", "100",
        "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all");
    Matcher m = PRODUCER.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("unexpected ProducerPerformance output:\n" + output);
    }
    return new ProducerResult(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(5)),
        Double.parseDouble(m.group(7)), Double.parseDouble(m.group(4)), output.strip());
  }

  /** One-hop produce-to-consume latency (kafka-e2e-latency). */
  EndToEndResult endToEnd(int messages, int recordSize) throws Exception {
    createTopic("bench.e2e-latency", 1);
    String output = run("org.apache.kafka.tools.EndToEndLatency", bootstrap, "bench.e2e-latency",
        Integer.toString(messages), "all", Integer.toString(recordSize));
    Matcher avg = E2E_AVG.matcher(output);
    Matcher percentiles = E2E_PERCENTILES.matcher(output);
    if (!avg.find() || !percentiles.find()) {
      throw new IllegalStateException("unexpected EndToEndLatency output:\n" + output);
    }
    return new EndToEndResult(Double.parseDouble(avg.group(1)), Double.parseDouble(percentiles.group(1)),
        Double.parseDouble(percentiles.group(2)), output.strip());
  }

  /** The broker does not create topics on demand; our topics have 3 partitions, like these. */
  private void createTopic(String name, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      if (!admin.listTopics().names().get().contains(name)) {
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
      }
    }
  }

  private static String run(String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dlogback.configurationFile=logback.xml");
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(line -> output.append(line).append('\n'));
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mainClass + " failed:\n" + output);
    }
    return output.toString();
  }
}
