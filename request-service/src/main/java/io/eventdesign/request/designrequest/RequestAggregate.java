package io.eventdesign.request.designrequest;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import java.util.Map;

/** How the generic command processor runs design requests. */
final class RequestAggregate {

  static final AggregateDefinition<RequestCommand, RequestEvent, DesignRequest> DEFINITION =
      new AggregateDefinition<>(
          "request",
          new RequestDecider(),
          Map.of(
              "CreateRequest", RequestCommand.CreateRequest.class,
              "RecordAnswer", RequestCommand.RecordAnswer.class,
              "SubmitRequest", RequestCommand.SubmitRequest.class,
              "CancelRequest", RequestCommand.CancelRequest.class,
              "StartDesign", RequestCommand.StartDesign.class,
              "CompleteDesign", RequestCommand.CompleteDesign.class,
              "MarkPaid", RequestCommand.MarkPaid.class,
              "RecordPaymentFailure", RequestCommand.RecordPaymentFailure.class,
              "NoteRefund", RequestCommand.NoteRefund.class),
          DesignRequest.class,
          new RequestEventMapper(),
          Topics.REQUESTS_COMMANDS,
          Topics.REQUESTS_EVENTS,
          People.workspaceMembersOrOwner(DesignRequest::workspaceId, DesignRequest::ownerId),
          DesignRequest::tenantId);

  private RequestAggregate() {}
}
