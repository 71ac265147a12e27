package io.eventdesign.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

  @TempDir Path dir;

  @Test
  void kafkaKeepsTopicsAcrossARestartOnTheSameDirectory() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("survivor", 1, (short) 1))).all().get();
      }
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0);
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      Set<String> names = admin.listTopics().names().get();
      assertThat(names).contains("survivor");
    }
  }

  @Test
  void postgresKeepsDataAcrossARestartOnTheSameDirectory() throws Exception {
    Properties login = new Properties();
    login.put("user", EmbeddedPostgres.USER);
    try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("pg"), 0);
        var connection = DriverManager.getConnection(pg.jdbcUrl(), login)) {
      connection.createStatement().execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    }
    try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("pg"), 0);
        var connection = DriverManager.getConnection(pg.jdbcUrl(), login);
        var rs = connection.createStatement().executeQuery("SELECT v FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void aTakenPortGivesAClearMessage() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.start(null, 0)) {
      assertThatThrownBy(() -> EmbeddedKafka.start(dir.resolve("k2"), pg.port(), 0))
          .isInstanceOf(Ports.PortInUseException.class)
          .hasMessageContaining("Port " + pg.port() + " (Kafka) is already in use");
    }
  }
}
