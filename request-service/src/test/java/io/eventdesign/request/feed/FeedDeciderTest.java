package io.eventdesign.request.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed records what its source reports, once the contract accepts it; given-when-then on the pure decider. */
class FeedDeciderTest {

  private static final String PROGRESS = """
      {"requestId":"3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b","stage":"DRAFTING","percent":40}""";
  private final FeedDecider decider = new FeedDecider(FeedTypes.CONTRACT);

  @Test
  void aValidEventIsRecordedInTheFeed() {
    Decision<FeedEvent> decision = decider.decide(new FeedCommand.RecordEvent("feed.design-progress-reported", PROGRESS),
        new Feed(2, "feed.customer-contacted"));

    assertThat(decision).isEqualTo(new Decision.Accepted<>(List.of(new FeedEvent.Recorded("feed.design-progress-reported", PROGRESS))));
  }

  @Test
  void anEventTypeThatIsNoFeedTypeIsRefusedNamingIt() {
    assertThat(rejection(new FeedCommand.RecordEvent("request.design-completed", "{\"resultUrl\":\"https://x.example\"}")))
        .satisfies(r -> {
          assertThat(r.kind()).isEqualTo(Rejection.Kind.VALIDATION);
          assertThat(r.field()).isEqualTo("eventType");
          assertThat(r.message()).contains("feed.design-progress-reported", "feed.customer-contacted");
        });
  }

  @Test
  void aPayloadTheSchemaRefusesIsRefusedNamingTheField() {
    assertThat(rejection(new FeedCommand.RecordEvent("feed.design-progress-reported", PROGRESS.replace("40", "140"))).field())
        .isEqualTo("payload.percent");
  }

  @Test
  void eachRecordedEventCountsAndIsTheLast() {
    Feed feed = decider.evolve(decider.initialState(), new FeedEvent.Recorded("feed.customer-contacted", "{}"));
    feed = decider.evolve(feed, new FeedEvent.Recorded("feed.design-progress-reported", PROGRESS));

    assertThat(feed).isEqualTo(new Feed(2, "feed.design-progress-reported"));
    assertThat(decider.initialState().exists()).isFalse();
  }

  private Rejection rejection(FeedCommand command) {
    return ((Decision.Rejected<FeedEvent>) decider.decide(command, Feed.ABSENT)).rejection();
  }
}
