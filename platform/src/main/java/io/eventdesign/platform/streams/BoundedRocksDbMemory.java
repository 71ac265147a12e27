package io.eventdesign.platform.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of all of a Streams application's RocksDB stores together: one block cache
 * for every store (index and filter blocks included, so they cannot grow beside it), and memtables
 * counted against that same cache. Without it each store takes its own cache and write buffers, and a
 * service's memory grows with its number of stores and partitions until the container limit kills it.
 * {@value #MEMORY_BYTES} (a Streams property, {@code spring.kafka.streams.properties.*}) sets the total,
 * {@value #DEFAULT_MEMORY_BYTES} bytes by default; a quarter of it may hold memtables.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  public static final String MEMORY_BYTES = "eventdesign.rocksdb.memory.bytes";
  public static final long DEFAULT_MEMORY_BYTES = 64L * 1024 * 1024;
  /** The cache's share kept for index and filter blocks, evicted last. */
  private static final double INDEX_AND_FILTER_SHARE = 0.1;

  /** Per application and size, for the life of the JVM (stores come and go with rebalances). */
  private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

  /** The cache and memtable budget every store of one application uses. */
  public record Shared(Cache cache, WriteBufferManager writeBuffers, long bytes) {}

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Shared shared = shared(String.valueOf(configs.get(StreamsConfig.APPLICATION_ID_CONFIG)), memoryBytes(configs));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(shared.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(shared.writeBuffers());
    options.setMaxWriteBufferNumber(2);
    options.setWriteBufferSize(Math.min(options.writeBufferSize(), shared.bytes() / 8));
  }

  /** The shared budget of {@code applicationId} at {@code bytes}, made on first use. */
  public static Shared shared(String applicationId, long bytes) {
    return SHARED.computeIfAbsent(applicationId + "@" + bytes, key -> {
      Cache cache = new LRUCache(bytes, -1, false, INDEX_AND_FILTER_SHARE);
      return new Shared(cache, new WriteBufferManager(bytes / 4, cache), bytes);
    });
  }

  static long memoryBytes(Map<String, Object> configs) {
    Object value = configs.get(MEMORY_BYTES);
    if (value == null) {
      return DEFAULT_MEMORY_BYTES;
    }
    long bytes = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
    if (bytes < 8L * 1024 * 1024) {
      throw new IllegalArgumentException(MEMORY_BYTES + " must be at least 8 MiB, not " + bytes);
    }
    return bytes;
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and the buffer manager are shared by every store of the application: they stay
  }
}
