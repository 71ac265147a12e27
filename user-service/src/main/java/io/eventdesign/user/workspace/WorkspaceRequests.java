package io.eventdesign.user.workspace;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the workspaces API. Every string keeps the platform's text policy (see
 * docs/input-rules.md); the annotations here add each field's own limits.
 */
final class WorkspaceRequests {

  private WorkspaceRequests() {}

  @Schema(example = "{\"name\": \"Design team\"}")
  record Update(@NotBlank @Size(max = 200) String name) {}

  @Schema(example = "{\"reason\": \"The project is finished\"}")
  record Archive(@NotBlank @Size(max = 500) String reason) {}

  @Schema(example = "{\"userId\": \"3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b\", \"role\": \"EDITOR\"}")
  record AddMember(
      @NotNull @Pattern(regexp = InputRules.UUID, message = "must be a user id (a UUID)") String userId,
      @NotNull WorkspaceRole role) {}

  @Schema(example = "{\"role\": \"VIEWER\"}")
  record ChangeRole(@NotNull WorkspaceRole role) {}

  @Schema(example = "{\"email\": \"carol@example.com\", \"role\": \"EDITOR\"}")
  record Invite(@NotBlank @Size(max = Emails.MAX_LENGTH) @Text(Kind.EMAIL) String email, @NotNull WorkspaceRole role) {}
}
