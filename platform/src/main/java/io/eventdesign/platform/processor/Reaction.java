package io.eventdesign.platform.processor;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * A saga step: what commands an event of another aggregate causes. Pure; it runs inside the
 * reacting service's Kafka Streams application, so consuming the event and sending the commands
 * happen in one transaction.
 */
@FunctionalInterface
public interface Reaction<C> {

  /** A command for one aggregate. */
  record Caused<C>(String aggregateId, C command) {}

  /** The commands {@code event} causes; usually none or one. */
  List<Caused<C>> react(SpecificRecord event);
}
