package io.eventdesign.projection.rebuild;

import java.util.regex.Pattern;

/**
 * How rebuilds run.
 *
 * @param maxEventsPerSecond throttles the replay (0: as fast as possible)
 * @param indexSortMemory PostgreSQL's {@code maintenance_work_mem} while the shadow table's indexes
 *     are built, e.g. {@code 256MB} (PostgreSQL's default, 64MB, spills the sorts of large tables to disk)
 */
public record RebuildSettings(double maxEventsPerSecond, String indexSortMemory) {

  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*(kB|MB|GB)");

  public RebuildSettings {
    if (maxEventsPerSecond < 0) {
      throw new IllegalArgumentException("the rebuild rate limit must be 0 (none) or positive, was " + maxEventsPerSecond);
    }
    if (indexSortMemory == null || !MEMORY.matcher(indexSortMemory).matches()) {
      throw new IllegalArgumentException("the rebuild's index sort memory must be a size like 256MB, was " + indexSortMemory);
    }
  }
}
