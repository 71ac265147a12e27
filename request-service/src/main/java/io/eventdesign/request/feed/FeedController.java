package io.eventdesign.request.feed;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandRejectedException;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.ContractPayload;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events from outside the services (integrations, automated agents): a service client with
 * {@code events.write} posts an event of one of the contract's feed types; the payload is read against the
 * type's schema, and the event is recorded in the client's own feed ({@code service:<client>}) by the feed's
 * command processor, the single writer of {@code feeds.events}, once per Idempotency-Key.
 */
@RestController
class FeedController {

  private final CommandGateway gateway;
  private final CommandCodec<FeedCommand> codec;
  private final CommandMetadataFactory metadata;
  private final JsonMapper json;

  FeedController(CommandGateway gateway, CommandCodec<FeedCommand> codec, CommandMetadataFactory metadata, JsonMapper json) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.json = json;
  }

  @PostMapping(path = "/api/v1/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FeedView> post(@Valid @RequestBody FeedRequests.Post body, HttpServletRequest request) {
    if (metadata.idempotencyKey(request) == null) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, CommandMetadataFactory.IDEMPOTENCY_KEY,
          "an event is posted with an Idempotency-Key, so that a retry records it once");
    }
    ContractType type = FeedTypes.CONTRACT.of(body.eventType()).orElseThrow(() -> new InvalidRequestException(
        HttpStatus.UNPROCESSABLE_CONTENT, "eventType", "must be one of " + FeedTypes.CONTRACT.names()));
    ContractPayload.Read payload = ContractPayload.read(type, body.payload(), "payload");
    if (!payload.valid()) {
      throw InvalidRequestException.validation(payload.errors());
    }
    String feedId = Caller.of(request).actor();
    CommandOutcome outcome = gateway.send(codec, Topics.FEEDS_COMMANDS, feedId, metadata.create(request, feedId),
        new FeedCommand.RecordEvent(type.name(), json.writeValueAsString(payload.payload())));
    if (!outcome.accepted()) {
      throw new CommandRejectedException(outcome);
    }
    return ResponseEntity.status(HttpStatus.CREATED).eTag(CommandResponses.etag(outcome.version()))
        .body(new FeedView(outcome.eventIds().getFirst(), type.name(), FeedTypes.AGGREGATE_TYPE, feedId,
            outcome.version()));
  }
}
