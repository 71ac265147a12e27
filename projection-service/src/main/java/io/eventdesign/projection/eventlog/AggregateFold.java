package io.eventdesign.projection.eventlog;

import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;

/**
 * How a read model folds one aggregate type's events into its state, declared as a bean by the read model
 * whose live topology uses that reducer, so the event API's timelines show the state the system computes.
 *
 * @param aggregateType e.g. {@code user}
 * @param reducer the read model's pure reducer (null before the first event)
 */
public record AggregateFold<S extends SpecificRecord>(String aggregateType, BiFunction<S, SpecificRecord, S> reducer) {

  public AggregateFold {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(reducer, "reducer");
  }
}
