package io.eventdesign.request.designrequest;

import io.swagger.v3.oas.annotations.media.Schema;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.input.HttpUrl;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.http.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Request bodies of the design-requests API. Every string keeps the platform's text policy (see
 * docs/input-rules.md); the annotations here add each field's own limits.
 */
final class RequestRequests {

  private RequestRequests() {}

  /** Without {@code workspaceId}, a personal request (its owner and staff see it). */
  @Schema(example = "{\"workspaceId\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\", \"productId\": \"logo\", \"designCode\": \"LOGO-ACME-1\"}")
  record Create(
      @Size(max = 36) @Text(Kind.IDENTIFIER) @Pattern(regexp = InputRules.UUID, message = "must be a workspace id (a UUID)")
          String workspaceId,
      @NotBlank @Size(max = 64) @Text(Kind.IDENTIFIER) String productId,
      @NotBlank @Size(max = 64) @Text(Kind.IDENTIFIER) @Pattern(regexp = "^[A-Z0-9]+-[A-Z0-9-]{1,40}$",
          message = "must look like PREFIX-CODE in capitals and digits") String designCode) {}

  /** Exactly one of the three, as the question's kind asks; a text answer may span lines. */
  @Schema(example = "{\"text\": \"Acme Rockets\"}")
  record RecordAnswer(
      @Size(max = 10_000) @Text(Kind.MULTILINE) String text,
      @HttpUrl @Text(Kind.IDENTIFIER) String fileUrl,
      @Size(min = 1, max = 50) @Text(Kind.IDENTIFIER) List<@NotNull @Size(max = 200) String> options) {

    /** @throws InvalidRequestException (422) unless exactly one of the three is given */
    void requireExactlyOne() {
      if (Stream.of(text, fileUrl, options).filter(Objects::nonNull).count() != 1) {
        throw InvalidRequestException.validation(Stream.of("text", "fileUrl", "options")
            .map(field -> new FieldError(field, "give exactly one of text, fileUrl or options")).toList());
      }
    }
  }

  @Schema(example = "{\"email\": \"ada@example.com\", \"paymentMethodToken\": \"tok_visa\"}")
  record Submit(
      @NotBlank @Size(max = Emails.MAX_LENGTH) @Text(Kind.EMAIL) String email,
      @Size(max = 100) @Text(Kind.IDENTIFIER) String paymentMethodToken) {}

  /** Who cancels is the caller: staff cancel as STAFF, the owner as CUSTOMER. */
  @Schema(example = "{\"reason\": \"We found a designer in-house\"}")
  record Cancel(@NotBlank @Size(max = 500) String reason) {}

  @Schema(example = "{\"resultUrl\": \"https://files.example.com/designs/acme-logo.svg\"}")
  record Complete(@NotNull @HttpUrl @Text(Kind.IDENTIFIER) String resultUrl) {}
}
