package io.eventdesign.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventdesign.contract.asyncapi.AsyncApiWriter;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.json documents exactly the public topics and current schemas. */
class AsyncApiDocumentTest {

  private static final Path DOCUMENT = Path.of("../docs/asyncapi.json");

  @Test
  void theCommittedDocumentMatchesTheCatalogueAndSchemas() throws Exception {
    assertThat(Files.readString(DOCUMENT))
        .as("docs/asyncapi.json is stale; regenerate with ./mvnw -pl schemas compile exec:exec@asyncapi")
        .isEqualTo(AsyncApiWriter.render());
  }

  @Test
  void everyPublicTopicAndEveryContractTypeIsDocumented() throws Exception {
    JsonNode document = new ObjectMapper().readTree(DOCUMENT.toFile());

    for (Topic topic : Topics.all()) {
      assertThat(document.get("channels").has(topic.name())).as(topic.name())
          .isEqualTo(topic.visibility() == Topic.Visibility.PUBLIC);
    }
    for (ContractType type : ContractCatalog.instance().all()) {
      JsonNode message = document.get("components").get("messages").get(type.name());
      assertThat(message).as(type.name()).isNotNull();
      assertThat(message.get("payload").get("schema").get("name").asText()).isEqualTo(type.schema().getName());
    }
    assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
  }
}
