package io.eventdesign.projection.answer;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.SqlTableWriter;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps every answer version in {@code design_request_answers} (inserted once per version) and marks
 * the latest version of each question as the current one.
 */
public final class AnswerWriter extends SqlTableWriter {

  private static final String INSERT_TEMPLATE = """
      INSERT INTO %1$s (request_id, question_id, version, text, file_url, options, answered_at, event_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO NOTHING""";
  private static final String CLEAR_CURRENT_TEMPLATE = """
      UPDATE %1$s SET is_current = false
      WHERE request_id = ? AND question_id = ? AND is_current
        AND version < (SELECT max(version) FROM %1$s WHERE request_id = ? AND question_id = ?)""";
  private static final String SET_CURRENT_TEMPLATE = """
      UPDATE %1$s SET is_current = true
      WHERE request_id = ? AND question_id = ? AND NOT is_current
        AND version = (SELECT max(version) FROM %1$s WHERE request_id = ? AND question_id = ?)""";

  private record Question(String requestId, String questionId) {}

  /** The live table. */
  public static final String TABLE = "design_request_answers";

  private final String insert;
  private final String clearCurrent;
  private final String setCurrent;

  public AnswerWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private AnswerWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table);
    this.insert = sql(INSERT_TEMPLATE);
    this.clearCurrent = sql(CLEAR_CURRENT_TEMPLATE);
    this.setCurrent = sql(SET_CURRENT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new AnswerWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == RequestAnswerRecorded.class;
  }

  @Override
  public void write(List<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(insert, records, records.size(), (ps, record) -> {
      RequestAnswerRecorded answer = record.value();
      Envelope envelope = answer.getEnvelope();
      ps.setString(1, envelope.getAggregateId());
      ps.setString(2, answer.getQuestionId());
      ps.setInt(3, answer.getAnswerVersion());
      ps.setString(4, answer.getText());
      ps.setString(5, answer.getFileUrl());
      ps.setArray(6, answer.getOptions() == null ? null : ps.getConnection().createArrayOf("text", answer.getOptions().toArray()));
      ps.setTimestamp(7, Timestamp.from(envelope.getOccurredAt()));
      ps.setString(8, envelope.getEventId());
    });
    Set<Question> touched = new LinkedHashSet<>();
    records.forEach(r -> touched.add(new Question(r.<RequestAnswerRecorded>value().getEnvelope().getAggregateId(),
        r.<RequestAnswerRecorded>value().getQuestionId())));
    for (Question q : touched) {
      jdbc.update(clearCurrent, q.requestId(), q.questionId(), q.requestId(), q.questionId());
      jdbc.update(setCurrent, q.requestId(), q.questionId(), q.requestId(), q.questionId());
    }
  }
}
