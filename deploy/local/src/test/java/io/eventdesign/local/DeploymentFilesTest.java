package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, Dockerfile and deploy/k8s cannot run on a machine without a container engine, so
 * they are checked against the code here: every service is there with the port it listens on, every
 * environment variable set for it names a property the service reads, and the image is built from
 * the jar the service's build makes.
 */
class DeploymentFilesTest {

  private static final Path ROOT = Path.of("../..");
  private static final List<String> SERVICES = List.of("user-service", "request-service", "payment-service",
      "projection-service");
  /** docker-compose also runs the authorization server (deployments on Kubernetes bring their OIDC provider). */
  private static final List<String> COMPOSED = java.util.stream.Stream.concat(SERVICES.stream(), java.util.stream.Stream.of("auth-server")).toList();

  @Test
  void composeRunsEveryServiceOnItsPortWithSettingsItReads() throws IOException {
    Map<String, Object> services = map(load(ROOT.resolve("docker-compose.yml")).getFirst(), "services");
    for (String service : COMPOSED) {
      Map<String, Object> container = map(services, service);
      int port = port(service);
      assertThat(container.get("ports")).as(service + ", on this machine only").isEqualTo(List.of("127.0.0.1:" + port + ":" + port));
      assertThat(map(map(container, "build"), "args")).as(service).containsEntry("SERVICE", service);
      Set<String> reads = relaxedProperties(service);
      assertThat(map(container, "environment").keySet()).as(service)
          .allSatisfy(variable -> assertThat(reads(reads, variable)).as(service + " reads " + variable).isTrue());
    }
  }

  /**
   * The variable names a property of the file, an element's field of a list property ({@code LIST_0_FIELD}),
   * or a property Spring Boot itself binds (its configuration metadata), or a key of one of its map properties.
   */
  private static boolean reads(Set<String> properties, String variable) {
    String relaxed = relaxed(variable);
    return properties.contains(relaxed) || properties.stream().anyMatch(list -> relaxed.matches(list + "[0-9]+[A-Z]+"))
        || BootProperties.NAMES.contains(relaxed)
        || BootProperties.MAPS.stream().anyMatch(map -> relaxed.startsWith(map) && relaxed.length() > map.length());
  }

  /** The properties Spring Boot's modules on the class path bind, in relaxed form. */
  private static final class BootProperties {
    static final Set<String> NAMES = new java.util.HashSet<>();
    static final Set<String> MAPS = new java.util.HashSet<>();

