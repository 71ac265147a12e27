package io.eventdesign.local.hostile;

import io.eventdesign.local.hostile.HostileCase.Service;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint of every service, with what a valid request looks like: path (with fixture ids in
 * braces), a valid body and what each of its fields holds, and the query parameters with what each
 * holds. The suite checks this list against the services' own request mappings, so an endpoint added
 * without hostile cases fails the build.
 */
final class Endpoints {

  /** What a body field or a query parameter holds, which decides the hostile values generated for it. */
  enum Kind { LINE, MULTILINE, IDENTIFIER, EMAIL, URL, ENUM, IDENTIFIER_LIST, INSTANT, INTEGER, BOOLEAN, CURSOR,
    /** A flat JSON object read against the contract's schema of a feed.design-progress-reported. */
    PROGRESS_PAYLOAD }

  record Field(String name, Kind kind, boolean required, int maxLength) {}

  record Param(String name, Kind kind) {}

  /** @param body a valid JSON body, or null when the endpoint takes none */
  record Endpoint(Service service, String method, String path, String body, List<Field> fields, List<Param> params,
      boolean bodyOptional) {

    boolean sendsCommand() {
      return !method.equals("GET") && service != Service.PROJECTIONS;
    }
  }

  private Endpoints() {}

  static List<Endpoint> all() {
    return List.of(
        // user-service
        body(Service.USERS, "POST", "/api/v1/users",
            "{\"email\":\"hostile@example.com\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"company\":\"Engines\"}",
            field("email", Kind.EMAIL, true, 254), field("firstName", Kind.LINE, true, 100),
            field("lastName", Kind.LINE, true, 100), field("company", Kind.LINE, false, 200)),
        plain(Service.USERS, "POST", "/api/v1/users/{user}/activate"),
        body(Service.USERS, "POST", "/api/v1/users/{user}/deactivate", "{\"reason\":\"leaving\"}",
            field("reason", Kind.LINE, true, 500)),
        body(Service.USERS, "PUT", "/api/v1/users/{user}/profile",
            "{\"firstName\":\"Ada\",\"lastName\":\"King\",\"avatarUrl\":\"https://files.example/a.png\","
                + "\"timeZone\":\"Europe/London\",\"language\":\"en-GB\"}",
            field("firstName", Kind.LINE, true, 100), field("lastName", Kind.LINE, true, 100),
            field("avatarUrl", Kind.URL, false, 2048), field("timeZone", Kind.IDENTIFIER, false, 64),
            field("language", Kind.IDENTIFIER, false, 35)),
        body(Service.USERS, "POST", "/api/v1/users/{user}/roles", "{\"role\":\"DESIGNER\"}",
            field("role", Kind.ENUM, true, 0)),
        plain(Service.USERS, "DELETE", "/api/v1/users/{user}/roles/{role}"),
        plain(Service.USERS, "GET", "/api/v1/users/{user}"),
        body(Service.USERS, "POST", "/api/v1/tenants", "{\"name\":\"Acme\",\"plan\":\"TEAM\"}",
            field("name", Kind.LINE, true, 200), field("plan", Kind.ENUM, false, 0)),
        plain(Service.USERS, "GET", "/api/v1/tenants/{tenant}"),
        body(Service.USERS, "PUT", "/api/v1/tenants/{tenant}", "{\"name\":\"Acme\"}", field("name", Kind.LINE, true, 200)),
        body(Service.USERS, "PUT", "/api/v1/tenants/{tenant}/plan", "{\"plan\":\"TEAM\"}", field("plan", Kind.ENUM, true, 0)),
        body(Service.USERS, "POST", "/api/v1/tenants/{tenant}/deactivate", "{\"reason\":\"unpaid\"}",
            field("reason", Kind.LINE, true, 500)),
        body(Service.USERS, "POST", "/api/v1/tenants/{tenant}/workspaces",
            "{\"name\":\"Design\",\"ownerId\":\"00000000-0000-0000-0000-000000000001\"}",
            field("name", Kind.LINE, true, 200), field("ownerId", Kind.IDENTIFIER, false, 36)),
        plain(Service.USERS, "GET", "/api/v1/workspaces/{workspace}"),
        body(Service.USERS, "PUT", "/api/v1/workspaces/{workspace}", "{\"name\":\"Design\"}",
            field("name", Kind.LINE, true, 200)),
        body(Service.USERS, "POST", "/api/v1/workspaces/{workspace}/archive", "{\"reason\":\"done\"}",
            field("reason", Kind.LINE, true, 500)),
        body(Service.USERS, "POST", "/api/v1/workspaces/{workspace}/members",
            "{\"userId\":\"00000000-0000-0000-0000-000000000001\",\"role\":\"EDITOR\"}",
            field("userId", Kind.IDENTIFIER, true, 36), field("role", Kind.ENUM, true, 0)),
        body(Service.USERS, "PUT", "/api/v1/workspaces/{workspace}/members/{user}", "{\"role\":\"VIEWER\"}",
            field("role", Kind.ENUM, true, 0)),
        plain(Service.USERS, "DELETE", "/api/v1/workspaces/{workspace}/members/{user}"),
        body(Service.USERS, "POST", "/api/v1/workspaces/{workspace}/invitations", "{\"email\":\"invitee@example.com\",\"role\":\"VIEWER\"}",
            field("email", Kind.EMAIL, true, 254), field("role", Kind.ENUM, true, 0)),
        plain(Service.USERS, "DELETE", "/api/v1/workspaces/{workspace}/invitations/{invitation}"),
        // request-service
        plain(Service.REQUESTS, "GET", "/api/v1/products"),
        plain(Service.REQUESTS, "GET", "/api/v1/products/{product}"),
        body(Service.REQUESTS, "POST", "/api/v1/requests",
            "{\"workspaceId\":\"00000000-0000-4000-8000-000000000001\",\"productId\":\"logo\",\"designCode\":\"LOGO-HOSTILE-1\"}",
            field("workspaceId", Kind.IDENTIFIER, false, 36), field("productId", Kind.IDENTIFIER, true, 64),
            field("designCode", Kind.IDENTIFIER, true, 64)),
        body(Service.REQUESTS, "PUT", "/api/v1/requests/{draft}/answers/{question}", "{\"text\":\"Acme\"}",
            field("text", Kind.MULTILINE, false, 10_000)),
        body(Service.REQUESTS, "POST", "/api/v1/requests/{draft}/submit",
            "{\"email\":\"hostile@example.com\",\"paymentMethodToken\":\"tok_success\"}",
            field("email", Kind.EMAIL, true, 254), field("paymentMethodToken", Kind.IDENTIFIER, false, 100)),
        body(Service.REQUESTS, "POST", "/api/v1/requests/{draft}/cancel", "{\"reason\":\"changed my mind\",\"by\":\"CUSTOMER\"}",
            field("reason", Kind.LINE, true, 500), field("by", Kind.ENUM, false, 0)),
        plain(Service.REQUESTS, "POST", "/api/v1/requests/{draft}/design/start"),
        body(Service.REQUESTS, "POST", "/api/v1/requests/{draft}/design/complete",
            "{\"resultUrl\":\"https://files.example/result.svg\"}", field("resultUrl", Kind.URL, true, 2048)),
        plain(Service.REQUESTS, "GET", "/api/v1/requests/{request}"),
        body(Service.REQUESTS, "POST", "/api/v1/events", "{\"eventType\":\"feed.design-progress-reported\",\"payload\":"
            + "{\"requestId\":\"3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b\",\"stage\":\"DRAFTING\",\"percent\":40,\"note\":\"hostile\"}}",
            field("eventType", Kind.ENUM, true, 100), field("payload", Kind.PROGRESS_PAYLOAD, true, 0)),
        // payment-service (its webhook endpoint has cases of its own)
        plain(Service.PAYMENTS, "GET", "/api/v1/payments/{payment}"),
        query(Service.PAYMENTS, "/api/v1/payments?requestId={request}", param("requestId", Kind.IDENTIFIER)),
        optionalBody(Service.PAYMENTS, "POST", "/api/v1/payments/{payment}/retry", "{\"paymentMethodToken\":\"tok_success\"}",
            field("paymentMethodToken", Kind.IDENTIFIER, false, 100)),
        plain(Service.PAYMENTS, "POST", "/api/v1/payments/webhooks/provider"),
        // projection-service
        query(Service.PROJECTIONS, "/api/v1/users/{user}", param("asOf", Kind.INSTANT)),
        query(Service.PROJECTIONS, "/api/v1/users", param("status", Kind.ENUM), param("email", Kind.LINE),
            param("role", Kind.ENUM), param("tenantId", Kind.IDENTIFIER), param("page", Kind.INTEGER),
            param("size", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/tenants/{tenant}", param("asOf", Kind.INSTANT)),
        query(Service.PROJECTIONS, "/api/v1/tenants", param("status", Kind.ENUM), param("plan", Kind.ENUM),
            param("adminId", Kind.IDENTIFIER), param("page", Kind.INTEGER), param("size", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/workspaces/{workspace}", param("asOf", Kind.INSTANT)),
        query(Service.PROJECTIONS, "/api/v1/workspaces/{workspace}/members", param("role", Kind.ENUM),
            param("page", Kind.INTEGER), param("size", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/workspaces", param("tenantId", Kind.IDENTIFIER), param("status", Kind.ENUM),
            param("memberId", Kind.IDENTIFIER), param("page", Kind.INTEGER), param("size", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/requests/{request}", param("asOf", Kind.INSTANT)),
        query(Service.PROJECTIONS, "/api/v1/requests", param("workspaceId", Kind.LINE), param("tenantId", Kind.LINE),
            param("status", Kind.ENUM), param("paymentStatus", Kind.ENUM),
            param("email", Kind.LINE), param("page", Kind.INTEGER), param("size", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/requests/{request}/answers", param("history", Kind.BOOLEAN)),
        query(Service.PROJECTIONS, "/api/v1/payments/{payment}", param("asOf", Kind.INSTANT)),
        query(Service.PROJECTIONS, "/api/v1/events", param("aggregateType", Kind.ENUM), param("aggregateId", Kind.LINE),
            param("eventType", Kind.ENUM), param("actor", Kind.LINE), param("userId", Kind.LINE), param("tenantId", Kind.LINE),
            param("correlationId", Kind.LINE), param("from", Kind.INSTANT), param("to", Kind.INSTANT),
            param("cursor", Kind.CURSOR), param("limit", Kind.INTEGER), param("order", Kind.ENUM)),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/{event}"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/{event}/processing"),
        query(Service.PROJECTIONS, "/api/v1/events/processing?topic=users.events&partition=0&offset=0", param("topic", Kind.ENUM),
            param("partition", Kind.INTEGER), param("offset", Kind.INTEGER), param("key", Kind.LINE)),
        query(Service.PROJECTIONS, "/api/v1/events/unprocessed?consumer=postgresql-sink", param("consumer", Kind.ENUM),
            param("limit", Kind.INTEGER)),
        plain(Service.USERS, "GET", "/api/v1/status"),
        plain(Service.REQUESTS, "GET", "/api/v1/status"),
        plain(Service.PAYMENTS, "GET", "/api/v1/status"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/status"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/status/services"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/aggregates/{aggregateType}/{user}"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/aggregates/{aggregateType}/{user}/states"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/aggregates/{aggregateType}/{user}/rows"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/{event}/rows"),
        query(Service.PROJECTIONS, "/api/v1/events/live", param("aggregateType", Kind.ENUM), param("eventType", Kind.ENUM),
            param("tenantId", Kind.LINE), param("actor", Kind.LINE), param("correlationId", Kind.LINE),
            param("after", Kind.CURSOR)),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/stats"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/types"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/events/manifest"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/admin/projections"),
        queryPost(Service.PROJECTIONS, "/api/v1/admin/projections/{projection}/rebuild", param("reason", Kind.LINE)),
        plain(Service.PROJECTIONS, "GET", "/api/v1/admin/projections/{projection}/rebuild"),
        replay("/api/v1/admin/replays"),
        replay("/api/v1/admin/replays/preview"),
        plain(Service.PROJECTIONS, "GET", "/api/v1/admin/replays/{replay}"),
        query(Service.PROJECTIONS, "/api/v1/admin/dead-letters", param("topic", Kind.ENUM), param("key", Kind.LINE),
            param("limit", Kind.INTEGER)),
        query(Service.PROJECTIONS, "/api/v1/admin/dead-letters/record?topic=users.events&key={user}&partition=0&offset=0",
            param("topic", Kind.ENUM), param("key", Kind.LINE), param("partition", Kind.INTEGER), param("offset", Kind.INTEGER)),
        queryPost(Service.PROJECTIONS, "/api/v1/admin/dead-letters/republish?topic=users.events",
            param("topic", Kind.ENUM), param("key", Kind.LINE), param("reason", Kind.LINE)),
        queryPost(Service.PROJECTIONS,
            "/api/v1/admin/dead-letters/discard?topic=users.events&key={user}&partition=0&offset=0",
            param("topic", Kind.ENUM), param("key", Kind.LINE), param("partition", Kind.INTEGER),
            param("offset", Kind.INTEGER), param("reason", Kind.LINE)),
        query(Service.PROJECTIONS, "/api/v1/admin/audit", param("action", Kind.ENUM), param("limit", Kind.INTEGER)));
  }

  /** Values of the fixtures the paths name. */
  static String resolve(String path, Map<String, String> fixtures) {
    String resolved = path;
    for (var fixture : fixtures.entrySet()) {
      resolved = resolved.replace("{" + fixture.getKey() + "}", fixture.getValue());
    }
    return resolved;
  }

  private static Field field(String name, Kind kind, boolean required, int maxLength) {
    return new Field(name, kind, required, maxLength);
  }

  private static Param param(String name, Kind kind) {
    return new Param(name, kind);
  }

  private static Endpoint body(Service service, String method, String path, String body, Field... fields) {
    return new Endpoint(service, method, path, body, List.of(fields), List.of(), false);
  }

  private static Endpoint optionalBody(Service service, String method, String path, String body, Field... fields) {
    return new Endpoint(service, method, path, body, List.of(fields), List.of(), true);
  }

  private static Endpoint replay(String path) {
    return body(Service.PROJECTIONS, "POST", path,
        "{\"eventTypes\":[\"user.registered\"],\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-01-02T00:00:00Z\","
            + "\"targetTopic\":\"replay.hostile\",\"reason\":\"hostile suite\",\"aggregateType\":\"user\","
            + "\"aggregateId\":\"hostile-aggregate\"}",
        // optional beside an aggregate type (without one, a replay names its event types: see ReplaySelection)
        field("eventTypes", Kind.IDENTIFIER_LIST, false, 200), field("from", Kind.INSTANT, false, 0),
        field("to", Kind.INSTANT, true, 0), field("targetTopic", Kind.IDENTIFIER, true, 200),
        field("reason", Kind.LINE, false, 500), field("aggregateType", Kind.ENUM, false, 0),
        field("aggregateId", Kind.LINE, false, 200));
  }

  private static Endpoint plain(Service service, String method, String path) {
    return new Endpoint(service, method, path, null, List.of(), List.of(), false);
  }

  private static Endpoint query(Service service, String path, Param... params) {
    return new Endpoint(service, "GET", path, null, List.of(), List.of(params), false);
  }

  private static Endpoint queryPost(Service service, String path, Param... params) {
    return new Endpoint(service, "POST", path, null, List.of(), List.of(params), false);
  }
}
