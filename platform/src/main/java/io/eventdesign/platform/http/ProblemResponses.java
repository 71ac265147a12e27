package io.eventdesign.platform.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for the places that answer before Spring MVC
 * does (filters, the error page, the servlet container's own errors). Same JSON as the controllers'.
 */
public final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
      List<FieldError> errors) throws IOException {
    ProblemDetail problem = Problems.of(status, type, title,
        errors.size() == 1 ? errors.getFirst().message() : "the request has " + errors.size() + " invalid parts");
    write(response, Problems.withErrors(problem, errors));
  }

  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json(problem));
  }

  /** The problem as JSON: type, title, status, detail, then any further properties. */
  public static byte[] json(ProblemDetail problem) {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    Map<String, Object> properties = problem.getProperties();
    if (properties != null) {
      body.putAll(properties);
    }
    return JSON.writeValueAsBytes(body);
  }
}
