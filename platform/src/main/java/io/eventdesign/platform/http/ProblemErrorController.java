package io.eventdesign.platform.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the servlet container ({@code /error}), replacing Boot's: whatever status an
 * error dispatch carries (a filter's {@code sendError}, an exception outside Spring MVC) is answered
 * as a problem of that status's type, never as HTML or Boot's own JSON.
 */
@org.springframework.stereotype.Controller
public class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping(path = "${server.error.path:${error.path:/error}}")
  ResponseEntity<byte[]> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) { // asked for directly, not an error dispatch: there is nothing here
      return answer(Problems.ofStatus(HttpStatus.NOT_FOUND, "no such resource"));
    }
    int status = code instanceof Integer value && value >= 400 && value <= 599 ? value : 500;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (status >= 500 && status != 501 && status != 505) {
      log.error("Error dispatch with status {} for {}", status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          failure instanceof Throwable t ? t : null);
    }
    return answer(Problems.ofContainerStatus(status));
  }

  private static ResponseEntity<byte[]> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemResponses.json(problem));
  }
}
