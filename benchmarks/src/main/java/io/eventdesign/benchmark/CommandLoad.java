package io.eventdesign.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commands through REST with exactly-once on, over and over for the given duration, by workers that
 * take turns between two flows (or run one, see {@code flows}):
 * <ul>
 *   <li>users: register a user, then update its profile with If-Match; every 20th registration is
 *       also timed from its 201 until its row is visible in PostgreSQL ({@link RowSampler});
 *   <li>requests: create a design request, answer its two required questions, submit it with a card
 *       the simulated provider accepts, wait until the payment saga has made it PAID (its
 *       {@code request.paid} event committed, seen by {@link SagaWatcher}; timed from the submit's 200 as the
 *       saga latency), start and complete the design: six commands ({@link Flows}).
 * </ul>
 */
final class CommandLoad {

  record Result(long commands, double seconds, long errors, Latencies roundTrip, Latencies commandToRow,
      Latencies saga) {}

  private final Flows flows;
  private final String jdbcUrl;

  CommandLoad(Flows flows, String jdbcUrl) {
    this.flows = flows;
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Runs the load for {@code warmUp} unmeasured (the JIT compiles the hot paths, caches fill), then
   * for {@code duration} measured.
   *
   * @param flows {@code users} and/or {@code requests}
   */
  Result run(Duration warmUp, Duration duration, int concurrency, Set<String> flows) throws Exception {
    Meter meter = new Meter(System.nanoTime() + warmUp.toNanos());
    RowSampler sampler = new RowSampler(jdbcUrl, meter.toRow);
    long deadline = meter.warmUpEnd + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      boolean designRequests = flows.contains("requests") && (!flows.contains("users") || w % 2 == 1);
      Thread worker = Thread.ofPlatform().name("load-" + w).unstarted(() -> {
        int n = 0;
        while (System.nanoTime() < deadline) {
          try {
            if (designRequests) {
              designRequestFlow(meter);
            } else {
              userFlow(meter, sampler, n++ % 20 == 0);
            }
          } catch (Exception e) {
            meter.error(e);
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    Thread sampling = Thread.ofPlatform().name("row-sampler").start(sampler);
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - meter.warmUpEnd) / 1e9;
    sampler.finish();
    sampling.join();
    return new Result(meter.commands.get(), seconds, meter.errors.get(), meter.roundTrip, meter.toRow, meter.saga);
  }

  private void userFlow(Meter meter, RowSampler sampler, boolean sample) throws Exception {
    String userId = flows.signUp(meter::command);
    if (sample && meter.measuring()) {
      sampler.expect(userId, 1, System.nanoTime());
    }
    flows.updateProfile(meter::command, userId, 1);
  }

  private void designRequestFlow(Meter meter) throws Exception {
    boolean measured = meter.measuring();
    var saga = flows.designRequest(meter::command, false);
    if (measured) {
      meter.saga.record(saga.submitToPaid());
    }
  }

  /** Times and counts commands that start after the warm-up. */
  private final class Meter {
    final long warmUpEnd;
    final Latencies roundTrip = new Latencies();
    final Latencies toRow = new Latencies();
    final Latencies saga = new Latencies();
    final AtomicLong commands = new AtomicLong();
    final AtomicLong errors = new AtomicLong();

    Meter(long warmUpEnd) {
      this.warmUpEnd = warmUpEnd;
    }

    boolean measuring() {
      return System.nanoTime() >= warmUpEnd;
    }

    /** Sends a command; a status other than {@code expected} fails the flow (and counts as an error). */
    HttpResponse<String> command(HttpRequest.Builder request, int expected) throws Exception {
      long start = System.nanoTime();
      HttpResponse<String> response = flows.expect(request, expected);
      long nanos = System.nanoTime() - start;
      if (start >= warmUpEnd) {
        roundTrip.record(nanos);
        commands.incrementAndGet();
      }
      return response;
    }

    /** Counts a failed flow; the first few are printed, so that a broken run says why. */
    void error(Exception failure) {
      if (measuring() && errors.incrementAndGet() <= 3) {
        Progress.say("command flow failed: %s", failure);
      }
    }
  }
}
