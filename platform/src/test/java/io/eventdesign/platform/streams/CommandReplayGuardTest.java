package io.eventdesign.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandReplayGuardTest {

  private static final List<String> SOURCES = List.of("users.commands", "users.registrations");

  @Test
  void aFirstStartOnAnEmptyEventsTopicIsAllowed() {
    assertThat(CommandReplayGuard.refusal("user-service", false, "users.events", 0, SOURCES)).isEmpty();
  }

  @Test
  void anApplicationThatCommittedOffsetsIsAllowed() {
    assertThat(CommandReplayGuard.refusal("user-service", true, "users.events", 42, SOURCES)).isEmpty();
  }

  @Test
  void anApplicationWithoutOffsetsOverExistingEventsIsRefusedWithTheWayOut() {
    assertThat(CommandReplayGuard.refusal("user-service-v2", false, "users.events", 42, SOURCES)).hasValueSatisfying(reason ->
        assertThat(reason).contains("'user-service-v2' has never committed an offset", "users.events", "42 offsets",
            "spring.kafka.streams.application-id", "(users.commands, users.registrations)",
            "--reset-offsets --to-latest --group user-service-v2 --topic <topic>",
            "eventdesign.rerun-retained-commands=true"));
  }
}
