package io.eventdesign.projection.streams;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns a keyless re-publish request (everything parked on this partition) into one keyed request per
 * parked aggregate, sent back through {@code projection.retries}: {@link Parking} keeps its input's
 * key, so that the topology downstream needs no repartitioning.
 */
final class ParkedKeys implements Processor<String, ParkingRequest, String, String> {

  private final String storeName;
  private ProcessorContext<String, String> context;
  private KeyValueStore<String, ParkedRecords> parked;

  ParkedKeys(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.parked = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, ParkingRequest> request) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, ParkedRecords> all = parked.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    String perKey = ParkingRequest.republish(request.value().topic()).value();
    keys.forEach(key -> context.forward(new Record<>(key, perKey, request.timestamp())));
  }
}
