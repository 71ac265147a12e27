package io.eventdesign.projection.user;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.http.InvalidRequestException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users as projected into PostgreSQL. */
@RestController
@RequestMapping("/api/v1/users")
class UserQueryController {

  private static final Set<String> STATUSES = Set.of("INACTIVE", "ACTIVE", "DEACTIVATED");
  private static final Set<String> ROLES = Set.of("CUSTOMER", "DESIGNER", "STAFF", "ADMIN");
  static final int MAX_PAGE_SIZE = 100;

  private final UserQueries queries;

  UserQueryController(UserQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/{id}")
  ResponseEntity<UserRow> byId(@PathVariable String id) {
    UserRow row = queries.byId(id).orElseThrow(() -> new AggregateNotFoundException("user", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(row.version())).body(row);
  }

  @GetMapping
  UserQueries.Page<UserRow> search(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String role,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    requireOneOf("status", status, STATUSES);
    requireOneOf("role", role, ROLES);
    if (page < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "size", "size must be between 1 and " + MAX_PAGE_SIZE);
    }
    return queries.search(new UserQueries.Filter(status, email, role), page, size);
  }

  private static void requireOneOf(String field, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, field,
          field + " must be one of " + allowed.stream().sorted().toList());
    }
  }
}
