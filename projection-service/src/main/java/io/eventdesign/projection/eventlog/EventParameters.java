package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.platform.http.InvalidRequestException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The event API's filter parameters that name the contract: aggregate types and event types, checked against it. */
public final class EventParameters {

  private static final Set<String> EVENT_TYPES =
      ContractCatalog.instance().events().stream().map(ContractType::name).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> AGGREGATE_TYPES =
      ContractCatalog.instance().events().stream().map(ContractType::aggregateType).collect(Collectors.toUnmodifiableSet());

  private EventParameters() {}

  /** @throws InvalidRequestException 400 naming {@code aggregateType} when it is not one of the contract's */
  public static String aggregateType(String value) {
    if (value != null && !AGGREGATE_TYPES.contains(value)) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "aggregateType",
          "aggregateType must be one of " + AGGREGATE_TYPES.stream().sorted().toList());
    }
    return value;
  }

  /**
   * The event types of repeated and comma-separated {@code eventType} parameters.
   *
   * @throws InvalidRequestException 400 naming {@code eventType} for a type the contract does not have
   */
  public static List<String> eventTypes(List<String> values) {
    List<String> types = values == null ? List.of()
        : values.stream().flatMap(t -> List.of(t.split(",")).stream()).map(String::trim).toList();
    types.stream().filter(t -> !EVENT_TYPES.contains(t)).findFirst().ifPresent(unknown -> {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "eventType",
          "unknown event type " + unknown + " (see /api/v1/events/types)");
    });
    return types;
  }
}
