package io.eventdesign.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The saga hop by hop, over many sagas: for each step (the submit sent and answered, each command and
 * event of the saga as it became visible on its topic, the owner's read showing PAID), the time since the
 * previous step of the same saga and since the submit was sent, as percentiles; steps in the order of
 * their median time since the submit.
 */
final class HopTable {

  private final Map<String, Latencies> sincePrevious = new HashMap<>();
  private final Map<String, Latencies> sinceSubmit = new HashMap<>();
  private int sagas;

  /** {@code count} design requests one at a time, 200 ms apart, each saga with its read timed: the table and submit -> PAID. */
  static Map<String, Object> oneAtATime(Flows flows, int count) throws Exception {
    HopTable hops = new HopTable();
    Latencies toPaid = new Latencies();
    for (int i = 0; i < count; i++) {
      var saga = flows.designRequest(flows::expect, true);
      hops.add(saga);
      toPaid.record(saga.submitToPaid());
      Thread.sleep(200);
    }
    Map<String, Object> table = new LinkedHashMap<>(hops.summary());
    table.put("submitToPaidMillis", BenchmarkMain.percentiles(toPaid));
    return table;
  }

  synchronized void add(SagaWatcher.Saga saga) {
    List<SagaWatcher.Hop> steps = new ArrayList<>();
    steps.add(new SagaWatcher.Hop("client", "submit sent", saga.submitSentAt));
    steps.add(new SagaWatcher.Hop("client", "submit answered (200)", saga.submitAnsweredAt));
    steps.addAll(saga.hops());
    if (saga.readPaidAt > 0) {
      steps.add(new SagaWatcher.Hop("client", "owner's read shows PAID", saga.readPaidAt));
    }
    steps.sort(java.util.Comparator.comparingLong(SagaWatcher.Hop::visibleAt));
    long previous = saga.submitSentAt;
    for (SagaWatcher.Hop step : steps) {
      sincePrevious.computeIfAbsent(step.name(), n -> new Latencies()).record(step.visibleAt() - previous);
      sinceSubmit.computeIfAbsent(step.name(), n -> new Latencies()).record(step.visibleAt() - saga.submitSentAt);
      previous = step.visibleAt();
    }
    sagas++;
  }

  /** Step -> {count, hop p50/p99 ms (since the previous step), since submit p50/p99 ms}, in saga order. */
  synchronized Map<String, Object> summary() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("sagas", sagas);
    List<String> steps = new ArrayList<>(sinceSubmit.keySet());
    steps.sort(java.util.Comparator.comparingDouble(step -> sinceSubmit.get(step).percentileMillis(50)));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String step : steps) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("step", step);
      row.put("count", sinceSubmit.get(step).count());
      row.put("hopP50Millis", BenchmarkMain.round(sincePrevious.get(step).percentileMillis(50)));
      row.put("hopP99Millis", BenchmarkMain.round(sincePrevious.get(step).percentileMillis(99)));
      row.put("sinceSubmitP50Millis", BenchmarkMain.round(sinceSubmit.get(step).percentileMillis(50)));
      row.put("sinceSubmitP99Millis", BenchmarkMain.round(sinceSubmit.get(step).percentileMillis(99)));
      rows.add(row);
    }
    table.put("steps", rows);
    return table;
  }
}
