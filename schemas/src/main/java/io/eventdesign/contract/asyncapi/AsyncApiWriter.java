package io.eventdesign.contract.asyncapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.EventHeaders;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the AsyncAPI 3.0 document of every public topic from the topic catalogue and the current
 * schemas. {@code docs/asyncapi.json} is this output; a test fails the build when they differ.
 * Regenerate with {@code ./mvnw -pl schemas compile exec:exec@asyncapi}.
 */
public final class AsyncApiWriter {

  static final String AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";
  static final String CONTENT_TYPE = "application/vnd.apache.avro.single-object";

  private AsyncApiWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: AsyncApiWriter <output.json>");
    }
    Files.writeString(Path.of(args[0]), render());
  }

  public static String render() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("asyncapi", "3.0.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "eventdesign public topics");
    info.put("version", "1");
    info.put("description", "Domain events and current-state topics other teams may consume. Values are Avro "
        + "single-object encoded (C3 01, 8-byte little-endian CRC-64-AVRO fingerprint, body); the schema manifest "
        + "maps fingerprints to schemas. Keys are aggregate ids (UTF-8). Read with isolation.level=read_committed.");
    root.put("defaultContentType", CONTENT_TYPE);
    ObjectNode local = root.putObject("servers").putObject("local");
    local.put("host", "localhost:9092");
    local.put("protocol", "kafka");
    local.put("description", "The broker started by ./run-local");
    ObjectNode channels = root.putObject("channels");
    ObjectNode operations = root.putObject("operations");
    ObjectNode messages = root.putObject("components").putObject("messages");
    for (Topic topic : publicTopics()) {
      ObjectNode channel = channels.putObject(topic.name());
      channel.put("address", topic.name());
      channel.put("description", describe(topic));
      ObjectNode channelMessages = channel.putObject("messages");
      ObjectNode operation = operations.putObject("consume-" + topic.name().replace('.', '-'));
      operation.put("action", "receive");
      operation.putObject("channel").put("$ref", "#/channels/" + topic.name());
      ArrayNode operationMessages = operation.putArray("messages");
      for (ContractType type : typesOf(topic)) {
        channelMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name());
        operationMessages.addObject().put("$ref", "#/channels/" + topic.name() + "/messages/" + type.name());
        messages.set(type.name(), message(json, type, topic));
      }
      ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
      kafka.put("topic", topic.name());
      ObjectNode config = kafka.putObject("topicConfiguration");
      config.putArray("cleanup.policy").add(topic.compacted() ? "compact" : "delete");
      if (!topic.compacted()) {
        config.put("retention.ms", topic.retention().toMillis());
      }
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  static List<Topic> publicTopics() {
    return Topics.all().stream().filter(t -> t.visibility() == Topic.Visibility.PUBLIC).toList();
  }

  static List<ContractType> typesOf(Topic topic) {
    ContractType.Kind kind = topic.kind() == Topic.Kind.EVENTS ? ContractType.Kind.EVENT : ContractType.Kind.STATE;
    return ContractCatalog.instance().all().stream()
        .filter(t -> t.kind() == kind && t.aggregateType().equals(topic.aggregateType())).toList();
  }

  private static String describe(Topic topic) {
    return topic.kind() == Topic.Kind.EVENTS
        ? "Every " + topic.aggregateType() + " event, in order per " + topic.aggregateType() + ", kept forever."
        : "Current state of every " + topic.aggregateType() + " (compacted: the latest record per key).";
  }

  private static ObjectNode message(ObjectMapper json, ContractType type, Topic topic) throws IOException {
    ObjectNode message = json.createObjectNode();
    message.put("name", type.name());
    message.put("title", type.schema().getName());
    message.put("summary", type.description());
    message.put("contentType", CONTENT_TYPE);
    message.putObject("x-fingerprint").put("crc64-avro-le-hex", Fingerprints.toWireHex(type.fingerprint()));
    if (topic.kind() == Topic.Kind.EVENTS) {
      ObjectNode headers = message.putObject("headers");
      headers.put("type", "object");
      ObjectNode properties = headers.putObject("properties");
      header(properties, EventHeaders.EVENT_TYPE, "The event type, e.g. " + type.name());
      header(properties, EventHeaders.EVENT_ID, "The event id (as in the envelope)");
      header(properties, EventHeaders.AGGREGATE_TYPE, "The aggregate type, e.g. " + type.aggregateType());
      header(properties, EventHeaders.CORRELATION_ID, "The correlation id (as in the envelope)");
    }
    ObjectNode payload = message.putObject("payload");
    payload.put("schemaFormat", AVRO_FORMAT);
    payload.set("schema", json.readTree(type.schema().toString()));
    ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
    key.put("type", "string");
    key.put("description", "The " + type.aggregateType() + " id");
    return message;
  }

  private static void header(ObjectNode properties, String name, String description) {
    ObjectNode header = properties.putObject(name);
    header.put("type", "string");
    header.put("description", description + " (UTF-8)");
  }
}
