package io.eventdesign.request.feed;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.platform.command.EventMapper;
import io.eventdesign.platform.input.ContractPayload;
import org.apache.avro.specific.SpecificRecord;

/** A recorded feed event to its contract record, built from its payload by the type's schema. */
final class FeedEventMapper implements EventMapper<FeedEvent, Feed> {

  @Override
  public SpecificRecord toRecord(FeedEvent event, Feed state, Envelope envelope) {
    return switch (event) {
      case FeedEvent.Recorded recorded -> {
        ContractType type = FeedTypes.CONTRACT.of(recorded.eventType())
            .orElseThrow(() -> new IllegalStateException("the decider accepted an unknown type " + recorded.eventType()));
        ContractPayload.Read read = ContractPayload.read(type, recorded.payload(), "payload");
        if (!read.valid()) {
          throw new IllegalStateException("the decider accepted an invalid payload: " + read.errors());
        }
        yield ContractPayload.toRecord(type, read.payload(), envelope);
      }
    };
  }
}
