package io.eventdesign.platform.command;

import io.eventdesign.contract.envelope.Envelope;
import org.apache.avro.specific.SpecificRecord;

/** Turns a domain event into its public contract record around a stamped envelope. */
@FunctionalInterface
public interface EventMapper<E, S> {

  /**
   * The contract record for {@code event}. {@code state} is the aggregate's state after the event,
   * for contract fields the domain event does not repeat. The envelope's event type is filled in
   * afterwards from the contract catalogue, so implementations only build the record.
   */
  SpecificRecord toRecord(E event, S state, Envelope envelope);
}
