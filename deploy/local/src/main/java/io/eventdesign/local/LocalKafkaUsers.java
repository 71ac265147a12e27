package io.eventdesign.local;

import io.eventdesign.contract.topic.KafkaPrincipal;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.EmbeddedKafka;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * On a broker that enforces ACLs, does what Strimzi's operators do in production (deploy/k8s): creates
 * the catalogue's topics, and one SCRAM user per service with exactly the ACLs of {@link KafkaPrincipal}
 * (the same that kafka-users.yaml declares). Each start gives every service a new password.
 */
final class LocalKafkaUsers {

  /** The services' own default (eventdesign.topic-partitions); the projection's control topic must match. */
  private static final int PARTITIONS = 3;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Map<String, String>> clientSettings = new HashMap<>();

  private LocalKafkaUsers() {}

  static LocalKafkaUsers provision(String bootstrapServers, String adminPassword) throws Exception {
    LocalKafkaUsers users = new LocalKafkaUsers();
    Map<String, Object> adminSettings = new HashMap<>(EmbeddedKafka.clientSettings(EmbeddedKafka.ADMIN, adminPassword));
    adminSettings.put("bootstrap.servers", bootstrapServers);
    try (Admin admin = Admin.create(adminSettings)) {
      createMissingTopics(admin);
      List<UserScramCredentialAlteration> credentials = new ArrayList<>();
      List<AclBinding> acls = new ArrayList<>();
      for (KafkaPrincipal principal : KafkaPrincipal.all()) {
        String password = password();
        credentials.add(new UserScramCredentialUpsertion(principal.name(),
            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
        principal.acls().forEach(acl -> acls.addAll(bindings(principal.name(), acl)));
        users.clientSettings.put(principal.name(), EmbeddedKafka.clientSettings(principal.name(), password));
      }
      admin.alterUserScramCredentials(credentials).all().get();
      admin.createAcls(acls).all().get();
    }
    return users;
  }

  /** The service's Spring Boot arguments to connect as its own user. */
  List<String> serviceArgs(String service) {
    Map<String, String> settings = clientSettings.get(service);
    if (settings == null) {
      throw new IllegalArgumentException("no Kafka user for " + service);
    }
    return List.of("--spring.kafka.security.protocol=" + settings.get("security.protocol"),
        "--spring.kafka.properties.sasl.mechanism=" + settings.get("sasl.mechanism"),
        "--spring.kafka.properties.sasl.jaas.config=" + settings.get("sasl.jaas.config"));
  }

  private static void createMissingTopics(Admin admin) throws InterruptedException, ExecutionException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing = new ArrayList<>();
    for (Topic topic : Topics.all()) {
      if (!existing.contains(topic.name())) {
        missing.add(new NewTopic(topic.name(), PARTITIONS, (short) 1).configs(topic.configs()));
      }
    }
    admin.createTopics(missing).all().get();
  }

  /** Strimzi's rule as Kafka's bindings: one per operation, allowed from any host. */
  private static List<AclBinding> bindings(String user, KafkaPrincipal.Acl acl) {
    ResourceType type = ResourceType.valueOf(upperSnake(acl.resourceType()));
    String name = type == ResourceType.CLUSTER ? "kafka-cluster" : acl.name();
    ResourcePattern resource = new ResourcePattern(type, name, acl.prefix() ? PatternType.PREFIXED : PatternType.LITERAL);
    return acl.operations().stream().map(operation -> new AclBinding(resource, new AccessControlEntry("User:" + user, "*",
        AclOperation.valueOf(upperSnake(operation)), AclPermissionType.ALLOW))).toList();
  }

  private static String upperSnake(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static String password() {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
