package io.eventdesign.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.ContractType;
import io.eventdesign.infra.EmbeddedPostgres;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.projection.sink.BulkLoadableTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Every value type a bulk-loadable row may hold goes through COPY into PostgreSQL and reads back unchanged. */
class CopyLoadIntegrationTest {

  private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
      SharedInfrastructure.postgres().jdbcUrl(), EmbeddedPostgres.USER, ""));

  /** Rows given by the test, one per record offset: the loader under test only sees the writer's interface. */
  private record GivenRows(String table, List<Object[]> rows) implements BulkLoadableTableWriter {
    @Override
    public List<String> columns() {
      return List.of("id", "txt", "tags", "num", "flag", "at", "bytes");
    }

    @Override
    public Object[] row(SinkRecord record) {
      return rows.get((int) record.record().offset());
    }

    @Override
    public List<String> identity() {
      return List.of("id");
    }

    @Override
    public List<String> keepFirst() {
      return List.of("num DESC");
    }

    @Override
    public TableWriter into(String otherTable) {
      return new GivenRows(otherTable, rows);
    }

    @Override
    public boolean accepts(ContractType type) {
      return true;
    }

    @Override
    public void write(List<SinkRecord> records) {
      throw new UnsupportedOperationException("only bulk-loaded here");
    }
  }

  @Test
  void everyValueTypeRoundTripsAndRemovingRepeatsKeepsTheFirstInKeepOrder() {
    String table = "copy_load_" + UUID.randomUUID().toString().replace("-", "");
    jdbc.execute("CREATE TABLE " + table
        + " (id text, txt text, tags text[], num bigint, flag boolean, at timestamptz, bytes bytea)");
    Instant at = Instant.parse("2026-11-28T08:30:00.123456Z");
    String tricky = "tab\there, line\nbreak, back\\slash, \"quotes\", \\N, é 😀";
    String[] tags = {"STAFF", "a,b", "{braces}", "NULL", "q\"uote", "back\\slash", "two words", ""};
    var writer = new GivenRows(table, List.of(
        new Object[] {"a", tricky, tags, 1L, true, Timestamp.from(at), new byte[] {0, 92, 9, (byte) 255}},
        new Object[] {"b", null, new String[] {}, null, null, null, null},
        new Object[] {"a", "older", new String[] {"X"}, 0L, false, Timestamp.from(at), new byte[] {1}},
        new Object[] {"a", "newest", new String[] {"Y"}, 2L, false, Timestamp.from(at), new byte[] {2}}));

    try (CopyLoad copy = new CopyLoad(jdbc, writer, table)) {
      copy.copy(records(0, 1));
      copy.copy(records(2, 3));
      copy.flush();
    }
    Map<String, Object> a = jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = 'a' AND num = 1");
    assertThat(a.get("txt")).isEqualTo(tricky);
    String[] tagsRead = jdbc.queryForObject("SELECT tags FROM " + table + " WHERE id = 'a' AND num = 1",
        (rs, row) -> (String[]) rs.getArray(1).getArray());
    assertThat(tagsRead).containsExactly(tags);
    assertThat(a.get("flag")).isEqualTo(true);
    assertThat(((Timestamp) a.get("at")).toInstant()).isEqualTo(at);
    assertThat((byte[]) a.get("bytes")).containsExactly(0, 92, 9, 255);
    Map<String, Object> b = jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = 'b'");
    assertThat(b).containsEntry("txt", null).containsEntry("num", null).containsEntry("flag", null).containsEntry("bytes", null);
    assertThat(jdbc.queryForObject("SELECT cardinality(tags) FROM " + table + " WHERE id = 'b'", Integer.class)).isZero();

    int removed = jdbc.update(CopyLoad.removeRepeats(writer, table));
    assertThat(removed).isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT id || ':' || coalesce(txt, '-') FROM " + table + " ORDER BY id", String.class))
        .containsExactly("a:newest", "b:-");
    jdbc.execute("DROP TABLE " + table);
  }

  private static List<SinkRecord> records(int... offsets) {
    return java.util.Arrays.stream(offsets)
        .mapToObj(offset -> new SinkRecord(new ConsumerRecord<>("t", 0, offset, "k", new byte[0]), null))
        .toList();
  }
}
