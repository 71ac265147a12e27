package io.eventdesign.projection.eventlog;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers reused for a while, per key: a caller within {@code freshFor} of the last read gets its
 * answer; callers arriving while a key is being read wait for that read instead of starting their own.
 * A failed read is not kept.
 */
final class Memo<K, V> {

  private record Answer<V>(V value, long readAt) {}

  private final long freshForNanos;
  private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
  private final Map<K, Object> locks = new ConcurrentHashMap<>();

  Memo(Duration freshFor) {
    this.freshForNanos = freshFor.toNanos();
  }

  V get(K key, Supplier<V> read) {
    Answer<V> answer = answers.get(key);
    if (fresh(answer)) {
      return answer.value();
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      answer = answers.get(key);
      if (fresh(answer)) {
        return answer.value();
      }
      V value = read.get();
      answers.put(key, new Answer<>(value, System.nanoTime()));
      return value;
    }
  }

  private boolean fresh(Answer<V> answer) {
    return answer != null && System.nanoTime() - answer.readAt() < freshForNanos;
  }
}
