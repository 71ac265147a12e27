package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.request.catalog.Question;
import io.eventdesign.request.catalog.QuestionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of a design request. Pure: no clock, no I/O. */
public final class RequestDecider implements Decider<RequestCommand, RequestEvent, DesignRequest> {

  private static final Set<RequestStatus> CANCELLABLE = EnumSet.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.PAID);

  @Override
  public DesignRequest initialState() {
    return DesignRequest.ABSENT;
  }

  @Override
  public Decision<RequestEvent> decide(RequestCommand command, DesignRequest request) {
    if (!(command instanceof RequestCommand.CreateRequest) && !request.exists()) {
      return Decision.reject(Rejection.notFound("no such design request"));
    }
    return switch (command) {
      case RequestCommand.CreateRequest create -> create(create, request);
      case RequestCommand.RecordAnswer answer -> recordAnswer(answer, request);
      case RequestCommand.SubmitRequest submit -> submit(submit, request);
      case RequestCommand.CancelRequest cancel -> cancel(cancel, request);
      case RequestCommand.StartDesign ignored -> transition(request, RequestStatus.PAID, new RequestEvent.DesignStarted());
      case RequestCommand.CompleteDesign complete ->
          transition(request, RequestStatus.DESIGN_STARTED, new RequestEvent.DesignCompleted(complete.resultUrl()));
      case RequestCommand.MarkPaid paid -> request.status() == RequestStatus.SUBMITTED
          ? Decision.accept(new RequestEvent.Paid(paid.paymentId(), paid.amount(), paid.currency()))
          : Decision.accept();
      case RequestCommand.RecordPaymentFailure failure -> request.status() == RequestStatus.SUBMITTED
          ? Decision.accept(new RequestEvent.PaymentFailed(failure.paymentId(), failure.failureCode(),
              failure.failureReason(), failure.attempt()))
          : Decision.accept();
      case RequestCommand.NoteRefund refund ->
          Decision.accept(new RequestEvent.Refunded(refund.paymentId(), refund.amount(), refund.currency()));
    };
  }

  private static Decision<RequestEvent> create(RequestCommand.CreateRequest command, DesignRequest request) {
    if (request.exists()) {
      return Decision.reject(Rejection.conflict("the design request already exists", "id"));
    }
    String prefix = command.product().designCodePrefix() + "-";
    if (command.designCode() == null || !command.designCode().startsWith(prefix)) {
      return Decision.reject(Rejection.validation("designCode", "must start with " + prefix));
    }
    WorkspaceSeat seat = command.workspace();
    if (seat != null) {
      Optional<Rejection> refused = seat.refusal();
      if (refused.isPresent()) {
        return Decision.reject(refused.get());
      }
    }
    return Decision.accept(new RequestEvent.Created(command.requestId(), command.ownerId(),
        seat == null ? null : seat.workspaceId(), seat == null ? null : seat.tenantId(), command.product(),
        command.designCode()));
  }

  private static Decision<RequestEvent> recordAnswer(RequestCommand.RecordAnswer command, DesignRequest request) {
    if (request.status() != RequestStatus.DRAFT) {
      return Decision.reject(Rejection.invalidState("answers can only change while the request is a draft",
          request.status().name()));
    }
    Optional<Question> question = request.product().questions().stream()
        .filter(q -> q.id().equals(command.questionId())).findFirst();
    if (question.isEmpty()) {
      return Decision.reject(Rejection.validation("questionId", "the product has no question " + command.questionId()));
    }
    Optional<String> invalid = invalidAnswer(question.get(), command);
    if (invalid.isPresent()) {
      return Decision.reject(Rejection.validation(fieldOf(question.get().kind()), invalid.get()));
    }
    Answer previous = request.answers().get(command.questionId());
    int version = previous == null ? 1 : previous.version() + 1;
    return Decision.accept(new RequestEvent.AnswerRecorded(
        new Answer(command.questionId(), version, command.text(), command.fileUrl(), command.options())));
  }

  private static Optional<String> invalidAnswer(Question question, RequestCommand.RecordAnswer answer) {
    int given = (answer.text() != null ? 1 : 0) + (answer.fileUrl() != null ? 1 : 0) + (answer.options() != null ? 1 : 0);
    if (given != 1) {
      return Optional.of("give exactly one of text, fileUrl or options");
    }
    return switch (question.kind()) {
      case TEXT -> answer.text() == null || answer.text().isBlank()
          ? Optional.of("question " + question.id() + " is answered with text") : Optional.empty();
      case FILE -> answer.fileUrl() == null
          ? Optional.of("question " + question.id() + " is answered with a fileUrl") : Optional.empty();
      case OPTIONS -> optionsProblem(question, answer.options());
    };
  }

  private static Optional<String> optionsProblem(Question question, List<String> options) {
    if (options == null || options.isEmpty()) {
      return Optional.of("question " + question.id() + " is answered with options");
    }
    List<String> unknown = options.stream().filter(o -> !question.options().contains(o)).toList();
    return unknown.isEmpty() ? Optional.empty()
        : Optional.of("unknown options " + unknown + "; allowed are " + question.options());
  }

  private static String fieldOf(QuestionKind kind) {
    return switch (kind) {
      case TEXT -> "text";
      case FILE -> "fileUrl";
      case OPTIONS -> "options";
    };
  }

  private static Decision<RequestEvent> submit(RequestCommand.SubmitRequest command, DesignRequest request) {
    if (request.status() != RequestStatus.DRAFT) {
      return Decision.reject(Rejection.invalidState("only a draft can be submitted", request.status().name()));
    }
    List<String> missing = request.product().questions().stream()
        .filter(Question::required).map(Question::id)
        .filter(id -> !request.answers().containsKey(id)).toList();
    if (!missing.isEmpty()) {
      return Decision.reject(Rejection.validation("answers", "required questions are unanswered: " + missing));
    }
    if (!Emails.isCanonical(command.email())) {
      return Decision.reject(Rejection.validation("email", "not a valid e-mail address"));
    }
    return Decision.accept(new RequestEvent.Submitted(request.ownerId(), command.email(), request.product().price(),
        request.product().currency(), command.paymentMethodToken()));
  }

  private static Decision<RequestEvent> cancel(RequestCommand.CancelRequest command, DesignRequest request) {
    if (!CANCELLABLE.contains(request.status())) {
      return Decision.reject(Rejection.invalidState(
          "a request can be cancelled only while DRAFT, SUBMITTED or PAID", request.status().name()));
    }
    return Decision.accept(new RequestEvent.Cancelled(command.reason(), command.by(), request.status()));
  }

  private static Decision<RequestEvent> transition(DesignRequest request, RequestStatus required, RequestEvent event) {
    if (request.status() != required) {
      return Decision.reject(Rejection.invalidState("the request must be " + required, request.status().name()));
    }
    return Decision.accept(event);
  }

  @Override
  public DesignRequest evolve(DesignRequest request, RequestEvent event) {
    return switch (event) {
      case RequestEvent.Created c -> new DesignRequest(c.requestId(), c.ownerId(), c.workspaceId(), c.tenantId(),
          RequestStatus.DRAFT, c.product(), c.designCode(), null, null, null, null, 0, null, null);
      case RequestEvent.AnswerRecorded a -> request.withAnswer(a.answer());
      case RequestEvent.Submitted s -> request.submitted(s.email());
      case RequestEvent.Cancelled c -> request.cancelled(c.reason());
      case RequestEvent.Paid p -> request.paid(p.paymentId());
      case RequestEvent.PaymentFailed f ->
          request.failedPayment(f.paymentId(), new DesignRequest.PaymentFailure(f.failureCode(), f.failureReason(), f.attempt()));
      case RequestEvent.Refunded r -> request.refunded(r.amount());
      case RequestEvent.DesignStarted ignored -> request.with(RequestStatus.DESIGN_STARTED);
      case RequestEvent.DesignCompleted d -> request.completed(d.resultUrl());
    };
  }
}
