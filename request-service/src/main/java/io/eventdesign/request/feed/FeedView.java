package io.eventdesign.request.feed;

/**
 * The answer to a posted event: its id (readable at projection-service's {@code /api/v1/events/{eventId}}
 * once mirrored) and its place in the source's feed. A retry with the same Idempotency-Key answers the same.
 */
record FeedView(String eventId, String eventType, String aggregateType, String aggregateId, long version) {}
