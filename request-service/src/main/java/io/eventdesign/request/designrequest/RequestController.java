package io.eventdesign.request.designrequest;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.security.Caller;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.request.catalog.ProductCatalog;
import io.eventdesign.request.catalog.Question;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The design-requests API. */
@RestController
@RequestMapping("/api/v1/requests")
class RequestController {

  private final CommandGateway gateway;
  private final CommandCodec<RequestCommand> codec;
  private final CommandMetadataFactory metadata;
  private final CommandResponses responses;
  private final AggregateReads reads;
  private final ProductCatalog catalog;

  RequestController(CommandGateway gateway, CommandCodec<RequestCommand> codec, CommandMetadataFactory metadata,
      CommandResponses responses, AggregateReads reads, ProductCatalog catalog) {
    this.gateway = gateway;
    this.codec = codec;
    this.metadata = metadata;
    this.responses = responses;
    this.reads = reads;
    this.catalog = catalog;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> create(@Valid @RequestBody RequestRequests.Create body, HttpServletRequest request) {
    var product = catalog.find(body.productId()).orElseThrow(() ->
        new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "productId", "no product " + body.productId()));
    String id = AggregateReads.newId("request-creation", metadata.idempotencyKey(request));
    String userId = Caller.of(request).userId();
    WorkspaceSeat seat = body.workspaceId() == null ? null
        : WorkspaceSeat.of(body.workspaceId(), userId, reads.workspaces(RequestAggregate.DEFINITION));
    return send(request, id, new RequestCommand.CreateRequest(id, userId, seat, product, body.designCode()));
  }

  @PutMapping(path = "/{id}/answers/{questionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> answer(@PathVariable String id, @PathVariable String questionId,
      @Valid @RequestBody RequestRequests.RecordAnswer body, HttpServletRequest request) {
    if (!Question.ID.matcher(questionId).matches()) {
      throw new AggregateNotFoundException("question", questionId);
    }
    body.requireExactlyOne();
    return send(request, id, new RequestCommand.RecordAnswer(questionId, body.text(), body.fileUrl(), body.options()));
  }

  @PostMapping(path = "/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> submit(@PathVariable String id, @Valid @RequestBody RequestRequests.Submit body,
      HttpServletRequest request) {
    return send(request, id, new RequestCommand.SubmitRequest(body.email(), body.paymentMethodToken()));
  }

  @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> cancel(@PathVariable String id, @Valid @RequestBody RequestRequests.Cancel body,
      HttpServletRequest request) {
    var by = Caller.of(request).isStaff() ? RequestCommand.CancelledBy.STAFF : RequestCommand.CancelledBy.CUSTOMER;
    return send(request, id, new RequestCommand.CancelRequest(body.reason(), by));
  }

  @PostMapping("/{id}/design/start")
  ResponseEntity<RequestView> startDesign(@PathVariable String id, HttpServletRequest request) {
    return send(request, id, new RequestCommand.StartDesign());
  }

  @PostMapping(path = "/{id}/design/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RequestView> completeDesign(@PathVariable String id, @Valid @RequestBody RequestRequests.Complete body,
      HttpServletRequest request) {
    return send(request, id, new RequestCommand.CompleteDesign(body.resultUrl()));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable String id, HttpServletRequest request) {
    return reads.read(RequestAggregate.DEFINITION, "design request", id, request, RequestView::of);
  }

  private ResponseEntity<RequestView> send(HttpServletRequest request, String id, RequestCommand command) {
    AggregateReads.requireUuid("design request", id);
    var outcome = gateway.send(codec, Topics.REQUESTS_COMMANDS, id, metadata.create(request, id), command);
    return responses.respond(outcome, DesignRequest.class, RequestView::of, RequestController::location);
  }

  private static URI location(String id) {
    return URI.create("/api/v1/requests/" + id);
  }
}
