package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** One {@link StateFold}'s topology under {@link TopologyTestDriver}, with the contract's codec. */
public final class FoldDriver<S extends SpecificRecord> implements AutoCloseable {

  private final SingleObjectCodec codec = new SingleObjectCodec();
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> events;
  private final TestOutputTopic<String, byte[]> states;
  private final String aggregateType;

  public FoldDriver(StateFold<S> fold) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, fold.name() + "-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(fold.topology(codec), props);
    events = driver.createInputTopic(fold.events().name(), new StringSerializer(), new ByteArraySerializer());
    states = driver.createOutputTopic(fold.state().name(), new StringDeserializer(), new ByteArrayDeserializer());
    aggregateType = fold.events().aggregateType();
  }

  /** The envelope of the {@code version}th event of aggregate {@code id}, {@code version} seconds into 2026. */
  public Envelope envelope(String eventType, String id, long version) {
    return Envelope.newBuilder().setEventId(id + "-" + version).setEventType(eventType).setAggregateType(aggregateType)
        .setAggregateId(id).setAggregateVersion(version).setOccurredAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(version))
        .setActor("system").setCorrelationId("c").setCausationId("cmd").setAttributes(Map.of()).build();
  }

  /** Publishes {@code event} keyed by its aggregate id. */
  public void pipe(SpecificRecord event) {
    events.pipeInput(((Envelope) event.get(0)).getAggregateId(), codec.encode(event));
  }

  /** Every state published since the last call, decoded, in order. */
  @SuppressWarnings("unchecked")
  public List<S> states() {
    return states.readValuesToList().stream()
        .map(bytes -> (S) ((DecodeResult.Decoded) codec.decode(bytes)).record()).toList();
  }

  /** The last state published per key since the last call. */
  public Map<String, S> latest() {
    Map<String, S> latest = new LinkedHashMap<>();
    states().forEach(state -> latest.put(state.get(0).toString(), state));
    return latest;
  }

  @Override
  public void close() {
    driver.close();
  }
}
