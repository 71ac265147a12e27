package io.eventdesign.benchmark;

import java.util.List;
import java.util.Map;

/** The open-loop curves, the saga hop tables, idle CPU and operational reads as plain-text tables. */
final class CurveReport {

  private CurveReport() {}

  @SuppressWarnings("unchecked")
  static String tables(Map<String, Object> results) {
    StringBuilder out = new StringBuilder();
    if (results.get("idle") instanceof Map<?, ?> idle) {
      out.append(String.format("%nIdle CPU, %% of one core (target: whole stack <= 3)%n"));
      ((Map<String, Object>) idle.get("percentOfOneCore")).forEach((component, percent) ->
          out.append(String.format("  %-40s %8s%n", component, percent)));
    }
    for (String reads : List.of("operationalReads", "operationalReadsAfterRebuild")) {
      if (results.get(reads) instanceof Map<?, ?> timed) {
        out.append(String.format("%nOperational reads (%s), ms p50 / p99 / max (target < 100)%n",
            reads.endsWith("Rebuild") ? "with the rebuild's million events in the log" : "after the curves"));
        ((Map<String, Map<String, Object>>) timed).forEach((path, p) ->
            out.append(String.format("  %-40s %s / %s / %s%n", path, p.get("p50"), p.get("p99"), p.get("max"))));
      }
    }
    if (results.get("sagaHopsIdle") instanceof Map<?, ?> hops) {
      var paid = (Map<String, Object>) hops.get("submitToPaidMillis");
      out.append(String.format("%nOne saga at a time (%s sagas): submit -> PAID p50 %s / p99 %s ms (target p50 <= 100)%n",
          hops.get("sagas"), paid.get("p50"), paid.get("p99")));
      hopTable(out, (Map<String, Object>) hops);
    }
    if (results.get("curves") instanceof Map<?, ?> curves) {
      ((Map<String, Map<String, Object>>) curves).forEach((flow, curve) -> curve(out, flow, curve));
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void curve(StringBuilder out, String flow, Map<String, Object> curve) {
    out.append(String.format("%nOpen-loop curve: %s (%s); knee p99 <= 50 ms: %s, p99 <= 100 ms: %s%n", flow,
        curve.get("unit"), curve.get("kneeP99Within50Millis"), curve.get("kneeP99Within100Millis")));
    out.append(String.format("  %9s %9s %9s %9s %9s %9s %9s %7s %8s %6s %15s%n", "offered", "done/s", "cmds/s", "p50 ms",
        "p99 ms", "p999 ms", "max ms", "errors", "not sent", "cores", "row p50/p99 ms"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) curve.get("steps");
    for (Map<String, Object> step : steps) {
      String toRow = step.get("commandToRowMillis") instanceof Map<?, ?> row ? row.get("p50") + " / " + row.get("p99") : "-";
      out.append(String.format("  %9s %9s %9s %9s %9s %9s %9s %7s %8s %6s %15s%n", step.get("offeredPerSecond"),
          step.get("completedPerSecond"), step.get("commandsPerSecond"), step.get("p50Millis"), step.get("p99Millis"),
          step.get("p999Millis"), step.get("maxMillis"), step.get("errors"), step.get("notSent"), step.get("cpuCoresUsed"),
          toRow));
    }
    Map<String, Object> cpuStep = steps.stream().filter(step -> (long) step.get("errors") == 0).reduce((a, b) ->
        (double) b.get("p99Millis") <= 100 ? b : a).orElse(steps.getFirst());
    out.append(String.format("  CPU ms per command at %s offered (the highest rate with p99 <= 100 ms, else the lowest):%n",
        cpuStep.get("offeredPerSecond")));
    ((Map<String, Object>) cpuStep.get("cpuMillisPerCommand")).forEach((component, millis) ->
        out.append(String.format("    %-40s %8s%n", component, millis)));
    if (cpuStep.get("hops") instanceof Map<?, ?> hops) {
      var paid = (Map<String, Object>) cpuStep.get("submitToPaidMillis");
      out.append(String.format("  The saga at that rate: submit -> PAID p50 %s / p99 %s ms%n", paid.get("p50"), paid.get("p99")));
      hopTable(out, (Map<String, Object>) hops);
    }
  }

  @SuppressWarnings("unchecked")
  private static void hopTable(StringBuilder out, Map<String, Object> hops) {
    out.append(String.format("    %-48s %7s %9s %9s %11s %11s%n", "step", "count", "hop p50", "hop p99", "since p50",
        "since p99"));
    for (Map<String, Object> row : (List<Map<String, Object>>) hops.get("steps")) {
      out.append(String.format("    %-48s %7s %9s %9s %11s %11s%n", row.get("step"), row.get("count"), row.get("hopP50Millis"),
          row.get("hopP99Millis"), row.get("sinceSubmitP50Millis"), row.get("sinceSubmitP99Millis")));
    }
  }
}
