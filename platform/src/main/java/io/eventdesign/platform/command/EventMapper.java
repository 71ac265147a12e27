package io.eventdesign.platform.command;

import io.eventdesign.contract.envelope.Envelope;
import org.apache.avro.specific.SpecificRecord;

/** Turns a domain event into its public contract record around a stamped envelope. */
@FunctionalInterface
public interface EventMapper<E> {

  /**
   * The contract record for {@code event}. The envelope's event type is filled in afterwards from
   * the contract catalogue, so implementations only build the record.
   */
  SpecificRecord toRecord(E event, Envelope envelope);
}
