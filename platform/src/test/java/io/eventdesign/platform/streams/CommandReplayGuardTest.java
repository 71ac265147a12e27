package io.eventdesign.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandReplayGuardTest {

  @Test
  void aFirstStartOnAnEmptyEventsTopicIsAllowed() {
    assertThat(CommandReplayGuard.refusal("user-service", false, "users.events", 0)).isEmpty();
  }

  @Test
  void anApplicationThatCommittedOffsetsIsAllowed() {
    assertThat(CommandReplayGuard.refusal("user-service", true, "users.events", 42)).isEmpty();
  }

  @Test
  void anApplicationWithoutOffsetsOverExistingEventsIsRefusedWithTheWayOut() {
    assertThat(CommandReplayGuard.refusal("user-service-v2", false, "users.events", 42)).hasValueSatisfying(reason ->
        assertThat(reason).contains("'user-service-v2' has never committed an offset", "users.events", "42 offsets",
            "spring.kafka.streams.application-id", "--reset-offsets --to-latest --group user-service-v2",
            "eventdesign.rerun-retained-commands=true"));
  }
}
