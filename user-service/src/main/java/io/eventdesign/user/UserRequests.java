package io.eventdesign.user;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.input.HttpUrl;
import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the users API. Every string keeps the platform's text policy (see
 * docs/input-rules.md); the annotations here add each field's own limits.
 */
final class UserRequests {

  private UserRequests() {}

  static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

  @Schema(example = "{\"email\": \"ada@example.com\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"company\": \"Analytical Engines\"}")
  record Register(
      @NotBlank @Size(max = Emails.MAX_LENGTH) @Text(Kind.EMAIL) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @Size(max = 200) String company,
      @Size(max = 200) @Text(Kind.IDENTIFIER) String invitation) {}

  @Schema(example = "{\"reason\": \"Asked to close the account\"}")
  record Deactivate(@NotBlank @Size(max = 500) String reason) {}

  @Schema(example = "{\"firstName\": \"Augusta Ada\", \"lastName\": \"King\", \"avatarUrl\": \"https://files.example.com/avatars/ada.png\", \"timeZone\": \"Europe/London\", \"language\": \"en-GB\"}")
  record UpdateProfile(
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @HttpUrl @Text(Kind.IDENTIFIER) String avatarUrl,
      @Text(Kind.IDENTIFIER) @Size(max = 64) @ValidTimeZone String timeZone,
      @Text(Kind.IDENTIFIER) @Size(max = 35)
      @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or de-CH") String language) {}

  @Schema(example = "{\"role\": \"DESIGNER\"}")
  record GrantRole(@NotNull UserRole role) {}
}
