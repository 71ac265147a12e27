package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every resource deploy/k8s applies is one the API server would accept: Strimzi's resources in an API
 * version its current release serves, and every object (custom or built-in) without unknown, missing or
 * mistyped fields. So an API removed upstream, or a field renamed, fails the build instead of a deployment.
 */
class KubernetesSchemasTest {

  private static final Path K8S = Path.of("../../deploy/k8s");
  private static final PublishedSchemas SCHEMAS = new PublishedSchemas();

  @Test
  void everyResourceTheKustomizationAppliesIsValidAgainstItsPublishedSchema() throws IOException {
    Map<String, Object> kustomization = load(K8S.resolve("kustomization.yaml")).getFirst();
    List<String> files = ((List<?>) kustomization.get("resources")).stream().map(Object::toString).toList();
    assertThat(files).as("kustomization resources").isNotEmpty();
    List<String> violations = new ArrayList<>();
    int resources = 0;
    for (String file : files) {
      for (Map<String, Object> resource : load(K8S.resolve(file))) {
        resources++;
        String name = file + ": " + resource.get("kind") + " " + ((Map<?, ?>) resource.get("metadata")).get("name");
        SCHEMAS.violations(resource).forEach(violation -> violations.add(name + ": " + violation));
      }
    }
    assertThat(violations).isEmpty();
    assertThat(resources).as("resources checked").isGreaterThan(30);
    assertThat(Files.list(K8S).map(f -> f.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml")))
        .as("every manifest is applied").allSatisfy(f -> assertThat(files).contains(f));
  }

  /** The check refuses what the API server would: each of these is one edit away from a valid resource. */
  @Test
  void resourcesTheApiServerWouldRefuseAreReported() {
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaTopic
        metadata: { name: t, labels: { strimzi.io/cluster: eventdesign } }
        spec: { partitions: 1, replicas: 1 }
        """))).singleElement().asString().contains("kafka.strimzi.io/v1beta2 is not served");
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: kafka.strimzi.io/v1
        kind: KafkaUser
        metadata: { name: u }
        spec:
          authentication: { type: scram-sha-256 }
        """))).singleElement().asString().contains("/spec/authentication/type");
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: kafka.strimzi.io/v1
        kind: KafkaUser
        metadata: { name: u }
        spec:
          authorization:
            type: simple
            acls: [{ resource: { type: topic, name: t }, operation: Read }]
        """))).as("v1beta2's single operation, gone in v1").isNotEmpty();
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: kafka.strimzi.io/v1
        kind: Kafka
        metadata: { name: k }
        spec:
          kafka:
            replicas: 3
            listeners: [{ name: tls, port: 9093, type: internal, tls: true }]
        """))).as("replicas moved to node pools").singleElement().asString().contains("replicas");
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: n }
        spec: { podSelector: {}, policyType: [Ingress] }
        """))).as("a misspelt field").singleElement().asString().contains("policyType");
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata: { name: d }
        spec: { selector: {}, template: {} }
        """))).as("a removed API version").isNotEmpty();
    assertThat(SCHEMAS.violations(yaml("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: d, labelz: {} }
        spec: { selector: {}, template: { spec: { containers: [{ name: c }] } } }
        """))).as("an unknown metadata field").singleElement().asString().contains("labelz");
  }

  private static Map<String, Object> yaml(String text) {
    return new Yaml().load(text);
  }

  private static List<Map<String, Object>> load(Path file) throws IOException {
    Iterable<Object> documents = new Yaml().loadAll(Files.readString(file));
    return StreamSupport.stream(documents.spliterator(), false).filter(d -> d != null).map(KubernetesSchemasTest::cast).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return new LinkedHashMap<>((Map<String, Object>) value);
  }
}
