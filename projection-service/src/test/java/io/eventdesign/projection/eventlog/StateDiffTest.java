package io.eventdesign.projection.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StateDiffTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  private static JsonNode state(String text) {
    return json.readTree(text);
  }

  @Test
  void theFirstStateChangesEveryFieldThatHasAValue() {
    assertThat(StateDiff.changedFields(null, state("{\"id\": \"u1\", \"company\": null, \"profile\": {\"name\": \"Ada\"}}")))
        .containsExactly("id", "profile.name");
  }

  @Test
  void leavesAreNamedByTheirDottedPathAndListsCompareWhole() {
    JsonNode before = state("{\"status\": \"DRAFT\", \"profile\": {\"name\": \"Ada\", \"tz\": null}, \"roles\": [\"A\"], \"n\": 1}");
    JsonNode after = state("{\"status\": \"PAID\", \"profile\": {\"name\": \"Ada\", \"tz\": \"UTC\"}, \"roles\": [\"A\", \"B\"], \"n\": 1}");
    assertThat(StateDiff.changedFields(before, after)).containsExactly("status", "profile.tz", "roles");
  }

  @Test
  void aFieldThatAppearsDisappearsOrChangesShapeIsChanged() {
    assertThat(StateDiff.changedFields(state("{\"a\": 1, \"b\": {\"c\": 1}}"), state("{\"b\": 2, \"d\": true}")))
        .containsExactly("a", "b", "d");
    assertThat(StateDiff.changedFields(state("{\"a\": 1}"), null)).containsExactly("a");
    assertThat(StateDiff.changedFields(state("{\"a\": {\"b\": 1}}"), state("{\"a\": {\"b\": 1}}"))).isEmpty();
  }
}
