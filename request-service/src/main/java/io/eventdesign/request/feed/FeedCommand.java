package io.eventdesign.request.feed;

/** What can be asked of a feed. Its id (the source, {@code service:<client>}) travels in the command metadata. */
public sealed interface FeedCommand {

  /**
   * Record an event the source reports.
   *
   * @param payload the payload's JSON, as the edge read and normalized it against the contract
   */
  record RecordEvent(String eventType, String payload) implements FeedCommand {}
}
