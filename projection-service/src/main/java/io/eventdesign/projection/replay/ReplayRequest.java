package io.eventdesign.projection.replay;

import io.eventdesign.projection.audit.OperatorAudit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A bounded replay: the events that occurred in [from, to) of these types, and/or of one aggregate type
 * (optionally one aggregate), re-delivered to {@code targetTopic} (which must be a {@code replay.*} topic, never
 * one of ours), and why (recorded in the operator audit; a preview needs none). At least the event types or the
 * aggregate type must be named: nothing replays every event by accident.
 *
 * @param eventTypes these types only (omitted: every type of {@code aggregateType}; never empty)
 * @param aggregateType one aggregate type's events (its topic)
 * @param aggregateId one aggregate's events (needs {@code aggregateType})
 */
@Schema(example = "{\"eventTypes\": [\"request.submitted\", \"request.paid\"], \"from\": \"2026-11-01T00:00:00Z\", \"to\": \"2026-11-30T00:00:00Z\", \"targetTopic\": \"replay.billing-backfill\", \"reason\": \"billing backfill for November\"}")
public record ReplayRequest(
    @Size(min = 1, max = 100) List<@NotBlank String> eventTypes,
    @Size(max = 100) String aggregateType,
    @Size(max = 200) String aggregateId,
    Instant from,
    @NotNull Instant to,
    @NotBlank @Pattern(regexp = "^replay\\.[a-z0-9][a-z0-9.-]{0,200}$",
        message = "must be a topic named replay.<name> (lower case, digits, dots, dashes)") String targetTopic,
    @Size(max = OperatorAudit.MAX_REASON) String reason) {

  /** The named event types (none: every type of the aggregate type). */
  public List<String> eventTypesOrNone() {
    return eventTypes == null ? List.of() : eventTypes;
  }
}
