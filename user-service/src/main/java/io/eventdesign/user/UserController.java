package io.eventdesign.user;

import io.eventdesign.user.workspace.InvitationRedemption;
import io.eventdesign.user.tenant.TenantIds;
import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The users API: commands go through the command processor; reads come from its store. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

  private final CommandGateway gateway;
  private final CommandCodec<UserCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReads reads;
  private final InvitationRedemption invitations;

  UserController(CommandGateway gateway, CommandCodec<UserCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReads reads, InvitationRedemption invitations) {
    this.invitations = invitations;
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reads = reads;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> register(@Valid @RequestBody UserRequests.Register body, HttpServletRequest request) {
    String userId = AggregateReads.newId("user-registration", metadata.idempotencyKey(request));
    CommandMetadata command = metadata.create(request, userId);
    // The body's e-mail is already in its canonical form (the text policy), which is the claim's key.
    // invited: the workspace holds the seat first, so the registration names its tenant (see InvitationRedemption)
    InvitationRedemption.Redeemed redeemed = body.invitation() == null ? null
        : invitations.redeem(body.invitation(), body.email(), userId, request);
    var register = new UserCommand.RegisterUser(userId, body.email(), body.firstName(), body.lastName(), body.company(),
        redeemed == null ? TenantIds.forRegistration(userId) : redeemed.tenantId(),
        redeemed == null ? null : redeemed.workspaceId());
    var outcome = gateway.send(codec, Topics.USERS_REGISTRATIONS, body.email(), command, register);
    if (redeemed != null && !outcome.accepted()) {
      invitations.release(redeemed, userId, request);
    }
    return responses.respond(outcome, User.class, UserView::of, UserController::location);
  }

  @PostMapping("/{id}/activate")
  ResponseEntity<UserView> activate(@PathVariable String id, HttpServletRequest request) {
    return send(request, id, new UserCommand.ActivateUser());
  }

  @PostMapping(path = "/{id}/deactivate", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> deactivate(
      @PathVariable String id, @Valid @RequestBody UserRequests.Deactivate body, HttpServletRequest request) {
    return send(request, id, new UserCommand.DeactivateUser(body.reason()));
  }

  @PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> updateProfile(
      @PathVariable String id, @Valid @RequestBody UserRequests.UpdateProfile body, HttpServletRequest request) {
    Caller caller = Caller.of(request);
    if (caller.isStaff() && !caller.isAdmin() && !id.equals(caller.userId())) {
      // staff read every account but edit only their own; another customer's is refused by the processor (404)
      throw new AccessDeniedException("staff do not edit other people's profiles");
    }
    return send(request, id, new UserCommand.UpdateProfile(
        body.firstName(), body.lastName(), body.avatarUrl(), body.timeZone(), body.language()));
  }

  @PostMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> grantRole(
      @PathVariable String id, @Valid @RequestBody UserRequests.GrantRole body, HttpServletRequest request) {
    return send(request, id, new UserCommand.GrantRole(body.role()));
  }

  @DeleteMapping("/{id}/roles/{role}")
  ResponseEntity<UserView> revokeRole(@PathVariable String id, @PathVariable String role, HttpServletRequest request) {
    return send(request, id, new UserCommand.RevokeRole(InputRules.constant("role", role, UserRole.class)));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    return reads.read(UserAggregate.DEFINITION, "user", id, request, UserView::of);
  }

  private ResponseEntity<UserView> send(HttpServletRequest request, String id, UserCommand command) {
    AggregateReads.requireUuid("user", id);
    var outcome = gateway.send(codec, Topics.USERS_COMMANDS, id, metadata.create(request, id), command);
    return responses.respond(outcome, User.class, UserView::of, UserController::location);
  }

  private static URI location(String id) {
    return URI.create("/api/v1/users/" + id);
  }
}
