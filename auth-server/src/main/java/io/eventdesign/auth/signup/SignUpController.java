package io.eventdesign.auth.signup;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.http.Problems;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /signup}: creates a login account and registers the person in user-service (see
 * {@link SignUps}). 201 with the user id; 409 naming {@code email} when the address has an account;
 * 202 when user-service did not answer in time (the registration is finished in the background and
 * the account can log in once it is).
 */
@SecurityRequirements // anyone may call it: no bearer token
@RestController
class SignUpController {

  static final String PATH = "/signup";

  private final SignUps signUps;
  private final JsonMapper json;

  SignUpController(SignUps signUps, JsonMapper json) {
    this.signUps = signUps;
    this.json = json;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> signUp(@Valid @RequestBody SignUpRequest request) {
    return switch (signUps.signUp(request)) {
      case SignUps.Outcome.Registered registered -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("userId", registered.userId(), "email", request.email()));
      case SignUps.Outcome.EmailTaken taken -> problem(Problems.withErrors(
          Problems.of(HttpStatus.CONFLICT, "email-taken", "E-mail address taken",
              "an account with this e-mail address exists"),
          List.of(new FieldError("email", "an account with this e-mail address exists"))));
      case SignUps.Outcome.Refused refused -> problem(Problems.withErrors(Problems.of(HttpStatus.valueOf(refused.status()),
          "registration-refused", "Registration refused", "user-service refused the registration: " + refused.problem()),
          fieldErrors(refused.problem())));
      case SignUps.Outcome.Pending pending -> ResponseEntity.accepted()
          .body(Map.of("email", request.email(), "status", "PENDING",
              "detail", "the registration is being recorded; log in in a few seconds"));
    };
  }

  /** The fields user-service's problem names (such as {@code invitation}), so this answer names them too. */
  private List<FieldError> fieldErrors(String problem) {
    try {
      JsonNode errors = json.readTree(problem).path("errors");
      List<FieldError> fields = new ArrayList<>();
      errors.forEach(error -> fields.add(new FieldError(error.path("field").asString(""), error.path("message").asString(""))));
      return fields;
    } catch (RuntimeException notJson) {
      return List.of();
    }
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
