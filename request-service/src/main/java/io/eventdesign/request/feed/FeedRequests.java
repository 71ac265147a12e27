package io.eventdesign.request.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** The body of POST /api/v1/events. */
final class FeedRequests {

  private FeedRequests() {}

  /**
   * @param eventType one of the contract's feed event types (GET /api/v1/events/types on projection-service)
   * @param payload the event's fields but the envelope, read against the type's schema
   */
  @Schema(example = """
      {"eventType": "feed.design-progress-reported",
       "payload": {"requestId": "3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b", "stage": "DRAFTING", "percent": 40,
                   "note": "Two concepts drafted, the client's colours applied"}}""")
  record Post(@NotBlank @Size(max = 100) String eventType,
      @Schema(description = "The event's fields but the envelope, as the type's schema (GET /api/v1/events/types on "
          + "projection-service) describes them, with its constraints") @NotNull JsonNode payload) {}
}
