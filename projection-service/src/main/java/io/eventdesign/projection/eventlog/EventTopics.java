package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every aggregate's events topic, from the contract's catalogue. */
public final class EventTopics {

  /** In the catalogue's order. */
  public static final List<Topic> ALL = Topics.all().stream().filter(topic -> topic.kind() == Topic.Kind.EVENTS).toList();
  public static final Set<String> NAMES = ALL.stream().map(Topic::name).collect(Collectors.toUnmodifiableSet());

  private EventTopics() {}

  /** The events topic of {@code aggregateType}. */
  public static Topic of(String aggregateType) {
    return ALL.stream().filter(topic -> topic.aggregateType().equals(aggregateType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no events topic for " + aggregateType));
  }
}
