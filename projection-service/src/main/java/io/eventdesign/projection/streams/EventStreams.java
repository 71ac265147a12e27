package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The decoded events of an event topic, per aggregate in order: records that cannot be decoded, and
 * the later records of their aggregate, are parked as dead letters until re-published (see
 * {@link Parking}); requests to re-publish (or discard) arrive on {@code projection.retries}.
 */
public final class EventStreams {

  private EventStreams() {}

  /** The re-publish requests of {@code projection.retries}, to be shared by every {@link #decoded} stream of a builder. */
  public static KStream<String, String> republishRequests(StreamsBuilder builder) {
    return builder.stream(Topics.PROJECTION_RETRIES.name(),
        Consumed.with(Serdes.String(), Serdes.String()).withName("projection-retries-source"));
  }

  /** The name of the store holding the records parked from {@code topic}, e.g. {@code users-events-parked}. */
  public static String parkingStore(Topic topic) {
    return topic.name().replace('.', '-') + "-parked";
  }

  /** @param name prefix of the processor names, e.g. {@code users-events} */
  public static KStream<String, SpecificRecord> decoded(StreamsBuilder builder, Topic topic, BranchInputs inputs,
      String name) {
    RecordCodec codec = inputs.codec();
    KStream<String, String> republishRequests = inputs.republishRequests();
    String store = parkingStore(topic);
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(),
        ParkedRecords.serde()));
    KStream<String, Parking.Input> arrivals = builder.stream(topic.name(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-source"))
        .mapValues(value -> (Parking.Input) new Parking.Arrived(value), Named.as(name + "-arrivals"));
    KStream<String, ParkingRequest> requests = republishRequests
        .mapValues(ParkingRequest::parse, Named.as(name + "-parking-request"))
        .filter((key, request) -> request != null && topic.name().equals(request.topic()),
            Named.as(name + "-parking-requests"));
    requests.filter((key, request) -> key == null, Named.as(name + "-requests-for-every-key"))
        .process(() -> new ParkedKeys(store), Named.as(name + "-parked-keys"), store)
        .to(Topics.PROJECTION_RETRIES.name(),
            Produced.with(Serdes.String(), Serdes.String()).withName(name + "-requests-per-key"));
    KStream<String, Parking.Input> keyedRequests = requests
        .filter((key, request) -> key != null, Named.as(name + "-requests-for-a-key"))
        .mapValues(request -> (Parking.Input) new Parking.Requested(request.discard()), Named.as(name + "-requested"));
    KStream<String, Parking.Output> routed = arrivals.merge(keyedRequests, Named.as(name + "-with-republish-requests"))
        .processValues(() -> new Parking(topic.name(), codec, store, inputs.activity()), Named.as(name + "-parking"), store);
    routed.filter((key, out) -> out instanceof Parking.DeadLetter, Named.as(name + "-dead-letters"))
        .mapValues(out -> ((Parking.DeadLetter) out).value(), Named.as(name + "-dead-letter-bytes"))
        .to(Topics.PROJECTION_DEAD_LETTERS.name(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letter-sink"));
    return routed.filter((key, out) -> out instanceof Parking.Decoded, Named.as(name + "-decodable"))
        .mapValues(out -> ((Parking.Decoded) out).event(), Named.as(name + "-records"));
  }
}
