package io.eventdesign.user.workspace;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-up side of an invitation: before a person invited by e-mail is registered, their code is
 * redeemed on the workspace (which checks it against the address and holds the seat for the new account),
 * so the registration can name the workspace's tenant; once the registration is recorded, the saga makes
 * them a member ({@link RegistrationReaction}). If the registration is refused, the invitation is released.
 */
public final class InvitationRedemption {

  private static final Logger LOG = LoggerFactory.getLogger(InvitationRedemption.class);

  /** A redeemed invitation: the workspace the person joins and its tenant, which they sign up into. */
  public record Redeemed(String workspaceId, String invitationId, String tenantId) {}

  private final CommandGateway gateway;
  private final CommandCodec<WorkspaceCommand> codec;
  private final CommandMetadataFactory metadata;
  private final JsonMapper json;

  InvitationRedemption(CommandGateway gateway, CommandCodec<WorkspaceCommand> codec, CommandMetadataFactory metadata,
      JsonMapper json) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.json = json;
  }

  /**
   * @throws InvalidRequestException (422 naming {@code invitation}) when the code is not a valid, open
   *     invitation for {@code email} (then nothing is recorded)
   */
  public Redeemed redeem(String codeText, String email, String userId, HttpServletRequest request) {
    InvitationCode code = InvitationCode.parse(codeText).orElseThrow(InvitationRedemption::invalid);
    CommandOutcome outcome = gateway.send(codec, Topics.WORKSPACES_COMMANDS, code.workspaceId(),
        onWorkspace(request, code.workspaceId(), ""),
        new WorkspaceCommand.RedeemInvitation(code.invitationId(), email, code.hash(), userId));
    if (!outcome.accepted()) {
      // no such workspace, or one that takes no changes, reads as an invalid invitation too
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "invitation",
          outcome.rejection().kind() == Rejection.Kind.VALIDATION ? outcome.rejection().message()
              : "not a valid invitation for this address");
    }
    Workspace workspace = json.treeToValue(outcome.state(), Workspace.class);
    return new Redeemed(code.workspaceId(), code.invitationId(), workspace.tenantId());
  }

  /** Opens the invitation again after the registration that redeemed it was refused. */
  public void release(Redeemed redeemed, String userId, HttpServletRequest request) {
    CommandMetadata releasing = onWorkspace(request, redeemed.workspaceId(), ":release");
    try {
      gateway.send(codec, Topics.WORKSPACES_COMMANDS, redeemed.workspaceId(), releasing,
          new WorkspaceCommand.ReleaseInvitation(redeemed.invitationId(), userId));
    } catch (RuntimeException e) {
      // the owner can revoke it and invite again; the refusal the person sees stays the registration's
      LOG.warn("invitation {} of workspace {} stays redeemed by {}: {}", redeemed.invitationId(),
          redeemed.workspaceId(), userId, e.toString());
    }
  }

  /**
   * The sign-up's metadata for a command on the workspace: its idempotency key (with {@code keySuffix},
   * so the release is not taken for a repeat of the redemption), and no expected version (the sign-up's
   * {@code If-Match}, if any, is not about the workspace).
   */
  private CommandMetadata onWorkspace(HttpServletRequest request, String workspaceId, String keySuffix) {
    CommandMetadata m = metadata.create(request, workspaceId).withoutExpectedVersion();
    return m.idempotencyKey() == null ? m : m.withIdempotencyKey(m.idempotencyKey() + keySuffix);
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "invitation", "not a valid invitation code");
  }
}