    static {
      try {
        var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath*:META-INF/spring-configuration-metadata.json");
        for (var resource : resources) {
          try (var in = resource.getInputStream()) {
            tools.jackson.databind.JsonNode metadata = new tools.jackson.databind.ObjectMapper().readTree(in);
            for (tools.jackson.databind.JsonNode property : metadata.path("properties")) {
              String name = relaxed(property.path("name").asString());
              (property.path("type").asString().startsWith("java.util.Map") ? MAPS : NAMES).add(name);
            }
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void kubernetesDeploysEveryServiceOnItsPortWithSettingsItReads() throws IOException {
    List<Map<String, Object>> resources = load(ROOT.resolve("deploy/k8s/services.yaml"));
    Map<String, Object> configMap = resources.stream().filter(r -> r.get("kind").equals("ConfigMap")).findFirst().orElseThrow();
    for (String service : SERVICES) {
      int port = port(service);
      Map<String, Object> deployment = resource(resources, "Deployment", service);
      Map<String, Object> pod = map(map(deployment, "spec"), "template");
      Map<String, Object> container = list(map(pod, "spec"), "containers").getFirst();
      assertThat(container.get("image")).isEqualTo("eventdesign/" + service);
      assertThat(list(container, "ports").getFirst()).as(service).containsEntry("containerPort", port);
      assertThat(map(map(pod, "metadata"), "annotations")).containsEntry("prometheus.io/port", Integer.toString(port));
      assertThat((List<?>) container.getOrDefault("args", List.of())).as(service)
          .filteredOn(arg -> arg.toString().contains("application.server"))
          .allSatisfy(arg -> assertThat(arg).isEqualTo("--spring.kafka.streams.properties.application.server=$(POD_IP):" + port));
      List<String> variables = new ArrayList<>(map(configMap, "data").keySet());
      list(container, "env").forEach(variable -> variables.add((String) variable.get("name")));
      variables.remove("POD_IP");
      Set<String> reads = relaxedProperties(service);
      assertThat(variables).as(service)
          .allSatisfy(variable -> assertThat(reads(reads, variable)).as(service + " reads " + variable).isTrue());
      assertThat(list(map(resource(resources, "Service", service), "spec"), "ports").getFirst()).containsEntry("port", port);
    }
    String kustomization = Files.readString(ROOT.resolve("deploy/k8s/kustomization.yaml"));
    SERVICES.forEach(service -> assertThat(kustomization).contains("name: eventdesign/" + service + ","));
  }

  @Test
  void theImageIsBuiltFromTheExecutableJarEveryServiceBuilds() throws IOException {
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("\"$SERVICE\"/target/\"$SERVICE\"-*-exec.jar");
    for (String service : SERVICES) {
      assertThat(Files.readString(ROOT.resolve(service).resolve("pom.xml"))).as(service).contains("<classifier>exec</classifier>");
    }
  }

  /**
   * On Kubernetes every Kafka client of a service (Streams, producers, consumers, admin) binds, from the pod's
   * environment, to SASL_SSL with SCRAM-SHA-512, the credentials of the service's own KafkaUser and the
   * cluster CA mounted from Strimzi's Secret.
   */
  @Test
  void everyServiceConnectsToKafkaAsItsOwnKafkaUserOverTls() throws IOException {
    List<Map<String, Object>> resources = load(ROOT.resolve("deploy/k8s/services.yaml"));
    Map<String, Object> configMap = resources.stream().filter(r -> r.get("kind").equals("ConfigMap")).findFirst().orElseThrow();
    Set<String> kafkaUsers = load(ROOT.resolve("deploy/k8s/kafka-users.yaml")).stream()
        .map(user -> (String) map(user, "metadata").get("name")).collect(Collectors.toSet());
    for (String service : SERVICES) {
      Map<String, Object> podSpec = map(map(map(resource(resources, "Deployment", service), "spec"), "template"), "spec");
      Map<String, Object> container = list(podSpec, "containers").getFirst();
      Map<String, Object> environment = new LinkedHashMap<>(map(configMap, "data"));
      for (Map<String, Object> variable : list(container, "env")) {
        Object value = variable.containsKey("value") ? variable.get("value") : secretReference(variable);
        environment.put((String) variable.get("name"), value);
      }
      var binder = new org.springframework.boot.context.properties.bind.Binder(
          org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(
              new org.springframework.core.env.SystemEnvironmentPropertySource(
                  org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
      var kafka = binder.bind("spring.kafka", org.springframework.boot.kafka.autoconfigure.KafkaProperties.class).get();
      for (Map<String, Object> client : List.of(kafka.buildStreamsProperties(), kafka.buildConsumerProperties(),
          kafka.buildProducerProperties(), kafka.buildAdminProperties())) {
        assertThat(client).as(service)
            .containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsEntry("sasl.jaas.config", "secret " + service + "/sasl.jaas.config")
            .containsEntry("ssl.truststore.type", "PEM");
        assertThat(client.get("ssl.truststore.location").toString()).as(service).isEqualTo("/etc/kafka-ca/ca.crt");
      }
      assertThat(kafkaUsers).as("a KafkaUser named like the Secret " + service + " reads").contains(service);
      Map<String, Object> caVolume = list(podSpec, "volumes").stream().filter(v -> v.get("name").equals("kafka-ca"))
          .findFirst().orElseThrow();
      assertThat(map(caVolume, "secret")).as(service).containsEntry("secretName", "eventdesign-cluster-ca-cert");
      assertThat(list(container, "volumeMounts")).as(service)
          .anySatisfy(mount -> assertThat(mount).containsEntry("name", "kafka-ca").containsEntry("mountPath", "/etc/kafka-ca"));
    }
  }

  private static String secretReference(Map<String, Object> variable) {
    Map<String, Object> from = map(variable, "valueFrom");
    if (!from.containsKey("secretKeyRef")) {
      return "field";
    }
    Map<String, Object> secret = map(from, "secretKeyRef");
    return "secret " + secret.get("name") + "/" + secret.get("key");
  }

  /**
   * A service with two replicas keeps one through a node drain (a PodDisruptionBudget) and spreads them
   * over nodes; in docker-compose every service reports healthy only when ready, on the port it listens on.
   */
  @Test
  void replicatedServicesSurviveADrainAndComposeChecksReadiness() throws IOException {
    List<Map<String, Object>> resources = load(ROOT.resolve("deploy/k8s/services.yaml"));
    for (String service : SERVICES) {
      Map<String, Object> spec = map(resource(resources, "Deployment", service), "spec");
      if ((Integer) spec.get("replicas") < 2) {
        continue;
      }
      Map<String, Object> budget = map(resource(resources, "PodDisruptionBudget", service), "spec");
      assertThat(budget).as(service).containsEntry("minAvailable", 1);
      assertThat(map(map(budget, "selector"), "matchLabels")).isEqualTo(map(map(spec, "selector"), "matchLabels"));
      assertThat(list(map(map(spec, "template"), "spec"), "topologySpreadConstraints")).as(service)
          .anySatisfy(spread -> assertThat(spread).containsEntry("topologyKey", "kubernetes.io/hostname"));
    }
    Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml")).getFirst();
    Map<String, Object> services = map(compose, "services");
    for (String service : SERVICES) {
      Map<String, Object> container = map(services, service);
      assertThat(map(container, "environment")).as(service).containsEntry("SERVER_PORT", Integer.toString(port(service)));
      assertThat(map(container, "healthcheck").get("test").toString()).as(service)
          .contains("/dev/tcp/127.0.0.1/$${SERVER_PORT}", "/actuator/health/readiness", "\"status\":\"UP\"");
    }
    assertThat(map(map(services, "auth-server"), "healthcheck").get("test").toString())
        .contains("/dev/tcp/127.0.0.1/" + port("auth-server"), "/actuator/health");
  }

  /** Every pod runs as the image's numeric non-root user, without privilege escalation or capabilities. */
  @Test
  void everyPodRunsUnprivilegedAsTheImagesUser() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    java.util.regex.Matcher user = java.util.regex.Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
    assertThat(user.find()).as("the Dockerfile names a numeric USER").isTrue();
    int uid = Integer.parseInt(user.group(1));
    assertThat(uid).isPositive();
    assertThat(dockerfile).contains("--uid " + uid);
    List<Map<String, Object>> resources = load(ROOT.resolve("deploy/k8s/services.yaml"));
    for (String service : SERVICES) {
      Map<String, Object> podSpec = map(map(map(resource(resources, "Deployment", service), "spec"), "template"), "spec");
      Map<String, Object> pod = map(podSpec, "securityContext");
      assertThat(pod).as(service).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", uid)
          .containsEntry("runAsGroup", uid);
      assertThat(map(pod, "seccompProfile")).as(service).containsEntry("type", "RuntimeDefault");
      Map<String, Object> container = map(list(podSpec, "containers").getFirst(), "securityContext");
      assertThat(container).as(service).containsEntry("allowPrivilegeEscalation", false)
          .containsEntry("readOnlyRootFilesystem", true);
      assertThat(map(container, "capabilities")).as(service).containsEntry("drop", List.of("ALL"));
      assertThat(list(list(podSpec, "containers").getFirst(), "volumeMounts")).as(service + ": a writable /tmp")
          .anySatisfy(mount -> assertThat(mount).containsEntry("mountPath", "/tmp"));
    }
  }

  /**
   * The properties in the service's configuration file, in the form an environment variable binds to
   * them (Spring's relaxed binding: {@code SPRING_KAFKA_BOOTSTRAP_SERVERS} is {@code spring.kafka.bootstrap-servers}).
   */
  private static Set<String> relaxedProperties(String service) throws IOException {
    return flatten("", configuration(service)).stream().map(DeploymentFilesTest::relaxed).collect(Collectors.toSet());
  }

  private static String relaxed(String name) {
    return name.replaceAll("[-._]", "").toUpperCase();
  }

  private static int port(String service) throws IOException {
    return (Integer) map(configuration(service), "server").get("port");
  }

  private static Map<String, Object> configuration(String service) throws IOException {
    return load(ROOT.resolve(service).resolve("src/main/resources/" + service + ".yml")).getFirst();
  }

  private static Set<String> flatten(String prefix, Map<String, Object> yaml) {
    return yaml.entrySet().stream().flatMap(entry -> {
      String key = prefix + entry.getKey();
      return entry.getValue() instanceof Map<?, ?> nested
          ? flatten(key + ".", cast(nested)).stream() : java.util.stream.Stream.of(key);
    }).collect(Collectors.toSet());
  }

  private static Map<String, Object> resource(List<Map<String, Object>> resources, String kind, String name) {
    return resources.stream().filter(r -> r.get("kind").equals(kind) && map(r, "metadata").get("name").equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static List<Map<String, Object>> load(Path file) throws IOException {
    Iterable<Object> documents = new Yaml().loadAll(Files.readString(file));
    return StreamSupport.stream(documents.spliterator(), false).filter(d -> d != null)
        .map(DeploymentFilesTest::cast).toList();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertThat(child).as(key).isInstanceOf(Map.class);
    return cast(child);
  }

  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object child = parent.get(key);
    assertThat(child).as(key).isInstanceOf(List.class);
    return ((List<?>) child).stream().map(DeploymentFilesTest::cast).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return new LinkedHashMap<>((Map<String, Object>) value);
  }
}
