package io.eventdesign.user.tenant;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenants API: commands go through the command processor; reads come from its store. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantController {

  private final CommandGateway gateway;
  private final CommandCodec<TenantCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReads reads;

  TenantController(CommandGateway gateway, CommandCodec<TenantCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReads reads) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reads = reads;
  }

  /** A new organisation with its first workspace, administered by the person who creates it. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantView> create(@Valid @RequestBody TenantRequests.Create body, HttpServletRequest request) {
    Caller caller = Caller.of(request);
    if (caller.userId() == null) {
      throw new AccessDeniedException("a tenant is created by the person who will administer it");
    }
    // the id depends on the caller too: two people choosing the same Idempotency-Key create two tenants
    String tenantId = AggregateReads.newId("tenant/" + caller.actor(), metadata.idempotencyKey(request));
    return respond(send(request, tenantId, new TenantCommand.CreateTenant(tenantId, body.name(), body.plan(),
        caller.userId(), TenantIds.defaultWorkspaceOf(tenantId))));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    return reads.read(TenantAggregate.DEFINITION, "tenant", id, request, TenantView::of);
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantView> update(@PathVariable String id, @Valid @RequestBody TenantRequests.Update body,
      HttpServletRequest request) {
    return respond(send(request, id, new TenantCommand.UpdateTenant(body.name(), Caller.of(request).actingMember())));
  }

  @PutMapping(path = "/{id}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantView> changePlan(@PathVariable String id, @Valid @RequestBody TenantRequests.ChangePlan body,
      HttpServletRequest request) {
    return respond(send(request, id, new TenantCommand.ChangePlan(body.plan(), Caller.of(request).actingMember())));
  }

  /** Stops every member's commands in the tenant's workspaces; nothing is deleted. The platform's admins only. */
  @PostMapping(path = "/{id}/deactivate", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantView> deactivate(@PathVariable String id, @Valid @RequestBody TenantRequests.Deactivate body,
      HttpServletRequest request) {
    return respond(send(request, id, new TenantCommand.DeactivateTenant(body.reason())));
  }

  /**
   * Takes a workspace within the plan's limit: 202 Accepted with the workspace's Location; the workspace
   * itself is created from the tenant's event, moments later.
   */
  @PostMapping(path = "/{id}/workspaces", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TenantView.WorkspaceTaken> addWorkspace(@PathVariable String id,
      @Valid @RequestBody TenantRequests.AddWorkspace body, HttpServletRequest request) {
    Caller caller = Caller.of(request);
    String ownerId = body.ownerId() != null ? body.ownerId() : caller.userId();
    if (ownerId == null) {
      throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "ownerId",
          "a service client names the workspace's first owner");
    }
    String workspaceId = AggregateReads.newId("workspace/" + id + "/" + caller.actor(), metadata.idempotencyKey(request));
    CommandOutcome outcome = send(request, id,
        new TenantCommand.AddWorkspace(workspaceId, body.name(), ownerId, caller.actingMember()));
    ResponseEntity<TenantView> tenant = respond(outcome);
    return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/workspaces/" + workspaceId))
        .eTag(tenant.getHeaders().getETag()).body(new TenantView.WorkspaceTaken(workspaceId, tenant.getBody()));
  }

  private CommandOutcome send(HttpServletRequest request, String id, TenantCommand command) {
    AggregateReads.requireUuid("tenant", id);
    return gateway.send(codec, Topics.TENANTS_COMMANDS, id, metadata.create(request, id), command);
  }

  private ResponseEntity<TenantView> respond(CommandOutcome outcome) {
    return responses.respond(outcome, Tenant.class, TenantView::of, id -> URI.create("/api/v1/tenants/" + id));
  }
}
