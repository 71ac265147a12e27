package io.eventdesign.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.topic.KafkaTopicManifests;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** deploy/k8s/topics.yaml declares exactly the catalogue's topics, with the configs the services create them with. */
class KafkaTopicManifestsTest {

  private static final Path MANIFESTS = Path.of("../deploy/k8s/topics.yaml");

  @Test
  void theCommittedManifestsMatchTheCatalogue() throws Exception {
    assertThat(Files.readString(MANIFESTS))
        .as("deploy/k8s/topics.yaml is stale; regenerate with ./mvnw -pl schemas compile exec:exec@kafka-topics")
        .isEqualTo(KafkaTopicManifests.render());
  }

  @Test
  void everyTopicIsDeclaredOnceWithItsCleanupPolicyAndRetention() {
    String yaml = KafkaTopicManifests.render();
    assertThat(yaml.split("\nkind: KafkaTopic\n", -1)).hasSize(Topics.all().size() + 1);
    for (Topic topic : Topics.all()) {
      String resource = yaml.substring(yaml.indexOf("  topicName: " + topic.name() + "\n"));
      resource = resource.contains("---") ? resource.substring(0, resource.indexOf("---")) : resource;
      assertThat(resource).as(topic.name()).contains("cleanup.policy: \"" + (topic.compacted() ? "compact" : "delete") + "\"");
      if (!topic.compacted()) {
        assertThat(resource).as(topic.name()).contains("retention.ms: \"" + topic.retention().toMillis() + "\"");
      }
    }
  }
}
