package io.eventdesign.platform.command;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
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
   * Where the sender of {@code metadata} stands with an existing aggregate in {@code state}: a person as
   * {@link People} says (another's is answered as not found, so its existence is not revealed); staff,
   * service clients and sagas act on any (their endpoints are guarded by the access table).
   */
  public People.Standing standingOf(CommandMetadata metadata, S state, WorkspaceDirectory workspaces) {
    return metadata.userId() == null || metadata.anyOwner()
        ? People.Standing.ACTS
        : people.standing(state, metadata.userId(), workspaces);
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
