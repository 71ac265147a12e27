package io.eventdesign.user.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.platform.input.InputRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the tenants API. Every string keeps the platform's text policy (see
 * docs/input-rules.md); the annotations here add each field's own limits.
 */
final class TenantRequests {

  private TenantRequests() {}

  /** @param plan FREE when absent */
  @Schema(example = "{\"name\": \"Acme\", \"plan\": \"TEAM\"}")
  record Create(@NotBlank @Size(max = 200) String name, TenantPlan plan) {}

  @Schema(example = "{\"name\": \"Acme Rockets\"}")
  record Update(@NotBlank @Size(max = 200) String name) {}

  @Schema(example = "{\"plan\": \"BUSINESS\"}")
  record ChangePlan(@NotNull TenantPlan plan) {}

  @Schema(example = "{\"reason\": \"Unpaid invoices since March\"}")
  record Deactivate(@NotBlank @Size(max = 500) String reason) {}

  /** @param ownerId its first owner; the caller when absent */
  @Schema(example = "{\"name\": \"Brand refresh\", \"ownerId\": \"3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b\"}")
  record AddWorkspace(@NotBlank @Size(max = 200) String name,
      @Pattern(regexp = InputRules.UUID, message = "must be a user id (a UUID)") String ownerId) {}
}
