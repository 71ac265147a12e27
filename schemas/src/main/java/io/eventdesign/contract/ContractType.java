package io.eventdesign.contract;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;

/**
 * One record type of the public contract: an event type such as {@code user.registered} or a
 * state type such as {@code user.state}, with its current schema and generated class.
 */
public record ContractType(
    String name,
    Kind kind,
    String aggregateType,
    String description,
    Schema schema,
    Class<? extends SpecificRecord> javaClass) {

  /** What a record of this type is. */
  public enum Kind {
    /** An immutable domain event on a {@code <aggregate>.events} topic. */
    EVENT,
    /** The current state of an aggregate on a compacted {@code <aggregate>.state} topic. */
    STATE
  }

  public ContractType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(javaClass, "javaClass");
    description = description == null ? "" : description;
  }

  /** CRC-64-AVRO fingerprint of the schema's parsing canonical form, as single-object encoding uses it. */
  public long fingerprint() {
    return SchemaNormalization.parsingFingerprint64(schema);
  }
}
