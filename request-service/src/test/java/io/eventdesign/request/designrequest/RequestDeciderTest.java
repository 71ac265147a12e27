package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.request.catalog.Product;
import io.eventdesign.request.catalog.Question;
import io.eventdesign.request.catalog.QuestionKind;
import io.eventdesign.request.designrequest.RequestCommand.CancelledBy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given past events, when a command, then these events or this rejection. */
class RequestDeciderTest {

  static final Product LOGO = new Product("logo", "Logo design", "LOGO", 14900, "EUR", List.of(
      new Question("brand-name", "Brand?", QuestionKind.TEXT, true, null),
      new Question("style", "Style?", QuestionKind.OPTIONS, true, List.of("minimal", "bold")),
      new Question("references", "Examples", QuestionKind.FILE, false, null)));

  private final RequestDecider decider = new RequestDecider();

  private static final RequestEvent CREATED = new RequestEvent.Created("r-1", "u-1", null, null, LOGO, "LOGO-001");
  private static final RequestEvent BRAND = new RequestEvent.AnswerRecorded(new Answer("brand-name", 1, "Acme", null, null));
  private static final RequestEvent STYLE = new RequestEvent.AnswerRecorded(new Answer("style", 1, null, null, List.of("bold")));
  private static final RequestEvent SUBMITTED = new RequestEvent.Submitted("u-1", "a@example.com", 14900, "EUR", null);
  private static final RequestEvent PAID = new RequestEvent.Paid("p-1", 14900, "EUR");

  private Decision<RequestEvent> given(List<RequestEvent> past, RequestCommand command) {
    DesignRequest state = decider.initialState();
    for (RequestEvent event : past) {
      state = decider.evolve(state, event);
    }
    return decider.decide(command, state);
  }

