package io.eventdesign.auth.signup;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sign-up: the person's e-mail address, password and name. The password goes no further than this
 * server's account table, as an Argon2id hash.
 */
@Schema(example = "{\"email\": \"ada@example.com\", \"password\": \"correct horse battery staple\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"company\": \"Analytical Engines\"}")
public record SignUpRequest(
    @NotBlank @Size(max = Emails.MAX_LENGTH) @Text(Kind.EMAIL) String email,
    @NotBlank @Size(min = SignUpRequest.MIN_PASSWORD, max = SignUpRequest.MAX_PASSWORD) String password,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Size(max = 200) String company,
    @Size(max = 200) @Text(Kind.IDENTIFIER) String invitation) {

  public static final int MIN_PASSWORD = 12;
  public static final int MAX_PASSWORD = 128;

  @Override
  public String toString() {
    return "SignUpRequest[email=" + email + ", password=(hidden), invitation=" + (invitation == null ? "none" : "(hidden)") + "]";
  }
}
