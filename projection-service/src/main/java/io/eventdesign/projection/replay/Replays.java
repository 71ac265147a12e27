package io.eventdesign.projection.replay;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;

/** Starts bounded replays in the background and keeps their status. */
public final class Replays implements AutoCloseable {

  private final Map<String, Object> consumerConfig;
  private final Map<String, Object> producerConfig;
  private final Consumer<String> createTopic;
  private final Clock clock;
  private final Map<String, BoundedReplay> replays = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "bounded-replay");
    thread.setDaemon(true);
    return thread;
  });

  /** @param createTopic creates the target topic if it does not exist yet */
  public Replays(Map<String, Object> consumerConfig, Map<String, Object> producerConfig, Consumer<String> createTopic,
      Clock clock) {
    this.consumerConfig = Map.copyOf(consumerConfig);
    this.producerConfig = Map.copyOf(producerConfig);
    this.createTopic = createTopic;
    this.clock = clock;
  }

  public ReplayStatus start(ReplayRequest request) {
    if (request.from() != null && !request.from().isBefore(request.to())) {
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "to", "to must be after from");
    }
    if (Topics.all().stream().anyMatch(t -> t.name().equals(request.targetTopic()))) {
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "targetTopic", "cannot replay into one of our topics");
    }
    List<String> sources = request.eventTypes().stream().map(Replays::aggregateTypeOf).distinct()
        .map(Replays::eventsTopicOf).toList();
    createTopic.accept(request.targetTopic());
    String id = UUID.randomUUID().toString();
    BoundedReplay replay = new BoundedReplay(id, request, sources, consumerConfig, producerConfig, clock);
    replays.put(id, replay);
    executor.submit(replay);
    return replay.status();
  }

  public ReplayStatus status(String id) {
    BoundedReplay replay = replays.get(id);
    if (replay == null) {
      throw new AggregateNotFoundException("replay", id);
    }
    return replay.status();
  }

  private static String aggregateTypeOf(String eventType) {
    return ContractCatalog.instance().byName(eventType).filter(t -> t.kind() == ContractType.Kind.EVENT)
        .map(ContractType::aggregateType)
        .orElseThrow(() -> new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "eventTypes",
            "unknown event type " + eventType + " (see /api/v1/events/types)"));
  }

  private static String eventsTopicOf(String aggregateType) {
    return Topics.all().stream().filter(t -> t.kind() == Topic.Kind.EVENTS && t.aggregateType().equals(aggregateType))
        .map(Topic::name).findFirst().orElseThrow();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
