package io.eventdesign.request.feed;

/** What happened to a feed: one event recorded, of a contract type of the feed aggregate. */
public sealed interface FeedEvent {

  record Recorded(String eventType, String payload) implements FeedEvent {}
}