  private static List<RequestEvent> events(Decision<RequestEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted<RequestEvent>) decision).events();
  }

  private static Rejection rejection(Decision<RequestEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected<RequestEvent>) decision).rejection();
  }

  private static List<RequestEvent> history(RequestEvent... events) {
    return new ArrayList<>(List.of(events));
  }

  @Test
  void aRequestIsCreatedInAWorkspaceByItsOwnersAndEditorsOnly() {
    WorkspaceSeat editor = new WorkspaceSeat("w-1", "t-1", WorkspaceStatus.ACTIVE, WorkspaceRole.EDITOR);
    assertThat(events(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1", editor, LOGO, "LOGO-001"))))
        .containsExactly(new RequestEvent.Created("r-1", "u-1", "w-1", "t-1", LOGO, "LOGO-001"));
    WorkspaceSeat owner = new WorkspaceSeat("w-1", "t-1", WorkspaceStatus.ACTIVE, WorkspaceRole.OWNER);
    assertThat(events(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1", owner, LOGO, "LOGO-001")))).hasSize(1);

    Rejection outsider = rejection(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1",
        new WorkspaceSeat("w-1", null, null, null), LOGO, "LOGO-001")));
    assertThat(outsider.kind()).isEqualTo(Rejection.Kind.VALIDATION);
    assertThat(outsider.field()).isEqualTo("workspaceId");

    Rejection viewer = rejection(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1",
        new WorkspaceSeat("w-1", "t-1", WorkspaceStatus.ACTIVE, WorkspaceRole.VIEWER), LOGO, "LOGO-001")));
    assertThat(viewer.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);

    for (WorkspaceStatus inactive : List.of(WorkspaceStatus.SUSPENDED, WorkspaceStatus.ARCHIVED)) {
      Rejection closed = rejection(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1",
          new WorkspaceSeat("w-1", "t-1", inactive, WorkspaceRole.OWNER), LOGO, "LOGO-001")));
      assertThat(closed.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
      assertThat(closed.currentStatus()).isEqualTo(inactive.name());
    }
  }

  @Test
  void aWorkspaceRequestKeepsItsWorkspaceAndTenantThroughItsLife() {
    DesignRequest state = decider.initialState();
    for (RequestEvent event : List.of(new RequestEvent.Created("r-1", "u-1", "w-1", "t-1", LOGO, "LOGO-001"), BRAND,
        STYLE, SUBMITTED, PAID)) {
      state = decider.evolve(state, event);
    }
    assertThat(state.workspaceId()).isEqualTo("w-1");
    assertThat(state.tenantId()).isEqualTo("t-1");
    assertThat(decider.evolve(decider.initialState(), CREATED).workspaceId()).as("a personal request").isNull();
  }

  @Test
  void creatingARequestNeedsADesignCodeWithTheProductsPrefix() {
    assertThat(events(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1", null, LOGO, "LOGO-001")))).containsExactly(CREATED);
    assertThat(rejection(given(List.of(), new RequestCommand.CreateRequest("r-1", "u-1", null, LOGO, "CARD-001"))).field())
        .isEqualTo("designCode");
  }

  @Test
  void answeringAgainRecordsTheNextVersion() {
    var decision = given(history(CREATED, BRAND), new RequestCommand.RecordAnswer("brand-name", "Acme Inc", null, null));

    assertThat(events(decision)).containsExactly(
        new RequestEvent.AnswerRecorded(new Answer("brand-name", 2, "Acme Inc", null, null)));
  }

  @Test
  void anAnswerMustFitTheQuestion() {
    assertThat(rejection(given(history(CREATED), new RequestCommand.RecordAnswer("brand-name", null, "https://x.example/f", null))).field())
        .isEqualTo("text");
    assertThat(rejection(given(history(CREATED), new RequestCommand.RecordAnswer("style", null, null, List.of("neon")))).message())
        .contains("neon");
    assertThat(rejection(given(history(CREATED), new RequestCommand.RecordAnswer("colour", "red", null, null))).field())
        .isEqualTo("questionId");
    assertThat(rejection(given(history(CREATED), new RequestCommand.RecordAnswer("brand-name", "a", "https://x.example/f", null))).kind())
        .isEqualTo(Rejection.Kind.VALIDATION);
  }

  @Test
  void submittingNeedsEveryRequiredAnswer() {
    var rejection = rejection(given(history(CREATED, BRAND), new RequestCommand.SubmitRequest("a@example.com", null)));

    assertThat(rejection.field()).isEqualTo("answers");
    assertThat(rejection.message()).contains("style");
  }

  @Test
  void submittingACompleteDraftAsksForThePrice() {
    assertThat(events(given(history(CREATED, BRAND, STYLE), new RequestCommand.SubmitRequest("a@example.com", "tok_visa"))))
        .containsExactly(new RequestEvent.Submitted("u-1", "a@example.com", 14900, "EUR", "tok_visa"));
  }

  @Test
  void anEmailAddressNotInItsCanonicalFormIsRefused() {
    for (String email : new String[] {" a@example.com ", "A@example.com", "a\u0000@example.com", "a\u200B@example.com"}) {
      var rejection = rejection(given(history(CREATED, BRAND, STYLE), new RequestCommand.SubmitRequest(email, null)));
      assertThat(rejection.field()).as(email).isEqualTo("email");
    }
  }

  @Test
  void answersAreFrozenOnceSubmitted() {
    var rejection = rejection(given(history(CREATED, BRAND, STYLE, SUBMITTED),
        new RequestCommand.RecordAnswer("brand-name", "Other", null, null)));

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(rejection.currentStatus()).isEqualTo("SUBMITTED");
  }

  @Test
  void aSucceededPaymentMarksASubmittedRequestPaidOnce() {
    var paid = new RequestCommand.MarkPaid("p-1", 14900, "EUR");

    assertThat(events(given(history(CREATED, BRAND, STYLE, SUBMITTED), paid))).containsExactly(PAID);
    assertThat(events(given(history(CREATED, BRAND, STYLE, SUBMITTED, PAID), paid))).isEmpty();
  }

  @Test
  void aFailedPaymentIsRecordedAndTheRequestStaysPayable() {
    var failure = new RequestCommand.RecordPaymentFailure("p-1", "card_declined", "Declined", 1);
    var past = history(CREATED, BRAND, STYLE, SUBMITTED);

    assertThat(events(given(past, failure))).containsExactly(
        new RequestEvent.PaymentFailed("p-1", "card_declined", "Declined", 1));
    past.add(new RequestEvent.PaymentFailed("p-1", "card_declined", "Declined", 1));
    assertThat(events(given(past, new RequestCommand.MarkPaid("p-1", 14900, "EUR")))).containsExactly(PAID);
  }

  @Test
  void cancellingIsAllowedFromDraftSubmittedAndPaidOnly() {
    var cancel = new RequestCommand.CancelRequest("changed my mind", CancelledBy.CUSTOMER);

    assertThat(events(given(history(CREATED), cancel)))
        .containsExactly(new RequestEvent.Cancelled("changed my mind", CancelledBy.CUSTOMER, RequestStatus.DRAFT));
    assertThat(events(given(history(CREATED, BRAND, STYLE, SUBMITTED, PAID), cancel)))
        .containsExactly(new RequestEvent.Cancelled("changed my mind", CancelledBy.CUSTOMER, RequestStatus.PAID));
    var started = history(CREATED, BRAND, STYLE, SUBMITTED, PAID, new RequestEvent.DesignStarted());
    assertThat(rejection(given(started, cancel)).currentStatus()).isEqualTo("DESIGN_STARTED");
  }

  @Test
  void aPaymentAfterCancellationChangesNothingHere() {
    var cancelled = history(CREATED, BRAND, STYLE, SUBMITTED,
        new RequestEvent.Cancelled("x", CancelledBy.STAFF, RequestStatus.SUBMITTED));

    assertThat(events(given(cancelled, new RequestCommand.MarkPaid("p-1", 14900, "EUR")))).isEmpty();
  }

  @Test
  void designStartsOnlyWhenPaidAndCompletesOnlyWhenStarted() {
    assertThat(rejection(given(history(CREATED, BRAND, STYLE, SUBMITTED), new RequestCommand.StartDesign())).currentStatus())
        .isEqualTo("SUBMITTED");
    assertThat(events(given(history(CREATED, BRAND, STYLE, SUBMITTED, PAID), new RequestCommand.StartDesign())))
        .containsExactly(new RequestEvent.DesignStarted());
    assertThat(rejection(given(history(CREATED, BRAND, STYLE, SUBMITTED, PAID), new RequestCommand.CompleteDesign("https://r.example/1")))
        .kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(events(given(history(CREATED, BRAND, STYLE, SUBMITTED, PAID, new RequestEvent.DesignStarted()),
        new RequestCommand.CompleteDesign("https://r.example/1"))))
        .containsExactly(new RequestEvent.DesignCompleted("https://r.example/1"));
  }

  @Test
  void commandsOnAnUnknownRequestAreNotFound() {
    assertThat(rejection(given(List.of(), new RequestCommand.StartDesign())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
  }
}
