package io.eventdesign.request.feed;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import io.eventdesign.platform.command.TenantOf;
import java.util.Map;

/**
 * How the generic command processor runs feeds: the single writer of {@code feeds.events}. No person acts
 * on a feed as its owner: the access table lets only service clients with {@code events.write} post.
 */
public final class FeedAggregate {

  public static final AggregateDefinition<FeedCommand, FeedEvent, Feed> DEFINITION =
      new AggregateDefinition<>(
          FeedTypes.AGGREGATE_TYPE,
          new FeedDecider(FeedTypes.CONTRACT),
          Map.of("RecordEvent", FeedCommand.RecordEvent.class),
          Feed.class,
          new FeedEventMapper(),
          Topics.FEEDS_COMMANDS,
          Topics.FEEDS_EVENTS,
          People.owner(feed -> null),
          TenantOf.none());

  private FeedAggregate() {}
}
