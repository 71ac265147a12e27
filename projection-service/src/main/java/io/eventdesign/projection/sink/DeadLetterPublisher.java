package io.eventdesign.projection.sink;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.streams.DeadLetters;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes what the sink parks to {@code projection.dead-letters}, waiting for the broker's
 * acknowledgement before the sink's database transaction commits (so a dead letter is never missing;
 * a batch re-delivered after a crash may publish one twice, with the same source headers).
 */
public final class DeadLetterPublisher implements AutoCloseable {

  private final Producer<String, byte[]> producer;

  public DeadLetterPublisher(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  /** A record and why the sink parks it. */
  public record Parking(ConsumerRecord<String, byte[]> record, String reason) {}

  void publish(List<Parking> parked) {
    List<Future<RecordMetadata>> sent = parked.stream().map(p -> producer.send(new ProducerRecord<>(
        Topics.PROJECTION_DEAD_LETTERS.name(), null, p.record().key(), p.record().value(),
        DeadLetters.headers(p.record().headers(), DeadLetters.SINK_CONSUMER, p.record().topic(),
            p.record().partition(), p.record().offset(), p.reason())))).toList();
    for (Future<RecordMetadata> ack : sent) {
      try {
        ack.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaException("interrupted while publishing dead letters", e);
      } catch (ExecutionException e) {
        throw new KafkaException("could not publish dead letters", e.getCause());
      }
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
