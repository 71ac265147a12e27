package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One aggregate type's events folded into its public state: {@code events} -> the state per aggregate
 * id (store {@code <name>-state-store}) -> {@code state} (compacted). Records that cannot be decoded are
 * parked with the later events of their aggregate (see {@link EventStreams#decoded}). The processors
 * and the store are named after {@code name}, so the topology (and its internal topics) stays the same
 * as long as the name does.
 *
 * @param name e.g. {@code users}
 * @param reducer the read model's pure reducer: the state so far (null before the first event) and an
 *     event give the next state (null while there is none)
 */
public record StateFold<S extends SpecificRecord>(String name, Topic events, Topic state,
    BiFunction<S, SpecificRecord, S> reducer) {

  public StateFold {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reducer, "reducer");
  }

  /** The store holding each aggregate's current state. */
  public String store() {
    return name + "-state-store";
  }

  /** This fold alone, as a topology (for tests). */
  public Topology topology(RecordCodec codec) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, BranchInputs.standalone(builder, codec));
    return builder.build();
  }

  /** Adds this fold to the application's builder: a read model's {@code StateBranch}. */
  public void addTo(StreamsBuilder builder, BranchInputs inputs) {
    RecordCodec codec = inputs.codec();
    EventStreams.decoded(builder, events, inputs, name + "-events")
        .groupByKey(Grouped.with(name + "-events-by-id", Serdes.String(), new ContractSerde<SpecificRecord>(codec)))
        .aggregate(() -> null, (id, event, current) -> reducer.apply(current, event),
            Named.as(name + "-state-aggregate"),
            Materialized.<String, S, KeyValueStore<Bytes, byte[]>>as(store())
                .withKeySerde(Serdes.String()).withValueSerde(new ContractSerde<>(codec)))
        .toStream(Named.as(name + "-state-changes"))
        .filter((id, current) -> current != null, Named.as(name + "-state-existing"))
        .to(state.name(), Produced.with(Serdes.String(), new ContractSerde<S>(codec)).withName(name + "-state-sink"));
  }
}
