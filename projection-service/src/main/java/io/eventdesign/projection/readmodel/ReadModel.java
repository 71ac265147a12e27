package io.eventdesign.projection.readmodel;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.projection.sink.TableWriter;
import io.eventdesign.projection.streams.BranchInputs;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one read model declares about itself, as a bean. From these beans the kernel wires the rest
 * ({@link ReadModelsConfiguration}): the topics created at start-up, the read model's branch of the one
 * exactly-once Kafka Streams application, its tables in the PostgreSQL sink, and (through
 * {@link ReadModels#tables()}) in online rebuilds. The state branches join the topology in the beans'
 * order: a read model with a branch gives its bean an {@code @Order}, since that order numbers the
 * sub-topologies, hence the task ids (reordering costs a restore of the moved tasks' stores, no more).
 *
 * @param name what the read model is called in logs and docs, e.g. {@code users}
 * @param topics every topic it reads or writes (created at start-up when missing)
 * @param state its branch of the state topology, or {@link StateBranch#NONE}
 * @param tables the PostgreSQL tables it writes from its topics
 */
public record ReadModel(String name, List<Topic> topics, StateBranch state, List<Table> tables) {

  /** Adds a read model's state topology (event topics folded into a compacted state topic) to the application's builder. */
  @FunctionalInterface
  public interface StateBranch {

    /** A read model without a state topology: it only writes tables. */
    StateBranch NONE = (builder, inputs) -> {};

    void addTo(StreamsBuilder builder, BranchInputs inputs);
  }

  /**
   * A table the sink keeps current and a rebuild can rebuild online.
   *
   * @param writer its writer on the given connections (the sink's, or the table owner's for a rebuild)
   * @param sources the topics it is projected from
   */
  public record Table(Function<JdbcTemplate, TableWriter> writer, List<Topic> sources) {

    public Table {
      Objects.requireNonNull(writer, "writer");
      sources = List.copyOf(sources);
    }
  }

  public ReadModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    topics = List.copyOf(topics);
    tables = List.copyOf(tables);
    for (Table table : tables) {
      if (!topics.containsAll(table.sources())) {
        throw new IllegalArgumentException("read model " + name + ": a table's sources must be among its topics");
      }
    }
  }

  /** The event topics its state branch decodes, whose undecodable records that branch parks. */
  List<Topic> decodedTopics() {
    return state == StateBranch.NONE ? List.of()
        : topics.stream().filter(topic -> topic.kind() == Topic.Kind.EVENTS).toList();
  }
}
