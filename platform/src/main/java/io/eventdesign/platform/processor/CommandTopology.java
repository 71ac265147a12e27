package io.eventdesign.platform.processor;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.workspace.WorkspaceDirectoryStore;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.CommandCodec;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import java.util.Optional;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds an aggregate's command processing to a topology: commands topic -> processor (aggregate
 * store, idempotency store) -> events topic and replies topic; and optionally a unique-claim guard
 * in front of it. Every node and store has a stable name.
 */
public final class CommandTopology {

  private CommandTopology() {}

  public static <C, E, S> void addAggregate(
      Topology topology,
      AggregateDefinition<C, E, S> definition,
      CommandCodec<C> commands,
      RecordCodec events,
      JsonMapper json,
      Topic repliesTopic,
      Duration idempotencyRetention) {
    String source = definition.aggregateType() + "-commands-source";
    topology.addSource(source, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        definition.commandsTopic().name());
    topology.addProcessor(definition.processorName(),
        () -> new CommandProcessor<>(definition, commands, events, json, idempotencyRetention), source);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(definition.aggregateStoreName()),
            Serdes.String(), Serdes.ByteArray()),
        definition.processorName());
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(definition.idempotencyStoreName()),
            Serdes.String(), Serdes.ByteArray()),
        definition.processorName());
    if (definition.people().consultsWorkspaces()) {
      WorkspaceDirectoryStore.addTo(topology);
    }
    topology.addSink(eventsSinkName(definition), definition.eventsTopic().name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), definition.processorName());
    topology.addSink(repliesSinkName(definition), repliesTopic.name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), definition.processorName());
  }

  /**
   * Routes commands through {@code claim} before they reach {@code definition}'s processor, and
   * claims the processor gives back to the guard. Add the aggregate ({@link #addAggregate}) first.
   */
  public static void addClaimGuard(
      Topology topology, UniqueClaim claim, AggregateDefinition<?, ?, ?> definition,
      CommandCodec<?> commands, Topic repliesTopic) {
    String source = claim.name() + "-claims-source";
    String processor = claim.name() + "-claim-guard";
    topology.addSource(source, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        claim.claimsTopic().name());
    topology.addProcessor(processor, () -> new ClaimGuardProcessor(claim, commands), source);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(claim.storeName()), Serdes.String(), Serdes.String()),
        processor);
    topology.addSink(claimForwardSinkName(claim), definition.commandsTopic().name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), processor);
    topology.addSink(claimRepliesSinkName(claim), repliesTopic.name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), processor);
    topology.addSink(claimReleaseSinkName(claim.name()), claim.claimsTopic().name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), definition.processorName());
  }

  /**
   * Adds a saga reaction: events of {@code sourceTopic} -> {@code reaction} -> commands on
   * {@code commandsTopic}. {@code actor} is stamped on the commands (e.g. {@code service:payment-service}).
   * Several reactions to one topic share its source (a topic has one source in a topology); each runs on
   * every event, in the order they were added.
   */
  public static <C> void addReaction(Topology topology, String name, String actor, Topic sourceTopic,
      Reaction<C> reaction, RecordCodec events, CommandCodec<C> commands, Topic commandsTopic) {
    String source = sourceOf(topology, sourceTopic).orElseGet(() -> {
      topology.addSource(name + "-source", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
          sourceTopic.name());
      return name + "-source";
    });
    String processor = name + "-reaction";
    topology.addProcessor(processor, () -> new ReactionProcessor<>(name, actor, reaction, events, commands), source);
    topology.addSink(name + "-commands-sink", commandsTopic.name(),
        Serdes.String().serializer(), Serdes.ByteArray().serializer(), processor);
  }

  /** The source node already reading {@code topic}, if any. */
  private static Optional<String> sourceOf(Topology topology, Topic topic) {
    return topology.describe().subtopologies().stream()
        .flatMap(subtopology -> subtopology.nodes().stream())
        .filter(node -> node instanceof TopologyDescription.Source source
            && source.topicSet() != null && source.topicSet().contains(topic.name()))
        .map(TopologyDescription.Node::name)
        .findFirst();
  }

  static String eventsSinkName(AggregateDefinition<?, ?, ?> definition) {
    return definition.aggregateType() + "-events-sink";
  }

  static String repliesSinkName(AggregateDefinition<?, ?, ?> definition) {
    return definition.aggregateType() + "-replies-sink";
  }

  static String claimForwardSinkName(UniqueClaim claim) {
    return claim.name() + "-claimed-commands-sink";
  }

  static String claimReleaseSinkName(String claimName) {
    return claimName + "-claim-release-sink";
  }

  static String claimRepliesSinkName(UniqueClaim claim) {
    return claim.name() + "-claim-replies-sink";
  }
}
