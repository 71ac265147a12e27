package io.eventdesign.projection.audit;

import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an operator action runs: it needs a reason, and it leaves an audit record of who did what,
 * with which parameters and why, and what it answered, in {@code operator_audit}: the entry is written before
 * the action runs ({@code STARTED}; an action that cannot be audited does not run), then completed. An action
 * refused (a 4xx: nothing to re-publish under that name, a rebuild already running) changed nothing and
 * leaves no entry; the log says who tried what.
 */
public final class OperatorAudit {

  public static final int MAX_REASON = 500;
  private static final Logger log = LoggerFactory.getLogger(OperatorAudit.class);

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  public OperatorAudit(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** An action about to run: what, on what, with which parameters (nulls left out). */
  public record Action(String name, String target, Map<String, Object> parameters) {

    public static Action of(String name, String target, Object... keysAndValues) {
      Map<String, Object> parameters = new LinkedHashMap<>();
      for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
        if (keysAndValues[i + 1] != null) {
          parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
      }
      return new Action(name, target, parameters);
    }
  }

  /**
   * Runs {@code work} for the caller of {@code request} and records it with its result; a refusal it ends in
   * is thrown on and leaves no entry.
   *
   * @throws InvalidRequestException 400 naming {@code reason} when there is none (nothing runs, nothing is recorded)
   */
  public <T> T run(HttpServletRequest request, Action action, String reason, Supplier<T> work) {
    String why = requireReason(reason);
    UUID id = UUID.randomUUID();
    // recorded before it runs: an action that cannot be audited does not run
    jdbc.sql("INSERT INTO operator_audit (id, at, actor, action, target, parameters, reason, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, 'STARTED')")
        .params(id, Timestamp.from(clock.instant()), Caller.of(request).actor(), action.name(), action.target(),
            json.writeValueAsString(action.parameters()), why)
        .update();
    T result;
    try {
      result = work.get();
    } catch (RuntimeException refused) {
      // a refused action changed nothing, so it leaves nothing behind either: its trace is the log
      jdbc.sql("DELETE FROM operator_audit WHERE id = ?").params(id).update();
      log.info("Operator action refused: {} on {} {} by {} ({}): {}", action.name(), action.target(), action.parameters(),
          Caller.of(request).actor(), why, refused.toString());
      throw refused;
    }
    finish(id, "SUCCEEDED", result);
    return result;
  }

  /** The most recent entries first, optionally of one action. */
  public List<AuditEntry> recent(String action, int limit) {
    return jdbc.sql("SELECT id, at, actor, action, target, parameters::text AS parameters, reason, outcome, result::text AS result"
            + " FROM operator_audit" + (action == null ? "" : " WHERE action = :action") + " ORDER BY at DESC, id DESC LIMIT :limit")
        .paramSource(action == null ? Map.of("limit", limit) : Map.of("action", action, "limit", limit))
        .query((rs, n) -> new AuditEntry(rs.getString("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("target"), tree(rs.getString("parameters")), rs.getString("reason"),
            rs.getString("outcome"), tree(rs.getString("result"))))
        .list();
  }

  static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "reason",
          "say why (reason): every operator action is recorded with its reason");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "reason", "reason must be at most " + MAX_REASON + " characters");
    }
    return reason.strip();
  }

  private void finish(UUID id, String outcome, Object result) {
    try {
      jdbc.sql("UPDATE operator_audit SET outcome = ?, result = ?::jsonb WHERE id = ?")
          .params(outcome, json.writeValueAsString(result), id).update();
    } catch (RuntimeException e) {
      // the action has run and its record says STARTED: the outcome must be seen in the log at least
      log.error("Audit entry {} not completed: {} {}: {}", id, outcome, result, e.toString());
    }
  }

  private JsonNode tree(String text) {
    return text == null ? null : json.readTree(text);
  }
}
