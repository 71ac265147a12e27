package io.eventdesign.contract.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one service does on a Kafka cluster that authorizes every request, and the ACLs that allows
 * exactly that. {@code deploy/k8s/kafka-users.yaml} renders these as Strimzi {@code KafkaUser}s, and a
 * test runs the whole system against a broker enforcing them.
 *
 * @param name the principal ({@code User:<name>}), also the service's name
 * @param streamsApplicationId its Kafka Streams application: the consumer group, the prefix of its internal
 *     topics and of its transactional ids (exactly-once)
 * @param reads topics it consumes (by its Streams application, listeners or plain consumers)
 * @param writes topics it produces to
 * @param groups consumer groups besides the Streams application's; a name ending in {@code -} is a prefix
 * @param createdTopicPrefixes topics it creates on demand, by prefix (other topics come from topics.yaml)
 */
public record KafkaPrincipal(String name, String streamsApplicationId, List<Topic> reads, List<Topic> writes,
    List<String> groups, List<String> createdTopicPrefixes) {

  /** One ACL rule: operations on a resource, by literal name or by prefix. */
  public record Acl(String resourceType, String name, boolean prefix, List<String> operations) {}

  public KafkaPrincipal {
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
    groups = List.copyOf(groups);
    createdTopicPrefixes = List.copyOf(createdTopicPrefixes);
  }

  /** The ACLs, in a stable order: the cluster, topics, groups, transactional ids. */
  public List<Acl> acls() {
    List<Acl> acls = new ArrayList<>();
    // idempotent (and transactional) producers
    acls.add(new Acl("cluster", null, false, List.of("IdempotentWrite")));
    Map<String, TreeSet<String>> topics = new TreeMap<>();
    reads.forEach(topic -> topics.computeIfAbsent(topic.name(), t -> new TreeSet<>()).addAll(List.of("Describe", "Read")));
    writes.forEach(topic -> topics.computeIfAbsent(topic.name(), t -> new TreeSet<>()).addAll(List.of("Describe", "Write")));
    topics.forEach((topic, operations) -> acls.add(new Acl("topic", topic, false, List.copyOf(operations))));
    // Kafka Streams' changelog and repartition topics: created, read, written, purged and checked by it
    acls.add(new Acl("topic", streamsApplicationId + "-", true,
        List.of("Create", "Delete", "Describe", "DescribeConfigs", "Read", "Write")));
    createdTopicPrefixes.forEach(prefix -> acls.add(new Acl("topic", prefix, true, List.of("Create", "Describe", "Write"))));
    acls.add(new Acl("group", streamsApplicationId, false, List.of("Describe", "Read")));
    groups.forEach(group -> acls.add(new Acl("group", group, group.endsWith("-"), List.of("Describe", "Read"))));
    acls.add(new Acl("transactionalId", streamsApplicationId + "-", true, List.of("Describe", "Write")));
    return List.copyOf(acls);
  }

  /** Every service that connects to Kafka. */
  public static List<KafkaPrincipal> all() {
    return List.of(
        new KafkaPrincipal("user-service", "user-service",
            List.of(Topics.USERS_COMMANDS, Topics.USERS_REGISTRATIONS, Topics.USERS_COMMAND_REPLIES, Topics.USERS_EVENTS,
                Topics.TENANTS_COMMANDS, Topics.TENANTS_EVENTS, Topics.WORKSPACES_COMMANDS),
            List.of(Topics.USERS_EVENTS, Topics.USERS_COMMANDS, Topics.USERS_REGISTRATIONS, Topics.USERS_COMMAND_REPLIES,
                Topics.TENANTS_EVENTS, Topics.TENANTS_COMMANDS, Topics.WORKSPACES_EVENTS, Topics.WORKSPACES_COMMANDS),
            List.of("user-service-replies-"), List.of()),
        new KafkaPrincipal("request-service", "request-service",
            List.of(Topics.REQUESTS_COMMANDS, Topics.REQUESTS_COMMAND_REPLIES, Topics.PAYMENTS_EVENTS,
                Topics.WORKSPACES_STATE, Topics.FEEDS_COMMANDS),
            List.of(Topics.REQUESTS_EVENTS, Topics.REQUESTS_COMMANDS, Topics.REQUESTS_COMMAND_REPLIES,
                Topics.FEEDS_EVENTS, Topics.FEEDS_COMMANDS),
            List.of("request-service-replies-"), List.of()),
        new KafkaPrincipal("payment-service", "payment-service",
            List.of(Topics.PAYMENTS_COMMANDS, Topics.PAYMENTS_COMMAND_REPLIES, Topics.PAYMENTS_EVENTS, Topics.REQUESTS_EVENTS),
            List.of(Topics.PAYMENTS_EVENTS, Topics.PAYMENTS_COMMANDS, Topics.PAYMENTS_COMMAND_REPLIES),
            List.of("payment-service-replies-", "payment-provider-gateway"), List.of()),
        new KafkaPrincipal("projection-service", "projection-service",
            List.of(Topics.USERS_EVENTS, Topics.USERS_STATE, Topics.TENANTS_EVENTS, Topics.TENANTS_STATE,
                Topics.WORKSPACES_EVENTS, Topics.WORKSPACES_STATE, Topics.REQUESTS_EVENTS, Topics.REQUESTS_STATE,
                Topics.PAYMENTS_EVENTS, Topics.FEEDS_EVENTS, Topics.PROJECTION_RETRIES),
            List.of(Topics.USERS_STATE, Topics.TENANTS_STATE, Topics.WORKSPACES_STATE, Topics.REQUESTS_STATE,
                Topics.PAYMENTS_STATE, Topics.PROJECTION_DEAD_LETTERS, Topics.PROJECTION_RETRIES),
            List.of("projection-service-sink"), List.of("replay.")));
  }
}
