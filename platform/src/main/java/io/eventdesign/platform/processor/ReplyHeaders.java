package io.eventdesign.platform.processor;

/**
 * Headers the command gateway sets on a command and the processor copies onto the outcome, so the
 * gateway can match the reply to the waiting request. The names are spring-kafka's request/reply
 * headers; the processor itself does not depend on Spring.
 */
public final class ReplyHeaders {

  public static final String CORRELATION_ID = "kafka_correlationId";
  public static final String REPLY_TOPIC = "kafka_replyTopic";

  private ReplyHeaders() {}
}
