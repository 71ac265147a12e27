package io.eventdesign.platform.gateway;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.requestreply.KafkaReplyTimeoutException;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.kafka.requestreply.RequestReplyFuture;

/** Sends a command to its topic and waits for the processor's outcome on the reply topic. */
public final class CommandGateway {

  /** Timer of command round trips, tagged by topic and outcome (accepted, a rejection kind, timeout, owner_unavailable). */
  public static final String METRIC = "eventdesign.commands";

  private final ReplyingKafkaTemplate<String, byte[], byte[]> template;
  private final Duration timeout;
  private final MeterRegistry meters;
  private final CommandOwners owners;

  public CommandGateway(ReplyingKafkaTemplate<String, byte[], byte[]> template, Duration timeout, MeterRegistry meters,
      CommandOwners owners) {
    this.template = template;
    this.timeout = timeout;
    this.meters = meters;
    this.owners = owners;
  }

  /**
   * @param key the record key: the aggregate id, or the claimed value for a claim topic
   * @throws CommandTimeoutException when no outcome arrives within the timeout
   * @throws OwnerUnavailableException when the instance that would process it is down (nothing is sent)
   */
  public <C> CommandOutcome send(CommandCodec<C> codec, Topic topic, String key, CommandMetadata metadata, C command) {
    Timer.Sample sample = Timer.start(meters);
    String outcome = "timeout";
    try {
      owners.requireReachableOwner(topic.name(), key);
      CommandOutcome result = roundTrip(codec, topic, key, metadata, command);
      outcome = result.accepted() ? "accepted" : result.rejection().kind().name().toLowerCase();
      return result;
    } catch (OwnerUnavailableException e) {
      outcome = "owner_unavailable";
      throw e;
    } finally {
      sample.stop(meters.timer(METRIC, "topic", topic.name(), "outcome", outcome));
    }
  }

  private <C> CommandOutcome roundTrip(CommandCodec<C> codec, Topic topic, String key, CommandMetadata metadata, C command) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, codec.encode(metadata, command));
    RequestReplyFuture<String, byte[], byte[]> future = template.sendAndReceive(record, timeout);
    try {
      ConsumerRecord<String, byte[]> reply = future.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
      return codec.decodeOutcome(reply.value());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof KafkaReplyTimeoutException) {
        throw new CommandTimeoutException(metadata.commandId(), e.getCause());
      }
      throw new IllegalStateException("sending command " + metadata.commandId() + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new CommandTimeoutException(metadata.commandId(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandTimeoutException(metadata.commandId(), e);
    }
  }
}
