package io.eventdesign.projection.eventlog;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One mirrored event as the events API returns it. */
public record EventRow(
    String eventId,
    String eventType,
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    Instant occurredAt,
    String actor,
    String userId,
    String tenantId,
    String correlationId,
    String causationId,
    String idempotencyKey,
    JsonNode attributes,
    JsonNode payload,
    String topic,
    int partition,
    long offset,
    String schemaFingerprint,
    Instant recordedAt) {}
