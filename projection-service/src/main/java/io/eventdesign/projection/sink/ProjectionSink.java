package io.eventdesign.projection.sink;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.projection.eventlog.EventLogWriter;
import io.eventdesign.projection.user.UserTableWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one polled batch of events and states to PostgreSQL in one database transaction. The
 * listener container commits the batch's offsets only after this returns, i.e. after the database
 * commit; a failure (such as PostgreSQL being down) retries the same batch, and every write is
 * idempotent, so nothing is lost or applied twice.
 */
public final class ProjectionSink {

  private static final Logger log = LoggerFactory.getLogger(ProjectionSink.class);

  private final RecordCodec codec;
  private final TransactionTemplate transaction;
  private final EventLogWriter eventLog;
  private final UserTableWriter users;
  private final Counter skipped;
  private final Counter applied;

  public ProjectionSink(RecordCodec codec, TransactionTemplate transaction, EventLogWriter eventLog,
      UserTableWriter users, MeterRegistry meters) {
    this.codec = codec;
    this.transaction = transaction;
    this.eventLog = eventLog;
    this.users = users;
    this.skipped = meters.counter("projection.sink.records", "result", "undecodable");
    this.applied = meters.counter("projection.sink.records", "result", "applied");
  }

  public void write(List<ConsumerRecord<String, byte[]>> records) {
    List<EventLogWriter.LoggedEvent> events = new ArrayList<>();
    List<UserState> userStates = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      switch (codec.decode(record.value())) {
        case DecodeResult.Decoded decoded when decoded.type().kind() == ContractType.Kind.EVENT ->
            events.add(new EventLogWriter.LoggedEvent(record, decoded));
        case DecodeResult.Decoded decoded when decoded.record() instanceof UserState state -> userStates.add(state);
        case DecodeResult.Decoded decoded -> skip(record, "no projection for " + decoded.type().name());
        case DecodeResult.UnknownFingerprint unknown -> skip(record, "unknown fingerprint " + unknown.fingerprint());
        case DecodeResult.Malformed malformed -> skip(record, malformed.reason());
      }
    }
    transaction.executeWithoutResult(status -> {
      eventLog.insert(events);
      users.upsert(userStates);
    });
    applied.increment(events.size() + userStates.size());
  }

  private void skip(ConsumerRecord<String, byte[]> record, String reason) {
    skipped.increment();
    log.warn("Skipping {}-{}@{}: {} (the topology parks undecodable events as dead letters)",
        record.topic(), record.partition(), record.offset(), reason);
  }
}
