package io.eventdesign.projection.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One operator action as the audit keeps it.
 *
 * @param action e.g. {@code dead-letters.republish}
 * @param target what it acted on (a table, a topic and key, a parked record), null when everything
 * @param outcome {@code SUCCEEDED}, or {@code STARTED} while it runs (or when the service stopped before its end)
 * @param result what the action answered (counts, the started rebuild)
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, JsonNode parameters,
    String reason, String outcome, JsonNode result) {}
