package io.eventdesign.request.feed;

/**
 * One external source's feed as the decider sees it: how many events it recorded and the last one's type.
 * {@link #ABSENT} before its first event.
 */
public record Feed(long eventsRecorded, String lastEventType) {

  public static final Feed ABSENT = new Feed(0, null);

  public boolean exists() {
    return eventsRecorded > 0;
  }
}
