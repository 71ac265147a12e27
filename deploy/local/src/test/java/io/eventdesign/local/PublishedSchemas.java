package io.eventdesign.local;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks Kubernetes resources the way an API server with strict field validation would, against schemas
 * their publishers release: Strimzi's CustomResourceDefinitions as its release ships them (the
 * {@code crds/v1} folder of the {@code io.strimzi:api} test jar), and Kubernetes' built-in types through
 * the models generated from its OpenAPI document ({@code io.kubernetes:client-java-api}), each of which
 * refuses unknown and missing fields. A custom resource must name an API version the CRD still serves.
 */
final class PublishedSchemas {

  /** The built-in kinds the deployment uses, with their API group ("" is the core group). */
  private static final Map<String, String> BUILT_IN_GROUPS = Map.of(
      "ConfigMap", "", "Service", "", "Secret", "", "Deployment", "apps", "NetworkPolicy", "networking.k8s.io",
      "PodDisruptionBudget", "policy");

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  private final Map<String, Map<String, Object>> crdsByGroupAndKind = new HashMap<>();

  PublishedSchemas() {
    try {
      for (Resource crd : new PathMatchingResourcePatternResolver().getResources("classpath*:crds/v1/*.yaml")) {
        try (InputStream in = crd.getInputStream()) {
          Map<String, Object> definition = new Yaml().load(in);
          Map<String, Object> spec = map(definition, "spec");
          crdsByGroupAndKind.put(spec.get("group") + "/" + map(spec, "names").get("kind"), definition);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (crdsByGroupAndKind.isEmpty()) {
      throw new IllegalStateException("Strimzi's CRDs are not on the class path (io.strimzi:api, classifier tests)");
    }
  }

  /** What the API server would refuse in {@code resource}; empty when it is valid. */
  List<String> violations(Map<String, Object> resource) {
    String apiVersion = String.valueOf(resource.get("apiVersion"));
    String kind = String.valueOf(resource.get("kind"));
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    Map<String, Object> crd = crdsByGroupAndKind.get(group + "/" + kind);
    if (crd != null) {
      // a CRD's schema leaves metadata to the API server, which checks it as for every object
      List<String> violations = new ArrayList<>(modelViolations("V1ObjectMeta", resource.get("metadata")));
      violations.addAll(customResourceViolations(crd, version, resource));
      return violations;
    }
    if (group.equals(BUILT_IN_GROUPS.get(kind))) {
      return modelViolations(capitalized(version) + kind, resource);
    }
    return List.of(apiVersion + " " + kind + " is neither a published Strimzi resource nor a built-in kind this check knows");
  }

  private List<String> customResourceViolations(Map<String, Object> crd, String version, Map<String, Object> resource) {
    List<?> versions = (List<?>) map(crd, "spec").get("versions");
    Map<String, Object> served = versions.stream().map(PublishedSchemas::cast)
        .filter(v -> v.get("name").equals(version) && Boolean.TRUE.equals(v.get("served"))).findFirst().orElse(null);
    if (served == null) {
      return List.of(resource.get("apiVersion") + " is not served for " + resource.get("kind") + " (served: "
          + versions.stream().map(v -> cast(v).get("name")).toList() + ")");
    }
    if (Boolean.TRUE.equals(served.get("deprecated"))) {
      return List.of(resource.get("apiVersion") + " is deprecated for " + resource.get("kind"));
    }
    ObjectNode schema = (ObjectNode) JSON.valueToTree(map(map(served, "schema"), "openAPIV3Schema"));
    strict(schema);
    Map<String, Object> withoutMetadata = new HashMap<>(resource);
    withoutMetadata.put("metadata", Map.of());
    Schema validator = SCHEMAS.getSchema(schema);
    return validator.validate(JSON.valueToTree(withoutMetadata)).stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
  }

  /**
   * Kubernetes' structural schemas say nothing of unknown fields (the API server prunes them, or with
   * strict field validation refuses them): every object with declared properties gets
   * {@code additionalProperties: false} unless it preserves unknown fields; {@code nullable} becomes a type.
   */
  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      if (object.path("nullable").asBoolean(false) && object.has("type") && object.get("type").isString()) {
        String type = object.get("type").asString();
        object.putArray("type").add(type).add("null");
      }
      if (object.path("x-kubernetes-int-or-string").asBoolean(false)) {
        object.putArray("type").add("integer").add("string");
      }
      object.values().forEach(PublishedSchemas::strict);
    } else if (node instanceof ArrayNode array) {
      array.forEach(PublishedSchemas::strict);
    }
  }

  private static List<String> modelViolations(String model, Object value) {
    JsonElement json = new Gson().toJsonTree(value);
    try {
      Class.forName("io.kubernetes.client.openapi.models." + model).getMethod("validateJsonElement", JsonElement.class)
          .invoke(null, json);
      return List.of();
    } catch (ClassNotFoundException e) {
      return List.of("Kubernetes has no type " + model);
    } catch (InvocationTargetException e) {
      return List.of(model + ": " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String capitalized(String version) {
    return Character.toUpperCase(version.charAt(0)) + version.substring(1);
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return cast(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
