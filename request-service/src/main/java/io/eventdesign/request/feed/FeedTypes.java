package io.eventdesign.request.feed;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.input.ContractPayload;
import java.util.List;
import java.util.Optional;

/**
 * The event types a source may post: the contract's event types of the feed aggregate, each payload read
 * against its schema ({@link ContractPayload}). A new type is a new schema file, nothing more.
 */
final class FeedTypes implements FeedContract {

  static final String AGGREGATE_TYPE = "feed";
  static final FeedTypes CONTRACT = new FeedTypes();

  private final List<ContractType> types = ContractCatalog.instance().events().stream()
      .filter(type -> type.aggregateType().equals(AGGREGATE_TYPE)).toList();

  private FeedTypes() {
    types.forEach(ContractPayload::check);
  }

  List<String> names() {
    return types.stream().map(ContractType::name).toList();
  }

  Optional<ContractType> of(String eventType) {
    return types.stream().filter(type -> type.name().equals(eventType)).findFirst();
  }

  @Override
  public Optional<Violation> violation(String eventType, String payload) {
    Optional<ContractType> type = of(eventType);
    if (type.isEmpty()) {
      return Optional.of(new Violation("eventType", "must be one of " + names()));
    }
    List<FieldError> errors = ContractPayload.read(type.get(), payload, "payload").errors();
    return errors.stream().findFirst().map(error -> new Violation(error.field(), error.message()));
  }
}
