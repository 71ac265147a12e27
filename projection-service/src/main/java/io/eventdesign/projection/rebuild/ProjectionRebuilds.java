package io.eventdesign.projection.rebuild;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.sink.TableWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and tracks table rebuilds, at most one per table at a time across every projection-service
 * instance ({@link RebuildClaim}); each instance reports the rebuilds it runs.
 */
public final class ProjectionRebuilds implements AutoCloseable {

  /** A rebuildable table and the topics it is projected from. */
  public record Source(TableWriter writer, List<String> topics) {}

  private final Map<String, Source> sources;
  private final Map<String, Object> consumerConfig;
  private final RecordCodec codec;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final SinkBatchLock sinkBatchLock;
  private final SinkParking sinkParking;
  private final RebuildSettings settings;
  private final Clock clock;
  private final Map<String, TableRebuild> rebuilds = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "projection-rebuild");
    thread.setDaemon(true);
    return thread;
  });

  public ProjectionRebuilds(List<Source> sources, Map<String, Object> consumerConfig, RecordCodec codec,
      JdbcTemplate jdbc, TransactionTemplate transaction, SinkBatchLock sinkBatchLock, SinkParking sinkParking,
      RebuildSettings settings, Clock clock) {
    this.sources = new java.util.LinkedHashMap<>();
    sources.forEach(source -> this.sources.put(source.writer().table(), source));
    this.consumerConfig = consumerConfig;
    this.codec = codec;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.sinkBatchLock = sinkBatchLock;
    this.sinkParking = sinkParking;
    this.settings = settings;
    this.clock = clock;
  }

  /** @throws InvalidRequestException 409 when a rebuild of that table is already running */
  public synchronized RebuildStatus start(String table) {
    Source source = source(table);
    TableRebuild running = rebuilds.get(table);
    if (running != null && !running.finished()) {
      throw new InvalidRequestException(HttpStatus.CONFLICT, "name", "a rebuild of " + table + " is already running");
    }
    RebuildClaim claim = RebuildClaim.tryClaim(jdbc.getDataSource(), table).orElseThrow(() -> new InvalidRequestException(
        HttpStatus.CONFLICT, "name", "a rebuild of " + table + " is already running in another instance"));
    TableRebuild rebuild = new TableRebuild(source.writer(), source.topics(), consumerConfig, codec, jdbc, transaction,
        sinkBatchLock, sinkParking, settings, clock, claim);
    try {
      rebuild.prepare();
    } catch (RuntimeException e) {
      claim.close();
      throw e;
    }
    rebuilds.put(table, rebuild);
    executor.submit(rebuild);
    return rebuild.status();
  }

  public Optional<RebuildStatus> status(String table) {
    source(table);
    return Optional.ofNullable(rebuilds.get(table)).map(TableRebuild::status);
  }

  public List<String> tables() {
    return List.copyOf(sources.keySet());
  }

  private Source source(String table) {
    Source source = sources.get(table);
    if (source == null) {
      throw new AggregateNotFoundException("projection", table + " (known: " + sources.keySet() + ")");
    }
    return source;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
