package io.eventdesign.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import org.junit.jupiter.api.Test;

class ContractCatalogTest {

  private final ContractCatalog catalog = ContractCatalog.instance();

  @Test
  void everyEventCarriesTheEnvelopeAsItsFirstField() {
    assertThat(catalog.events()).isNotEmpty().allSatisfy(type ->
        assertThat(type.schema().getFields().getFirst().schema()).as(type.name()).isEqualTo(Envelope.getClassSchema()));
  }

  @Test
  void eventTypeNamesStartWithTheirAggregateType() {
    assertThat(catalog.events()).allSatisfy(type ->
        assertThat(type.name()).startsWith(type.aggregateType() + "."));
  }

  @Test
  void everyPublicEventTopicHasEventsOfItsAggregateType() {
    for (Topic topic : Topics.all()) {
      if (topic.kind() == Topic.Kind.EVENTS) {
        assertThat(catalog.events()).as(topic.name())
            .anySatisfy(type -> assertThat(type.aggregateType()).isEqualTo(topic.aggregateType()));
      }
    }
  }

  @Test
  void fingerprintsAreUniqueAcrossTypes() {
    assertThat(catalog.all().stream().map(ContractType::fingerprint).distinct().count())
        .isEqualTo(catalog.all().size());
  }
}
