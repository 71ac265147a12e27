package io.eventdesign.user.workspace;

import io.eventdesign.platform.input.InputRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code an invitation's recipient signs up with: {@code <workspace id>.<invitation id>.<secret>}.
 * The secret (256 random bits) is shown once, to the owner who invites; the workspace keeps only its
 * SHA-256, so neither the event log nor a reader of the topics can redeem an invitation.
 */
public record InvitationCode(String workspaceId, String invitationId, String secret) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern UUID = Pattern.compile(InputRules.UUID);
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** A new code for the invitation {@code invitationId} of workspace {@code workspaceId}. */
  static InvitationCode issue(String workspaceId, String invitationId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new InvitationCode(workspaceId, invitationId, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The code as {@link #text()} wrote it, or empty when {@code text} is not one. */
  public static Optional<InvitationCode> parse(String text) {
    String[] parts = text == null ? new String[0] : text.split("\\.", -1);
    if (parts.length != 3 || !UUID.matcher(parts[0]).matches() || !UUID.matcher(parts[1]).matches()
        || !SECRET.matcher(parts[2]).matches()) {
      return Optional.empty();
    }
    return Optional.of(new InvitationCode(parts[0], parts[1], parts[2]));
  }

  public String text() {
    return workspaceId + "." + invitationId + "." + secret;
  }

  /** What the workspace keeps and compares: the SHA-256 of the secret, in hex. */
  public String hash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "InvitationCode[" + workspaceId + "." + invitationId + ".(hidden)]";
  }
}
