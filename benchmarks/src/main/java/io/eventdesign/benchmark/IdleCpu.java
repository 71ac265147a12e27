package io.eventdesign.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The whole stack's CPU while nobody uses it: percent of one core, in total and per component. */
final class IdleCpu {

  private IdleCpu() {}

  static Map<String, Object> measure(CpuMeter cpu, Duration during) throws InterruptedException {
    CpuMeter.Reading before = cpu.read();
    Thread.sleep(during.toMillis());
    CpuMeter.Reading after = cpu.read();
    double wall = after.wallSecondsSince(before);
    Map<String, Object> percentOfACore = new LinkedHashMap<>();
    after.secondsSince(before).forEach((component, seconds) ->
        percentOfACore.put(component, BenchmarkMain.ratio(seconds / wall * 100)));
    Map<String, Object> idle = new LinkedHashMap<>();
    idle.put("seconds", BenchmarkMain.round(wall));
    idle.put("percentOfOneCore", percentOfACore);
    return idle;
  }
}
