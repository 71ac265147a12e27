package io.eventdesign.benchmark;

import java.util.Map;

/** The results as a plain-text table, each measurement beside its baseline and target. */
final class Report {

  private Report() {}

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> results) {
    var commands = part(results, "commands");
    var roundTrip = part(commands, "roundTripMillis");
    var toRow = part(commands, "commandToRowMillis");
    var producer = part(results, "kafkaProducerPerf");
    var e2e = part(results, "kafkaEndToEndLatency");
    StringBuilder table = new StringBuilder();
    table.append(String.format("%-44s %18s %22s %14s%n", "measurement", "result", "baseline", "target"));
    row(table, "commands/s through REST (exactly-once)", commands.get("commandsPerSecond"),
        producer.get("recordsPerSecond") + " rec/s producer-perf", ">= 3000");
    row(table, "command errors", commands.get("errors"), "", "0");
    row(table, "round trip p50 / p99 / max (ms)",
        roundTrip.get("p50") + " / " + roundTrip.get("p99") + " / " + roundTrip.get("max"),
        e2e.get("p50Millis") + " / " + e2e.get("p99Millis") + " e2e-latency", "p99 <= 50");
    row(table, "command -> PostgreSQL row p50 / p99 (ms)", toRow.get("p50") + " / " + toRow.get("p99"),
        "", "p99 <= 250");
    var saga = part(commands, "submitToPaidMillis");
    row(table, "submit -> PAID, payment saga p50 / p99 (ms)", saga.get("p50") + " / " + saga.get("p99"), "", "");
    var catchUp = part(results, "liveCatchUp");
    row(table, "live catch-up events/s (" + catchUp.get("events") + " backlog)", catchUp.get("eventsPerSecond"),
        "", ">= 30000");
    row(table, "  CPU cores used while catching up", catchUp.get("cpuCoresUsed"), "", "");
    part(catchUp, "cpuMicrosPerEvent").forEach((component, micros) ->
        row(table, "  CPU µs per event: " + component, micros, "", ""));
    var rebuilds = results.keySet().stream().filter(key -> key.startsWith("rebuild_")).toList();
    for (String key : rebuilds.isEmpty() ? java.util.List.of("rebuild_event_log") : rebuilds) {
      var rebuild = part(results, key);
      String name = key.substring("rebuild_".length());
      row(table, "rebuild " + name + " records/s (" + rebuild.get("rebuiltRecords") + ")", rebuild.get("eventsPerSecond"),
          rebuild.get("copyRowsPerSecond") + " rows/s COPY", ">= 100000");
      row(table, "  rebuild / raw COPY", rebuild.get("rebuildToCopyRatio"), "", ">= 0.8");
      row(table, "  rebuild / COPY then build indexes", rebuild.get("rebuildToCopyThenIndexRatio"),
          rebuild.get("copyThenIndexRowsPerSecond") + " rows/s", "");
      if (rebuild.containsKey("maxProjectionResidentMiB")) {
        row(table, "  max projection-service resident memory during rebuild (MiB)", rebuild.get("maxProjectionResidentMiB"), "", "");
      } else {
        row(table, "  max heap during rebuild (MiB, whole JVM)", rebuild.get("maxHeapMiB"), "", "");
      }
    }
    return table.toString();
  }

  /** A measured part, or one that shows "-" for every value when its workload did not run. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(Map<String, Object> results, String name) {
    Object part = results.get(name);
    return part instanceof Map<?, ?> map ? (Map<String, Object>) map : NOT_RUN;
  }

  private static final Map<String, Object> NOT_RUN = new java.util.AbstractMap<>() {
    @Override
    public Object get(Object key) {
      return "-";
    }

    @Override
    public java.util.Set<Entry<String, Object>> entrySet() {
      return java.util.Set.of();
    }
  };

  private static void row(StringBuilder table, String name, Object result, String baseline, String target) {
    table.append(String.format("%-44s %18s %22s %14s%n", name, result, baseline, target));
  }
}
