package io.eventdesign.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop latency curves ({@link OpenLoop}) of four flows, each over a list of offered rates from low
 * to past saturation: {@code registration} (user-service's {@code POST /api/v1/users}: the token check,
 * the e-mail claim and the registration, two exactly-once hops), {@code signup} (a person signing up at the
 * authorization server: the password hashed with Argon2, then the same registration), {@code profile} (a profile update with {@code If-Match}, on users registered
 * before), {@code design} (a whole design request, six commands and the payment saga between them; its
 * rate is in flows a second). Each step reports p50/p99/p999/max from the intended start, errors, the
 * CPU per operation of every component, for {@code registration} and {@code profile} the time from the
 * intended start until PostgreSQL's {@code users} row shows the change (every {@value #ROW_SAMPLE_EVERY}th
 * operation, {@link RowSampler}), and for {@code design} the saga's submit -> PAID and its hops.
 * A curve stops after the first step whose p50 passes {@value #GIVE_UP_P50_MILLIS} ms (saturated).
 */
final class LatencyCurves {

  static final List<String> FLOWS = List.of("registration", "profile", "design", "signup");
  private static final double GIVE_UP_P50_MILLIS = 2_000;

  private static final int ROW_SAMPLE_EVERY = 10;

  private final Flows flows;
  private final String jdbcUrl;
  private final OpenLoop load;
  private final Duration warmUp;
  private final Duration measured;
  private final Duration flowWarmUp;

  /**
   * @param warmUp each rate unmeasured before it is measured
   * @param flowWarmUp each flow run by {@value #WARM_UP_WORKERS} workers back to back, unmeasured, before its
   *     curve: the JIT compiles the flow's paths first, or the first rate measures the compiler
   */
  LatencyCurves(Flows flows, String jdbcUrl, CpuMeter cpu, Duration warmUp, Duration measured, Duration flowWarmUp) {
    this.flows = flows;
    this.jdbcUrl = jdbcUrl;
    this.load = new OpenLoop(cpu);
    this.warmUp = warmUp;
    this.measured = measured;
    this.flowWarmUp = flowWarmUp;
  }

  private static final int WARM_UP_WORKERS = 16;

  private static void warmUp(String flow, OpenLoop.Operation operation, Duration during) throws InterruptedException {
    Progress.say("%s: warming up for %d s (%d workers back to back, unmeasured)", flow, during.toSeconds(), WARM_UP_WORKERS);
    long end = System.nanoTime() + during.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < WARM_UP_WORKERS; w++) {
      workers.add(Thread.ofPlatform().name("load-warm-" + w).start(() -> {
        while (System.nanoTime() < end) {
          try {
            operation.run(false, System.nanoTime());
          } catch (Exception e) {
            // a warm-up counts nothing
          }
        }
      }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }

  Map<String, Object> curve(String flow, List<Double> rates) throws Exception {
    List<Map<String, Object>> steps = new ArrayList<>();
    UserPool users = flow.equals("profile") ? UserPool.register(flows, (int) Math.max(2_000, rates.getLast())) : null;
    boolean warm = false;
    for (double rate : rates) {
      Progress.say("%s: %s a second offered for %d s (after %d s unmeasured)", flow, rate, measured.toSeconds(),
          warmUp.toSeconds());
      Latencies toPaid = new Latencies();
      HopTable hops = new HopTable();
      AtomicLong sagas = new AtomicLong();
      Latencies toRow = new Latencies();
      RowSampler rows = new RowSampler(jdbcUrl, toRow);
      AtomicLong userCommands = new AtomicLong();
      OpenLoop.Operation operation = switch (flow) {
        case "registration" -> (measured, intended) -> {
          String userId = flows.register(flows::expect);
          if (measured && userCommands.incrementAndGet() % ROW_SAMPLE_EVERY == 0) {
            rows.expect(userId, 1, intended);
          }
        };
        case "signup" -> (measured, intended) -> flows.signUp(flows::expect);
        case "profile" -> (measured, intended) -> {
          UserPool.User updated = users.updateOne();
          if (measured && userCommands.incrementAndGet() % ROW_SAMPLE_EVERY == 0) {
            rows.expect(updated.id(), updated.version(), intended);
          }
        };
        case "design" -> (measured, intended) -> {
          var saga = flows.designRequest(flows::expect, measured && sagas.incrementAndGet() % 10 == 0);
          if (measured) {
            toPaid.record(saga.submitToPaid());
            hops.add(saga);
          }
        };
        default -> throw new IllegalArgumentException("no flow " + flow + "; flows: " + FLOWS);
      };
      if (!warm) {
        warmUp(flow, operation, flowWarmUp);
        warm = true;
      }
      boolean timesRows = flow.equals("registration") || flow.equals("profile");
      Thread sampling = timesRows ? Thread.ofPlatform().daemon().name("row-sampler").start(rows) : null;
      OpenLoop.Step step = load.run(rate, warmUp, measured, operation);
      Map<String, Object> row = describe(step, flow.equals("design") ? 6 : 1);
      if (sampling != null) {
        rows.finish();
        sampling.join();
        row.put("commandToRowMillis", BenchmarkMain.percentiles(toRow));
        row.put("commandToRowSamples", toRow.count());
      }
      if (flow.equals("design")) {
        row.put("submitToPaidMillis", BenchmarkMain.percentiles(toPaid));
        row.put("hops", hops.summary());
      }
      steps.add(row);
      Progress.say("  %s", row);
      if (step.latency().percentileMillis(50) > GIVE_UP_P50_MILLIS || step.completed() == 0) {
        break;
      }
    }
    Map<String, Object> curve = new LinkedHashMap<>();
    curve.put("unit", flow.equals("design") ? "flows/s (6 commands each)" : "operations/s");
    curve.put("steps", steps);
    curve.put("kneeP99Within50Millis", knee(steps, 50));
    curve.put("kneeP99Within100Millis", knee(steps, 100));
    return curve;
  }

  private static Map<String, Object> describe(OpenLoop.Step step, int commandsPerOperation) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("offeredPerSecond", step.offeredPerSecond());
    row.put("completedPerSecond", BenchmarkMain.round(step.completedPerSecond()));
    row.put("commandsPerSecond", BenchmarkMain.round(step.completedPerSecond() * commandsPerOperation));
    row.put("errors", step.errors());
    row.put("notSent", step.notSent());
    Latencies latency = step.latency();
    row.put("p50Millis", BenchmarkMain.round(latency.percentileMillis(50)));
    row.put("p99Millis", BenchmarkMain.round(latency.percentileMillis(99)));
    row.put("p999Millis", BenchmarkMain.round(latency.percentileMillis(99.9)));
    row.put("maxMillis", BenchmarkMain.round(latency.percentileMillis(100)));
    row.put("cpuCoresUsed", BenchmarkMain.ratio(step.cpuSeconds().get("total") / step.wallSeconds()));
    Map<String, Object> perOperation = new LinkedHashMap<>();
    long operations = Math.max(1, step.completed());
    step.cpuSeconds().forEach((component, seconds) ->
        perOperation.put(component, BenchmarkMain.ratio(seconds * 1000 / operations / commandsPerOperation)));
    row.put("cpuMillisPerCommand", perOperation);
    return row;
  }

  /** The highest offered rate whose p99 stayed within the bound with no error (null when none did). */
  private static Double knee(List<Map<String, Object>> steps, double p99Millis) {
    Double knee = null;
    for (Map<String, Object> step : steps) {
      if ((double) step.get("p99Millis") <= p99Millis && (long) step.get("errors") == 0 && (long) step.get("notSent") == 0) {
        knee = (Double) step.get("offeredPerSecond");
      }
    }
    return knee;
  }

  /** Users registered up front for the profile curve, each with the version its next update expects. */
  private static final class UserPool {
    /** A user and the version of its newest profile change. */
    private record User(String id, long version) {}

    private final Flows flows;
    private final ConcurrentLinkedQueue<User> idle = new ConcurrentLinkedQueue<>();

    private UserPool(Flows flows) {
      this.flows = flows;
    }

    static UserPool register(Flows flows, int count) throws Exception {
      Progress.say("profile: registering %,d users to update", count);
      UserPool pool = new UserPool(flows);
      List<Thread> workers = new ArrayList<>();
      AtomicLong left = new AtomicLong(count);
      for (int w = 0; w < 32; w++) {
        workers.add(Thread.ofPlatform().name("load-register-" + w).start(() -> {
          while (left.getAndDecrement() > 0) {
            try {
              pool.idle.add(new User(flows.register(flows::expect), 1));
            } catch (Exception e) {
              Progress.say("  registration for the profile pool failed: %s", e);
            }
          }
        }));
      }
      for (Thread worker : workers) {
        worker.join();
      }
      return pool;
    }

    /**
     * Updates an idle user's profile and returns the user at its new version; a user whose update failed
     * leaves the pool (its version is unknown).
     */
    User updateOne() throws Exception {
      User user = idle.poll();
      if (user == null) {
        throw new IllegalStateException("every pooled user has an update in flight");
      }
      flows.updateProfile(flows::expect, user.id(), user.version());
      User updated = new User(user.id(), user.version() + 1);
      idle.add(updated);
      return updated;
    }
  }
}
