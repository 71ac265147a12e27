package io.eventdesign.user;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.http.RemoteReads;
import io.eventdesign.platform.processor.AggregateReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
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

  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final CommandGateway gateway;
  private final CommandCodec<UserCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReader reader;
  private final RemoteReads remoteReads;

  UserController(CommandGateway gateway, CommandCodec<UserCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReader reader, RemoteReads remoteReads) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reader = reader;
    this.remoteReads = remoteReads;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> register(@Valid @RequestBody UserRequests.Register body, HttpServletRequest request) {
    String userId = newUserId(metadata.idempotencyKey(request));
    CommandMetadata command = metadata.create(request, userId);
    var register = new UserCommand.RegisterUser(userId, body.email(), body.firstName(), body.lastName(), body.company());
    var outcome = gateway.send(codec, Topics.USERS_REGISTRATIONS, Emails.normalize(body.email()), command, register);
    return responses.respond(outcome, User.class, UserView::of, UserController::location);
  }

  @PostMapping("/{id}/activate")
  ResponseEntity<UserView> activate(@PathVariable String id, HttpServletRequest request) {
    return send(request, id, new UserCommand.ActivateUser());
  }

  @PostMapping(path = "/{id}/deactivate", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> deactivate(
      @PathVariable String id, @Valid @RequestBody UserRequests.Deactivate body, HttpServletRequest request) {
    return send(request, id, new UserCommand.DeactivateUser(body.reason().trim()));
  }

  @PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> updateProfile(
      @PathVariable String id, @Valid @RequestBody UserRequests.UpdateProfile body, HttpServletRequest request) {
    return send(request, id, new UserCommand.UpdateProfile(
        body.firstName(), body.lastName(), body.avatarUrl(), body.timeZone(), body.language()));
  }

  @PostMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> grantRole(
      @PathVariable String id, @Valid @RequestBody UserRequests.GrantRole body, HttpServletRequest request) {
    return send(request, id, new UserCommand.GrantRole(body.role()));
  }

  @DeleteMapping("/{id}/roles/{role}")
  ResponseEntity<UserView> revokeRole(@PathVariable String id, @PathVariable Role role, HttpServletRequest request) {
    return send(request, id, new UserCommand.RevokeRole(role));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    requireKnownShape(id);
    var remote = remoteReads.forwardIfRemote(reader.remoteOwner(UserAggregate.DEFINITION, id, remoteReads.self()), request);
    if (remote.isPresent()) {
      return remote.get();
    }
    var user = reader.find(UserAggregate.DEFINITION, id).orElseThrow(() -> new AggregateNotFoundException("user", id));
    return ResponseEntity.ok().eTag(CommandResponses.etag(user.version())).body(UserView.of(user.state(), user.version()));
  }

  private ResponseEntity<UserView> send(HttpServletRequest request, String id, UserCommand command) {
    requireKnownShape(id);
    var outcome = gateway.send(codec, Topics.USERS_COMMANDS, id, metadata.create(request, id), command);
    return responses.respond(outcome, User.class, UserView::of, UserController::location);
  }

  /** A retried registration with the same Idempotency-Key targets the same user id. */
  private static String newUserId(String idempotencyKey) {
    return idempotencyKey == null
        ? UUID.randomUUID().toString()
        : UUID.nameUUIDFromBytes(("user-registration:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static void requireKnownShape(String id) {
    if (!UUID_SHAPE.matcher(id).matches()) {
      throw new AggregateNotFoundException("user", id);
    }
  }

  private static URI location(String id) {
    return URI.create("/api/v1/users/" + id);
  }
}
