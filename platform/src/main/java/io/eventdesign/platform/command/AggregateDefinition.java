package io.eventdesign.platform.command;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.decider.Decider;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the generic command processor needs to run one aggregate type: its decider, its
 * command types (by simple name), its state class, how its events map to the contract, its topics, and
 * who may act on and read an aggregate as a customer ({@link People}: its owner, or its members), and the
 * tenant it belongs to (for its events' envelopes).
 */
public record AggregateDefinition<C, E, S>(
    String aggregateType,
    Decider<C, E, S> decider,
    Map<String, Class<? extends C>> commandTypes,
    Class<S> stateClass,
    EventMapper<E, S> eventMapper,
    Topic commandsTopic,
    Topic eventsTopic,
    People<S> people,
    TenantOf<S> tenant) {

  public AggregateDefinition {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(tenant, "tenant");
    commandTypes = Map.copyOf(commandTypes);
  }

  /**
   * True when the sender of {@code metadata} may act on an existing aggregate in {@code state}: a
   * person only on one they own or belong to (another's is answered as not found, so its existence is
   * not revealed); staff, service clients and sagas on any (their endpoints are guarded by the access table).
   */
  public boolean mayAct(CommandMetadata metadata, S state) {
    return metadata.userId() == null || metadata.anyOwner() || people.include(state, metadata.userId());
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
