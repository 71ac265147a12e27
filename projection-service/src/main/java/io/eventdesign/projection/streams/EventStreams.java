package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** The decoded events of an event topic, with undecodable records parked as dead letters. */
public final class EventStreams {

  private EventStreams() {}

  /** @param name prefix of the processor names, e.g. {@code users-events} */
  public static KStream<String, SpecificRecord> decoded(StreamsBuilder builder, Topic topic, RecordCodec codec, String name) {
    KStream<String, byte[]> raw = builder.stream(topic.name(),
        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-source"));
    DeadLetters.routeUndecodable(raw, codec, name);
    return raw
        .mapValues(codec::decode, Named.as(name + "-decode"))
        .filter((key, decoded) -> decoded instanceof DecodeResult.Decoded, Named.as(name + "-decodable"))
        .mapValues(decoded -> ((DecodeResult.Decoded) decoded).record(), Named.as(name + "-records"));
  }
}
