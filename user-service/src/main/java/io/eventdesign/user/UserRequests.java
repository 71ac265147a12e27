package io.eventdesign.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the users API. */
final class UserRequests {

  private UserRequests() {}

  static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$";
  static final String HTTP_URL = "^https?://[^\\s]{1,2040}$";
  static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

  record Register(
      @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "must be a valid e-mail address") String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @Size(max = 200) String company) {}

  record Deactivate(@NotBlank @Size(max = 500) String reason) {}

  record UpdateProfile(
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") String avatarUrl,
      @ValidTimeZone String timeZone,
      @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en or de-CH") String language) {}

  record GrantRole(@NotNull Role role) {}
}
