package io.eventdesign.user.tenant;

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
  record Create(@NotBlank @Size(max = 200) String name, TenantPlan plan) {}

  record Update(@NotBlank @Size(max = 200) String name) {}

  record ChangePlan(@NotNull TenantPlan plan) {}

  record Deactivate(@NotBlank @Size(max = 500) String reason) {}

  /** @param ownerId its first owner; the caller when absent */
  record AddWorkspace(@NotBlank @Size(max = 200) String name,
      @Pattern(regexp = InputRules.UUID, message = "must be a user id (a UUID)") String ownerId) {}
}
