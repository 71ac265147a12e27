package io.eventdesign.platform.workspace;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.topic.Topics;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WorkspaceDirectory} of a Kafka Streams application: a global store ({@value #STORE}) holding
 * {@code workspaces.state} as published (every instance holds all of it, restored from the topic itself,
 * so it has no changelog), read by the command processor and by the edge through interactive queries.
 */
public final class WorkspaceDirectoryStore {

  public static final String STORE = "workspace-directory";
  private static final Logger log = LoggerFactory.getLogger(WorkspaceDirectoryStore.class);
  private static final RecordCodec CODEC = new SingleObjectCodec();

  private WorkspaceDirectoryStore() {}

  /** Adds the global store to {@code topology}, once however many aggregates consult it. */
  public static void addTo(Topology topology) {
    if (topology.describe().globalStores().stream().anyMatch(store -> store.source().topicSet()
        .contains(Topics.WORKSPACES_STATE.name()))) {
      return;
    }
    topology.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled(),
        STORE + "-source", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        Topics.WORKSPACES_STATE.name(), STORE + "-updater", Updater::new);
  }

  /** The directory over the store (a processor's or an interactive query's). */
  public static WorkspaceDirectory over(ReadOnlyKeyValueStore<String, byte[]> store) {
    return workspaceId -> workspaceId == null ? Optional.empty() : Optional.ofNullable(store.get(workspaceId))
        .flatMap(bytes -> decode(workspaceId, bytes));
  }

  private static Optional<WorkspaceEntry> decode(String workspaceId, byte[] bytes) {
    if (CODEC.decode(bytes) instanceof DecodeResult.Decoded decoded && decoded.record() instanceof WorkspaceState state) {
      return Optional.of(WorkspaceEntry.of(state));
    }
    log.warn("workspaces.state holds an undecodable value for {}: treated as unknown", workspaceId);
    return Optional.empty();
  }

  /** Keeps the store equal to the compacted topic: the latest value per workspace, a tombstone deletes. */
  private static final class Updater implements Processor<String, byte[], Void, Void> {

    private KeyValueStore<String, byte[]> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
      if (record.key() == null) {
        return;
      }
      if (record.value() == null) {
        store.delete(record.key());
      } else {
        store.put(record.key(), record.value());
      }
    }
  }
}
