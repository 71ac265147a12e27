package io.eventdesign.projection.query;

import io.eventdesign.platform.http.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A read while PostgreSQL is unreachable (stopped, restarting, out of connections) is an outage, not a bug:
 * 503 {@code /problems/database-unavailable} with {@code Retry-After}, logged in one line, instead of the
 * platform's 500 for the unforeseen. Reads answer again as soon as the database does.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableProblems {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableProblems.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
  ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
    log.warn("PostgreSQL unavailable for a read: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
            "the read models' database is not reachable right now; retry shortly"));
  }
}
