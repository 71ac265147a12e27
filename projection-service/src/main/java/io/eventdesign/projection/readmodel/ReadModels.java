package io.eventdesign.projection.readmodel;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.projection.sink.TableWriter;
import io.eventdesign.projection.streams.BranchInputs;
import io.eventdesign.projection.streams.ConsumerActivity;
import io.eventdesign.projection.streams.EventStreams;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read model of projection-service, and what follows from them together. */
public final class ReadModels {

  private final List<ReadModel> models;

  public ReadModels(List<ReadModel> models) {
    this.models = List.copyOf(models);
  }

  /** The topics the read models read or write. */
  public List<Topic> topics() {
    return distinct(models.stream().flatMap(model -> model.topics().stream()).toList());
  }

  /** Every state branch in one topology: one Kafka Streams application serves them all. */
  public Topology topology(RecordCodec codec, ConsumerActivity activity) {
    StreamsBuilder builder = new StreamsBuilder();
    BranchInputs inputs = new BranchInputs(codec, EventStreams.republishRequests(builder), activity);
    models.forEach(model -> model.state().addTo(builder, inputs));
    return builder.build();
  }

  /** The event topics whose undecodable records the state topology parks. */
  public List<Topic> parkedTopics() {
    return distinct(models.stream().flatMap(model -> model.decodedTopics().stream()).toList());
  }

  /** Every table, in the order the read models declare them. */
  public List<ReadModel.Table> tables() {
    return models.stream().flatMap(model -> model.tables().stream()).toList();
  }

  /** The writers of every table on the given connections. */
  public List<TableWriter> writers(JdbcTemplate jdbc) {
    Function<ReadModel.Table, TableWriter> onConnections = table -> table.writer().apply(jdbc);
    return tables().stream().map(onConnections).toList();
  }

  /** The names of the topics the PostgreSQL sink reads: every table's sources. */
  public List<String> sinkTopics() {
    return distinct(tables().stream().flatMap(table -> table.sources().stream()).toList()).stream()
        .map(Topic::name).toList();
  }

  private static <T> List<T> distinct(Collection<T> items) {
    return List.copyOf(new LinkedHashSet<>(items));
  }
}
