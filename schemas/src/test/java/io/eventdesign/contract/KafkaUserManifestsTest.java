package io.eventdesign.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.topic.KafkaPrincipal;
import io.eventdesign.contract.topic.KafkaUserManifests;
import io.eventdesign.contract.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** deploy/k8s/kafka-users.yaml is the rendering of every service's Kafka needs. */
class KafkaUserManifestsTest {

  private static final Path MANIFESTS = Path.of("../deploy/k8s/kafka-users.yaml");

  @Test
  void theCommittedManifestsMatchTheServicesNeeds() throws Exception {
    assertThat(Files.readString(MANIFESTS))
        .as("deploy/k8s/kafka-users.yaml is stale; regenerate with ./mvnw -pl schemas compile exec:exec@kafka-users")
        .isEqualTo(KafkaUserManifests.render());
  }

  /** Each topic has one writer of its events, and only projection-service writes the state topics. */
  @Test
  void everyTopicIsWrittenOnlyByTheServiceThatOwnsIt() {
    assertThat(KafkaPrincipal.all().stream().filter(p -> p.writes().contains(Topics.USERS_EVENTS)))
        .singleElement().extracting(KafkaPrincipal::name).isEqualTo("user-service");
    assertThat(KafkaPrincipal.all().stream().filter(p -> p.writes().contains(Topics.REQUESTS_EVENTS)))
        .singleElement().extracting(KafkaPrincipal::name).isEqualTo("request-service");
    assertThat(KafkaPrincipal.all().stream().filter(p -> p.writes().contains(Topics.PAYMENTS_EVENTS)))
        .singleElement().extracting(KafkaPrincipal::name).isEqualTo("payment-service");
    assertThat(KafkaPrincipal.all().stream().filter(p -> p.writes().contains(Topics.REQUESTS_STATE)))
        .singleElement().extracting(KafkaPrincipal::name).isEqualTo("projection-service");
    KafkaPrincipal.all().forEach(principal -> assertThat(principal.acls()).as(principal.name())
        .noneMatch(acl -> acl.operations().contains("All") || acl.name() != null && acl.name().equals("*")));
  }
}
