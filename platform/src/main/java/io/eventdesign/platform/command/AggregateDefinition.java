package io.eventdesign.platform.command;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.decider.Decider;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the generic command processor needs to run one aggregate type: its decider, its
 * command types (by simple name), its state class, how its events map to the contract, and its topics.
 */
public record AggregateDefinition<C, E, S>(
    String aggregateType,
    Decider<C, E, S> decider,
    Map<String, Class<? extends C>> commandTypes,
    Class<S> stateClass,
    EventMapper<E, S> eventMapper,
    Topic commandsTopic,
    Topic eventsTopic) {

  public AggregateDefinition {
    Objects.requireNonNull(aggregateType, "aggregateType");
    commandTypes = Map.copyOf(commandTypes);
  }

  /** Store of each aggregate's current state and version. */
  public String aggregateStoreName() {
    return aggregateType + "-aggregate-store";
  }

  /** Store of outcomes by idempotency key, purged after the configured retention. */
  public String idempotencyStoreName() {
    return aggregateType + "-idempotency-store";
  }

  public String processorName() {
    return aggregateType + "-command-processor";
  }
}
