package io.eventdesign.projection.deadletter;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.projection.streams.EventStreams;
import io.eventdesign.projection.streams.ParkedRecords;
import io.eventdesign.projection.streams.ParkingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The records the state topologies parked: read from this instance's parking stores, and
 * re-published by sending requests on {@code projection.retries} that the topologies act on in order
 * with the records of the same partition.
 */
public final class TopologyParking implements AutoCloseable {

  private final KafkaStreamsRunner streams;
  private final Producer<String, String> producer;
  private final List<Topic> topics;

  public TopologyParking(KafkaStreamsRunner streams, Producer<String, String> producer, List<Topic> topics) {
    this.streams = streams;
    this.producer = producer;
    this.topics = List.copyOf(topics);
  }

  public List<Topic> topics() {
    return topics;
  }

  /** This instance's parked records, optionally of one topic and/or key, at most {@code limit}. */
  public List<ParkedView> parked(String topic, String key, int limit) {
    List<ParkedView> views = new ArrayList<>();
    for (Topic source : selected(topic)) {
      ReadOnlyKeyValueStore<String, ParkedRecords> store = store(source);
      if (key != null) {
        add(views, source, key, store.get(key), limit);
        continue;
      }
      try (KeyValueIterator<String, ParkedRecords> all = store.all()) {
        while (all.hasNext() && views.size() < limit) {
          var entry = all.next();
          add(views, source, entry.key, entry.value, limit);
        }
      }
    }
    return views;
  }

  /** The record of {@code key} parked at {@code partition@offset} of {@code topic}, if a topology here holds it. */
  public java.util.Optional<ParkedView> find(String topic, String key, int partition, long offset) {
    return parked(topic, key, Integer.MAX_VALUE).stream()
        .filter(parked -> parked.partition() == partition && parked.offset() == offset).findFirst();
  }

  /** The original bytes of the record of {@code key} parked at {@code partition@offset} of {@code topic}, if held here. */
  public java.util.Optional<byte[]> bytes(String topic, String key, int partition, long offset) {
    for (Topic source : selected(topic)) {
      ParkedRecords parked = key == null ? null : store(source).get(key);
      if (parked != null) {
        for (ParkedRecords.Entry entry : parked.entries()) {
          if (entry.partition() == partition && entry.offset() == offset) {
            return java.util.Optional.ofNullable(entry.value());
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** How many records this instance's topologies hold parked. */
  public long count() {
    long count = 0;
    for (Topic source : topics) {
      try (KeyValueIterator<String, ParkedRecords> all = store(source).all()) {
        while (all.hasNext()) {
          count += all.next().value.entries().size();
        }
      }
    }
    return count;
  }

  /** {@link #count()}, or null while the topologies are not running. */
  public Long countIfRunning() {
    try {
      return count();
    } catch (InvalidStateStoreException notRunning) {
      return null;
    }
  }

  /** {@link #count()}, or NaN while the topologies are not running (for a gauge). */
  public double countOrNaN() {
    Long count = countIfRunning();
    return count == null ? Double.NaN : count;
  }

  @Override
  public void close() {
    producer.close();
  }

  /** Asks the topologies to re-publish; returns the topics asked. */
  public List<String> requestRepublish(String topic, String key) {
    List<String> asked = new ArrayList<>();
    for (Topic source : selected(topic)) {
      if (key != null) {
        send(new ProducerRecord<>(Topics.PROJECTION_RETRIES.name(), key, ParkingRequest.republish(source.name()).value()));
      } else {
        for (PartitionInfo partition : producer.partitionsFor(Topics.PROJECTION_RETRIES.name())) {
          send(new ProducerRecord<>(Topics.PROJECTION_RETRIES.name(), partition.partition(), null,
              ParkingRequest.republish(source.name()).value()));
        }
      }
      asked.add(source.name());
    }
    return asked;
  }

  /**
   * Asks the topology reading {@code topic} to drop the parked record of {@code key} at
   * {@code partition@offset} and re-publish the rest; false when no topology reads {@code topic}.
   */
  public boolean requestDiscard(String topic, String key, int partition, long offset) {
    if (selected(topic).isEmpty()) {
      return false;
    }
    send(new ProducerRecord<>(Topics.PROJECTION_RETRIES.name(), key, ParkingRequest.discard(topic, partition, offset).value()));
    return true;
  }

  private List<Topic> selected(String topic) {
    return topics.stream().filter(t -> topic == null || t.name().equals(topic)).toList();
  }

  private ReadOnlyKeyValueStore<String, ParkedRecords> store(Topic source) {
    KafkaStreams kafkaStreams = streams.streams();
    return kafkaStreams.store(StoreQueryParameters.fromNameAndType(EventStreams.parkingStore(source),
        QueryableStoreTypes.<String, ParkedRecords>keyValueStore()));
  }

  private static void add(List<ParkedView> views, Topic source, String key, ParkedRecords parked, int limit) {
    if (parked == null) {
      return;
    }
    for (ParkedRecords.Entry entry : parked.entries()) {
      if (views.size() >= limit) {
        return;
      }
      views.add(new ParkedView(source.name(), entry.partition(), entry.offset(), key, entry.reason()));
    }
  }

  private void send(ProducerRecord<String, String> request) {
    try {
      producer.send(request).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while requesting a re-publish", e);
    } catch (ExecutionException e) {
      throw new KafkaException("could not request a re-publish", e.getCause());
    }
  }
}
