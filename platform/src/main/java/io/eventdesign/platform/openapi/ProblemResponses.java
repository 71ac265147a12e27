package io.eventdesign.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The problem responses every operation may answer with, as the platform's edge produces them
 * ({@code application/problem+json}, RFC 9457, with the offending fields in {@code errors}); an operation
 * that declares a status itself keeps its own description. No operation answers 5xx for any input.
 */
final class ProblemResponses implements OpenApiCustomizer {

  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  /** Every operation. */
  private static final Map<String, String> ANY = ordered(
      "400", "Malformed: unreadable JSON, an unknown or duplicated field, a bad header or query parameter",
      "401", "No valid bearer token",
      "403", "The token's roles or scopes do not allow this, or the caller's role on the aggregate does not",
      "404", "No such resource, or not the caller's to see (its existence is not revealed)",
      "422", "A field breaks a rule; `errors` names each offending field");
  /** Operations that change something. */
  private static final Map<String, String> CHANGES = ordered(
      "409", "Not allowed in the aggregate's current state, or a uniqueness claim is taken (`currentStatus` tells)",
      "412", "`If-Match` names a version that is no longer the current one",
      "413", "The body is larger than the service accepts",
      "415", "The body is not application/json",
      "503", "The aggregate's owner is not reachable yet or the outcome is not known in time; retry with the same "
          + "Idempotency-Key after `Retry-After` seconds");

  @Override
  public void customise(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    // added here, with the responses naming it: springdoc drops unreferenced schemas before customizers run
    if (api.getComponents() == null) {
      api.setComponents(new Components());
    }
    api.getComponents().addSchemas(PROBLEM, problemSchema());
    api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
      add(operation, ANY);
      if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
        add(operation, CHANGES);
      }
    }));
  }

  private static Schema<?> problemSchema() {
    Schema<?> fieldError = new ObjectSchema()
        .addProperty("field", new StringSchema().description("The offending field, header or parameter"))
        .addProperty("message", new StringSchema().description("What is wrong with it"));
    return new ObjectSchema()
        .description("An RFC 9457 problem detail")
        .addProperty("type", new StringSchema().format("uri-reference").example("/problems/validation")
            .description("The problem type, stable per kind of problem"))
        .addProperty("title", new StringSchema().example("Unprocessable Content"))
        .addProperty("status", new IntegerSchema().example(422))
        .addProperty("detail", new StringSchema().example("designCode: must start with LOGO-"))
        .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/requests"))
        .addProperty("errors", new ArraySchema().items(fieldError).description("Each offending field"))
        .addProperty("currentStatus", new StringSchema().description("The aggregate's status, where it explains a 409"));
  }

  private static void add(Operation operation, Map<String, String> problems) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    problems.forEach((status, description) -> operation.getResponses().computeIfAbsent(status, s -> new ApiResponse()
        .description(description)
        .content(new Content().addMediaType(PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
  }

  private static Map<String, String> ordered(String... statusAndDescription) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < statusAndDescription.length; i += 2) {
      map.put(statusAndDescription[i], statusAndDescription[i + 1]);
    }
    return map;
  }
}
