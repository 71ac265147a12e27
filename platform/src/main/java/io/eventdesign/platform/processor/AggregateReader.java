package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
import io.eventdesign.platform.workspace.WorkspaceDirectoryStore;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads aggregate state from the command processor's store (Kafka Streams interactive queries).
 * With several instances, {@link #remoteOwner} tells which instance holds a key, so the edge can
 * forward the read there.
 */
public final class AggregateReader {

  /** State at a version. */
  public record Versioned<S>(long version, S state) {}

  private final KafkaStreamsRunner runner;
  private final JsonMapper json;

  public AggregateReader(KafkaStreamsRunner runner, JsonMapper json) {
    this.runner = runner;
    this.json = json;
  }

  /** The aggregate from this instance's store; empty when it does not exist. */
  public <S> Optional<Versioned<S>> find(AggregateDefinition<?, ?, S> definition, String id) {
    ReadOnlyKeyValueStore<String, byte[]> store = runner.streams().store(
        StoreQueryParameters.fromNameAndType(definition.aggregateStoreName(), QueryableStoreTypes.keyValueStore()));
    byte[] stored = store.get(id);
    if (stored == null) {
      return Optional.empty();
    }
    AggregateSnapshot snapshot = json.readValue(stored, AggregateSnapshot.class);
    return Optional.of(new Versioned<>(snapshot.version(), json.treeToValue(snapshot.state(), definition.stateClass())));
  }

  /** The workspaces {@code definition}'s people are looked up in (this instance's global store). */
  public WorkspaceDirectory workspaces(AggregateDefinition<?, ?, ?> definition) {
    if (!definition.people().consultsWorkspaces()) {
      return WorkspaceDirectory.NONE;
    }
    return WorkspaceDirectoryStore.over(runner.streams().store(
        StoreQueryParameters.fromNameAndType(WorkspaceDirectoryStore.STORE, QueryableStoreTypes.keyValueStore())));
  }

  /** The other instance that owns {@code id}, or empty when this instance does (or ownership is unknown). */
  public Optional<HostInfo> remoteOwner(AggregateDefinition<?, ?, ?> definition, String id, HostInfo self) {
    if (self == null) {
      return Optional.empty();
    }
    KeyQueryMetadata metadata = runner.streams()
        .queryMetadataForKey(definition.aggregateStoreName(), id, Serdes.String().serializer());
    if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.activeHost().equals(self)) {
      return Optional.empty();
    }
    return Optional.of(metadata.activeHost());
  }
}
