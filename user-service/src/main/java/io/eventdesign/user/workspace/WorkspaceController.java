package io.eventdesign.user.workspace;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.security.Caller;
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

/**
 * The workspaces API: its members read it, its owners change it and its membership. Workspaces are
 * created through their tenant ({@code POST /api/v1/tenants/{id}/workspaces}).
 */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceController {

  private final CommandGateway gateway;
  private final CommandCodec<WorkspaceCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReads reads;

  WorkspaceController(CommandGateway gateway, CommandCodec<WorkspaceCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReads reads) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reads = reads;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    return reads.read(WorkspaceAggregate.DEFINITION, "workspace", id, request, WorkspaceView::of);
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WorkspaceView> update(@PathVariable String id, @Valid @RequestBody WorkspaceRequests.Update body,
      HttpServletRequest request) {
    return send(request, id, new WorkspaceCommand.UpdateWorkspace(body.name(), Caller.of(request).actingMember()));
  }

  @PostMapping(path = "/{id}/archive", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WorkspaceView> archive(@PathVariable String id, @Valid @RequestBody WorkspaceRequests.Archive body,
      HttpServletRequest request) {
    return send(request, id, new WorkspaceCommand.ArchiveWorkspace(body.reason(), Caller.of(request).actingMember()));
  }

  @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WorkspaceView> addMember(@PathVariable String id, @Valid @RequestBody WorkspaceRequests.AddMember body,
      HttpServletRequest request) {
    return send(request, id, new WorkspaceCommand.AddMember(body.userId(), body.role(), Caller.of(request).actingMember()));
  }

  @PutMapping(path = "/{id}/members/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WorkspaceView> changeRole(@PathVariable String id, @PathVariable String userId,
      @Valid @RequestBody WorkspaceRequests.ChangeRole body, HttpServletRequest request) {
    return send(request, id, new WorkspaceCommand.ChangeMemberRole(member(userId), body.role(), Caller.of(request).actingMember()));
  }

  /** Removes a member; a member may also remove themselves (leave). The last owner stays. */
  @DeleteMapping("/{id}/members/{userId}")
  ResponseEntity<WorkspaceView> removeMember(@PathVariable String id, @PathVariable String userId,
      HttpServletRequest request) {
    return send(request, id, new WorkspaceCommand.RemoveMember(member(userId), Caller.of(request).actingMember()));
  }

  /**
   * Invites someone by e-mail (owners). The answer holds the invitation's code, once: the owner passes it
   * on, and the person signs up with it. A repeat of the request (same Idempotency-Key) answers the same
   * invitation without its code.
   */
  @PostMapping(path = "/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<InvitationView> invite(@PathVariable String id, @Valid @RequestBody WorkspaceRequests.Invite body,
      HttpServletRequest request) {
    AggregateReads.requireUuid("workspace", id);
    // The key names the invitation (a repeat finds the same one) but is not the command's: each request
    // carries a new code, so the command differs and would be refused as a reuse of the key.
    CommandMetadata command = metadata.create(request, id).withIdempotencyKey(null);
    InvitationCode code = InvitationCode.issue(id,
        AggregateReads.newId("workspace-invitation:" + id, metadata.idempotencyKey(request)));
    var outcome = gateway.send(codec, Topics.WORKSPACES_COMMANDS, id, command, new WorkspaceCommand.InviteMember(
        code.invitationId(), body.email(), body.role(), code.hash(), Caller.of(request).actingMember()));
    return responses.respond(outcome, Workspace.class, (workspace, version) -> InvitationView.of(workspace, version, code),
        created -> URI.create("/api/v1/workspaces/" + created));
  }

  @DeleteMapping("/{id}/invitations/{invitationId}")
  ResponseEntity<WorkspaceView> revoke(@PathVariable String id, @PathVariable String invitationId,
      HttpServletRequest request) {
    AggregateReads.requireUuid("invitation", invitationId);
    return send(request, id, new WorkspaceCommand.RevokeInvitation(invitationId, Caller.of(request).actingMember()));
  }

  private ResponseEntity<WorkspaceView> send(HttpServletRequest request, String id, WorkspaceCommand command) {
    AggregateReads.requireUuid("workspace", id);
    var outcome = gateway.send(codec, Topics.WORKSPACES_COMMANDS, id, metadata.create(request, id), command);
    return responses.respond(outcome, Workspace.class, WorkspaceView::of, created -> URI.create("/api/v1/workspaces/" + created));
  }

  /** A member's id in the path: a user id, or the answer is that no such member exists. */
  private static String member(String userId) {
    AggregateReads.requireUuid("member", userId);
    return userId;
  }
}
