package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.RecordCodec;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

/**
 * What every state branch of the topology builds on.
 *
 * @param republishRequests the parking requests of {@code projection.retries}, shared by every branch
 *     (see {@link EventStreams#decoded})
 * @param activity where the branches note the last record they took and the last one they parked
 */
public record BranchInputs(RecordCodec codec, KStream<String, String> republishRequests, ConsumerActivity activity) {

  /** The inputs of a topology of its own (one branch alone, as tests build it). */
  public static BranchInputs standalone(StreamsBuilder builder, RecordCodec codec) {
    return new BranchInputs(codec, EventStreams.republishRequests(builder), new ConsumerActivity(java.time.Clock.systemUTC()));
  }
}
