package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.CommandOutcome;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A claim is taken before the aggregate decides, so a command the aggregate then refuses (or that
 * changes nothing) must give back the claim it took, or the value would stay claimed by nobody's
 * account. The claim guard marks a command that took a claim just now with the claim's name and
 * value; when the aggregate records no event for it, the command processor sends a release, in the
 * same transaction as the outcome, to the claims topic under the claimed value (so it is ordered
 * before any later command for that value). The guard drops the claim only if it is still the one
 * that command took.
 */
final class ClaimRelease {

  static final String CLAIM_NAME = "eventdesign-claim-name";
  static final String CLAIM_VALUE = "eventdesign-claim-value";
  static final String CLAIM_HOLDER = "eventdesign-claim-holder";
  static final String RELEASE = "eventdesign-claim-release";

  private ClaimRelease() {}

  /** The claims store's value for a claim {@code commandId} took for {@code aggregateId}. */
  static String holder(String aggregateId, String commandId) {
    return aggregateId + "|" + commandId;
  }

  /** The aggregate holding a claim, from the store's value (older values hold only the aggregate id). */
  static String ownerOf(String holder) {
    int bar = holder.indexOf('|');
    return bar < 0 ? holder : holder.substring(0, bar);
  }

  /** Marks a command that took {@code claim} for {@code value} just now, as {@code holder}. */
  static Headers markTaken(Headers headers, UniqueClaim claim, String value, String holder) {
    headers.remove(CLAIM_NAME).remove(CLAIM_VALUE).remove(CLAIM_HOLDER);
    headers.add(CLAIM_NAME, utf8(claim.name()));
    headers.add(CLAIM_VALUE, utf8(value));
    headers.add(CLAIM_HOLDER, utf8(holder));
    return headers;
  }

  /** When the command took a claim just now and recorded nothing, sends that claim's release. */
  static void releaseUnlessTaken(ProcessorContext<String, byte[]> context, Record<String, byte[]> command,
      CommandOutcome outcome) {
    Header name = command.headers().lastHeader(CLAIM_NAME);
    Header value = command.headers().lastHeader(CLAIM_VALUE);
    Header holder = command.headers().lastHeader(CLAIM_HOLDER);
    if (name == null || value == null || holder == null || outcome.accepted() && outcome.eventCount() > 0) {
      return;
    }
    Record<String, byte[]> release = new Record<>(text(value), holder.value(), command.timestamp());
    release.headers().add(RELEASE, new byte[] {1});
    context.forward(release, CommandTopology.claimReleaseSinkName(text(name)));
  }

  /** True for a release sent by {@link #releaseUnlessTaken}; its value is the holder to drop. */
  static boolean isRelease(Record<String, byte[]> record) {
    return record.headers().lastHeader(RELEASE) != null;
  }

  static String text(Header header) {
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
