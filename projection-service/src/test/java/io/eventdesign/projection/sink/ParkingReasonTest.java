package io.eventdesign.projection.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Why the sink parked a record, as kept and shown to operators: the cause, not the row's values. */
class ParkingReasonTest {

  @Test
  void postgresqlsDetailLinesWithTheRowsValuesAreLeftOut() {
    SQLException refused = new SQLException("""
        ERROR: new row for relation "users" violates check constraint "users_name_check"
          Detail: Failing row contains (42, ada@example.com, Ada, Lovelace).""");

    String reason = ProjectionSink.rootMessage(new IllegalStateException("batch failed", refused));

    assertThat(reason).isEqualTo("SQLException: ERROR: new row for relation \"users\" violates check constraint \"users_name_check\"");
  }

  @Test
  void aMessageWithoutDetailIsKeptWhole() {
    assertThat(ProjectionSink.rootMessage(new IllegalArgumentException("value too long for type character varying(80)")))
        .isEqualTo("IllegalArgumentException: value too long for type character varying(80)");
  }
}
