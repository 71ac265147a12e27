package io.eventdesign.contract.topic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a Strimzi {@code KafkaUser} for every service of {@link KafkaPrincipal#all()}: SCRAM-SHA-512
 * credentials (the User Operator writes them to a Secret of the same name) and exactly the service's ACLs.
 * {@code deploy/k8s/kafka-users.yaml} is this output; a test fails the build when they differ. Regenerate
 * with {@code ./mvnw -pl schemas compile exec:exec@kafka-users}.
 */
public final class KafkaUserManifests {

  private KafkaUserManifests() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: KafkaUserManifests <output.yaml>");
    }
    Files.writeString(Path.of(args[0]), render());
  }

  public static String render() {
    StringBuilder yaml = new StringBuilder("""
        # Generated from the services' Kafka needs (schemas: io.eventdesign.contract.topic.KafkaPrincipal) by
        # KafkaUserManifests; do not edit. Regenerate with ./mvnw -pl schemas compile exec:exec@kafka-users
        # One Strimzi KafkaUser per service for the cluster "%s" (kafka-cluster.yaml: SCRAM-SHA-512 over TLS,
        # simple authorization). The User Operator keeps each one's password and sasl.jaas.config in a Secret
        # named after the user, which services.yaml hands to the service.
        """.formatted(KafkaTopicManifests.CLUSTER));
    for (KafkaPrincipal principal : KafkaPrincipal.all()) {
      yaml.append("""
          ---
          apiVersion: %s
          kind: KafkaUser
          metadata:
            name: %s
            labels:
              strimzi.io/cluster: %s
          spec:
            authentication:
              type: scram-sha-512
            authorization:
              type: simple
              acls:
          """.formatted(KafkaTopicManifests.API_VERSION, principal.name(), KafkaTopicManifests.CLUSTER));
      for (KafkaPrincipal.Acl acl : principal.acls()) {
        yaml.append("      - resource: { type: ").append(acl.resourceType());
        if (acl.name() != null) {
          yaml.append(", name: ").append(acl.name()).append(", patternType: ").append(acl.prefix() ? "prefix" : "literal");
        }
        yaml.append(" }\n        operations: [").append(String.join(", ", acl.operations())).append("]\n");
      }
    }
    return yaml.toString();
  }
}
