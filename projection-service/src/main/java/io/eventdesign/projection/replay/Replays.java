package io.eventdesign.projection.replay;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import java.time.Clock;
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
  private final ReplayPreview preview;
  private final Map<String, BoundedReplay> replays = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "bounded-replay");
    thread.setDaemon(true);
    return thread;
  });

  /** @param createTopic creates the target topic if it does not exist yet */
  public Replays(Map<String, Object> consumerConfig, Map<String, Object> producerConfig, Consumer<String> createTopic,
      Clock clock, ReplayPreview preview) {
    this.preview = preview;
    this.consumerConfig = Map.copyOf(consumerConfig);
    this.producerConfig = Map.copyOf(producerConfig);
    this.createTopic = createTopic;
    this.clock = clock;
  }

  /** Starts the replay in the background; the reason is the caller's to record (see OperatorAudit). */
  public ReplayStatus start(ReplayRequest request) {
    ReplaySelection selection = ReplaySelection.of(request);
    if (Topics.all().stream().anyMatch(t -> t.name().equals(request.targetTopic()))) {
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "targetTopic", "cannot replay into one of our topics");
    }
    createTopic.accept(request.targetTopic());
    String id = UUID.randomUUID().toString();
    BoundedReplay replay = new BoundedReplay(id, request, selection, consumerConfig, producerConfig, clock);
    replays.put(id, replay);
    executor.submit(replay);
    return replay.status();
  }

  /** What the replay would touch, without running it: see {@link ReplayPreview}. */
  public ReplayPreview.Preview preview(ReplayRequest request) {
    return preview.of(ReplaySelection.of(request));
  }

  public ReplayStatus status(String id) {
    BoundedReplay replay = replays.get(id);
    if (replay == null) {
      throw new AggregateNotFoundException("replay", id);
    }
    return replay.status();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
