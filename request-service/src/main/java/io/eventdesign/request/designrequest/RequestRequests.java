package io.eventdesign.request.designrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the design-requests API. */
final class RequestRequests {

  private RequestRequests() {}

  static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$";
  static final String HTTP_URL = "^https?://[^\\s]{1,2040}$";

  record Create(
      @NotBlank @Size(max = 64) String productId,
      @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Z0-9]+-[A-Z0-9-]{1,40}$",
          message = "must look like PREFIX-CODE in capitals and digits") String designCode) {}

  record RecordAnswer(
      @Size(max = 10_000) String text,
      @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") String fileUrl,
      @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> options) {}

  record Submit(
      @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "must be a valid e-mail address") String email,
      @Size(max = 100) String paymentMethodToken) {}

  record Cancel(@NotBlank @Size(max = 500) String reason, RequestCommand.CancelledBy by) {}

  record Complete(@NotBlank @Pattern(regexp = HTTP_URL, message = "must be an http or https URL") String resultUrl) {}
}
