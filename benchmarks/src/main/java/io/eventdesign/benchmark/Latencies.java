package io.eventdesign.benchmark;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Recorded durations in nanoseconds (HdrHistogram: three significant digits, from a microsecond to
 * {@value #HIGHEST_SECONDS} s; longer ones count as that), thread-safe, with percentiles in milliseconds.
 */
final class Latencies {

  private static final long HIGHEST_SECONDS = 120;

  private final Histogram histogram =
      new ConcurrentHistogram(TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(HIGHEST_SECONDS), 3);

  void record(long nanos) {
    histogram.recordValue(Math.max(histogram.getLowestDiscernibleValue(), Math.min(nanos, histogram.getHighestTrackableValue())));
  }

  long count() {
    return histogram.getTotalCount();
  }

  /** @param percentile 0..100; NaN when nothing was recorded */
  double percentileMillis(double percentile) {
    if (count() == 0) {
      return Double.NaN;
    }
    long nanos = percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
    return nanos / 1_000_000.0;
  }
}
