package io.eventdesign.projection.replay;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.eventdesign.projection.audit.OperatorAudit;
import java.time.Instant;
import java.util.List;

/**
 * A bounded replay: the events of these types that occurred in [from, to), re-delivered to
 * {@code targetTopic} (which must be a {@code replay.*} topic, never one of ours), and why (recorded in the
 * operator audit).
 */
@Schema(example = "{\"eventTypes\": [\"request.submitted\", \"request.paid\"], \"from\": \"2026-11-01T00:00:00Z\", \"to\": \"2026-11-30T00:00:00Z\", \"targetTopic\": \"replay.billing-backfill\", \"reason\": \"billing backfill for November\"}")
public record ReplayRequest(
    @NotEmpty List<@NotBlank String> eventTypes,
    Instant from,
    @NotNull Instant to,
    @NotBlank @Pattern(regexp = "^replay\\.[a-z0-9][a-z0-9.-]{0,200}$",
        message = "must be a topic named replay.<name> (lower case, digits, dots, dashes)") String targetTopic,
    @NotBlank @Size(max = OperatorAudit.MAX_REASON) String reason) {}
