package io.eventdesign.projection.user;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.streams.ContractSerde;
import io.eventdesign.projection.streams.EventStreams;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;

/**
 * {@code users.events} -> current state per user (store {@value #STORE}) -> {@code users.state}
 * (compacted). Records that cannot be decoded are parked, with the later events of their user (see {@link EventStreams}).
 */
public final class UserStateTopology {

  public static final String STORE = "users-state-store";

  private UserStateTopology() {}

  public static Topology build(RecordCodec codec) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, codec, EventStreams.republishRequests(builder));
    return builder.build();
  }

  public static void addTo(StreamsBuilder builder, RecordCodec codec, KStream<String, String> republishRequests) {
    EventStreams.decoded(builder, Topics.USERS_EVENTS, codec, "users-events", republishRequests)
        .groupByKey(Grouped.with("users-events-by-id", Serdes.String(), new ContractSerde<SpecificRecord>(codec)))
        .aggregate(() -> null, (id, event, state) -> UserStateReducer.apply(state, event),
            Named.as("users-state-aggregate"),
            Materialized.<String, UserState, KeyValueStore<Bytes, byte[]>>as(STORE)
                .withKeySerde(Serdes.String()).withValueSerde(new ContractSerde<>(codec)))
        .toStream(Named.as("users-state-changes"))
        .filter((id, state) -> state != null, Named.as("users-state-existing"))
        .to(Topics.USERS_STATE.name(), Produced.with(Serdes.String(), new ContractSerde<UserState>(codec))
            .withName("users-state-sink"));
  }
}
