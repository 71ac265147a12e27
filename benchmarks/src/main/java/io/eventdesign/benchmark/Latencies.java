package io.eventdesign.benchmark;

import java.util.Arrays;

/** Recorded durations in nanoseconds, thread-safe, with percentiles in milliseconds. */
final class Latencies {

  private long[] values = new long[1024];
  private int size;

  synchronized void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  /** @param percentile 0..100 */
  synchronized double percentileMillis(double percentile) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(percentile / 100.0 * size) - 1));
    return sorted[index] / 1_000_000.0;
  }
}
