package io.eventdesign.projection.answer;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of {@code design_request_answers}. */
public final class AnswerQueries {

  private final JdbcClient jdbc;

  public AnswerQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Current answers, or every version when {@code history}; by question, then version. */
  public List<AnswerRow> answers(String requestId, boolean history) {
    return jdbc.sql("SELECT question_id, version, text, file_url, options, answered_at, is_current "
            + "FROM design_request_answers WHERE request_id = ?" + (history ? "" : " AND is_current")
            + " ORDER BY question_id, version")
        .param(requestId)
        .query((rs, n) -> new AnswerRow(rs.getString("question_id"), rs.getInt("version"), rs.getString("text"),
            rs.getString("file_url"), options(rs.getArray("options")), rs.getTimestamp("answered_at").toInstant(),
            rs.getBoolean("is_current")))
        .list();
  }

  private static List<String> options(Array array) throws SQLException {
    return array == null ? null : Arrays.asList((String[]) array.getArray());
  }
}
