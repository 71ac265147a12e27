package io.eventdesign.platform.kafka;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.gateway.CommandOwners;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.platform.streams.StreamsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/** Kafka building blocks the services wire as beans: topic declarations and the command gateway's template. */
public final class KafkaSetup {

  private KafkaSetup() {}

  /**
   * The settings of a consumer that only reads: no group (it assigns its partitions itself), nothing
   * committed, committed records only ({@code read_committed}).
   */
  public static Map<String, Object> readerSettings(Map<String, Object> clientConfig) {
    Map<String, Object> settings = new HashMap<>(clientConfig);
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return settings;
  }

  /** Topics to create at start-up (existing ones are left as they are). */
  public static KafkaAdmin.NewTopics topics(PlatformProperties properties, List<Topic> topics) {
    return new KafkaAdmin.NewTopics(
        topics.stream().map(topic -> newTopic(topic, properties)).toArray(NewTopic[]::new));
  }

  private static NewTopic newTopic(Topic topic, PlatformProperties properties) {
    return TopicBuilder.name(topic.name())
        .partitions(properties.topicPartitions())
        .replicas(properties.topicReplicationFactor())
        .configs(topic.configs())
        .build();
  }

  /**
   * A request/reply template for commands: an idempotent producer, and a reply consumer in a group
   * of its own (every gateway instance sees every reply and keeps those it is waiting for).
   */
  public static ReplyingKafkaTemplate<String, byte[], byte[]> replyingTemplate(
      KafkaProperties kafka, Topic replies, String serviceName, Duration timeout) {
    Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
    producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-replies-" + UUID.randomUUID());
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // The broker answers a fetch as soon as a reply is committed; this wait bounds only empty fetches, so a
    // short one buys no latency and costs an idle gateway a hundred empty fetch requests a second at 10 ms.
    consumer.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
    var producerFactory = new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new ByteArraySerializer());
    var consumerFactory = new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
    ContainerProperties containerProperties = new ContainerProperties(replies.name());
    containerProperties.setPollTimeout(100);
    var container = new ConcurrentMessageListenerContainer<>(consumerFactory, containerProperties);
    ReplyingKafkaTemplate<String, byte[], byte[]> template =
        new ReplyingKafkaTemplate<>(producerFactory, container);
    template.setSharedReplyTopic(true);
    template.setDefaultReplyTimeout(timeout);
    return template;
  }

  /**
   * The service's Kafka Streams application: topics are created first (so the topology never
   * starts on missing topics), then the project's streams defaults apply under Spring Boot's settings.
   */
  public static KafkaStreamsRunner streams(KafkaProperties kafka, KafkaAdmin admin, String defaultApplicationId,
      Topology topology) {
    admin.initialize();
    Map<String, Object> settings = StreamsSettings.from(kafka);
    settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, defaultApplicationId);
    return new KafkaStreamsRunner(topology, settings);
  }

  /**
   * Keeps the service from accepting commands before replies can arrive and the processor runs, and
   * creates the gateway's producer meanwhile (its metadata and producer id: seconds on a busy machine,
   * which the first commands after a start or restart would otherwise wait for).
   */
  public static ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> replies,
      KafkaStreamsRunner streams, Topic repliesTopic) {
    return args -> {
      replies.partitionsFor(repliesTopic.name());
      if (!replies.waitForAssignment(Duration.ofSeconds(60))) {
        throw new IllegalStateException("reply topic " + repliesTopic.name() + " was not assigned in time");
      }
      if (!streams.awaitRunning(Duration.ofSeconds(60))) {
        throw new IllegalStateException("Kafka Streams did not reach RUNNING in time");
      }
    };
  }

  /**
   * A listener container factory for consumers of our topics: String keys, byte[] values,
   * read_committed, offsets committed by the container after the listener returns, and a failure
   * retried with back-off (up to 10 s apart) forever, never skipped.
   *
   * @param batch whether the listener takes whole polled batches
   */
  public static ConcurrentKafkaListenerContainerFactory<String, byte[]> listenerFactory(KafkaProperties kafka, boolean batch) {
    Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
    consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()));
    factory.setBatchListener(batch);
    factory.getContainerProperties().setAckMode(batch ? ContainerProperties.AckMode.BATCH : ContainerProperties.AckMode.RECORD);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(10_000);
    DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
    errors.setClassifications(Map.of(), true);
    factory.setCommonErrorHandler(errors);
    return factory;
  }

  /** The gateway, refusing at once a command whose partition's owner is down ({@link CommandOwners}). */
  public static CommandGateway gateway(ReplyingKafkaTemplate<String, byte[], byte[]> template, PlatformProperties properties,
      MeterRegistry meters, KafkaStreamsRunner streams) {
    Map<String, Integer> partitions = new java.util.concurrent.ConcurrentHashMap<>();
    CommandOwners owners = new CommandOwners(streams, streams.applicationServer(),
        topic -> partitions.computeIfAbsent(topic, name -> template.partitionsFor(name).size()), streams.sessionTimeout());
    return new CommandGateway(template, properties.commandTimeout(), meters, owners);
  }
}
