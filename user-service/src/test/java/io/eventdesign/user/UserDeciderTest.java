package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.vocabulary.UserStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given past events, when a command, then these events or this rejection. */
class UserDeciderTest {

  private final UserDecider decider = new UserDecider();

  private static final UserEvent.Registered REGISTERED =
      new UserEvent.Registered("u-1", "Ada@Example.com", "Ada", "Lovelace", "Analytical Engines", "t-1", null);

  private Decision<UserEvent> given(List<UserEvent> past, UserCommand command) {
    User state = decider.initialState();
    for (UserEvent event : past) {
      state = decider.evolve(state, event);
    }
    return decider.decide(command, state);
  }

  private static List<UserEvent> events(Decision<UserEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted<UserEvent>) decision).events();
  }

  private static Rejection rejection(Decision<UserEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected<UserEvent>) decision).rejection();
  }

  @Test
  void registeringANewUserRecordsTrimmedDetailsAndTheTenantItJoins() {
    var decision = given(List.of(), new UserCommand.RegisterUser("u-1", "ada@example.com", " Ada ", "Lovelace", " ", "t-1", null));

    assertThat(events(decision)).containsExactly(
        new UserEvent.Registered("u-1", "ada@example.com", "Ada", "Lovelace", null, "t-1", null));
  }

  @Test
  void anEmailAddressNotInItsCanonicalFormIsRefused() {
    for (String email : new String[] {" Ada@Example.com ", "ada\u0000@example.com", "ada\u200B@example.com", "not-an-address"}) {
      var decision = given(List.of(), new UserCommand.RegisterUser("u-1", email, "Ada", "Lovelace", null, "t-1", null));
      assertThat(rejection(decision).field()).as(email).isEqualTo("email");
    }
  }

  @Test
  void registeringAnExistingUserIsAConflict() {
    var decision = given(List.of(REGISTERED), new UserCommand.RegisterUser("u-1", "b@example.com", "B", "C", null, "t-1", null));

    assertThat(rejection(decision).kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void registeringWithAnInvalidEmailNamesTheField() {
    var decision = given(List.of(), new UserCommand.RegisterUser("u-1", "not-an-email", "Ada", "Lovelace", null, "t-1", null));

    assertThat(rejection(decision)).extracting(Rejection::kind, Rejection::field)
        .containsExactly(Rejection.Kind.VALIDATION, "email");
  }

  @Test
  void commandsOnAnUnknownUserAreNotFound() {
    assertThat(rejection(given(List.of(), new UserCommand.ActivateUser())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    assertThat(rejection(given(List.of(), new UserCommand.GrantRole(UserRole.ADMIN))).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
  }

  @Test
  void activatingAnInactiveUserActivatesIt() {
    assertThat(events(given(List.of(REGISTERED), new UserCommand.ActivateUser())))
        .containsExactly(new UserEvent.Activated());
  }

  @Test
  void activatingTwiceIsRejectedWithTheCurrentStatus() {
    var rejection = rejection(given(List.of(REGISTERED, new UserEvent.Activated()), new UserCommand.ActivateUser()));

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(rejection.currentStatus()).isEqualTo("ACTIVE");
  }

  @Test
  void aDeactivatedUserCanBeReactivated() {
    var past = List.<UserEvent>of(REGISTERED, new UserEvent.Activated(), new UserEvent.Deactivated("left"));

    assertThat(events(given(past, new UserCommand.ActivateUser()))).containsExactly(new UserEvent.Activated());
  }

  @Test
  void aDeactivatedUserCannotBeChanged() {
    var past = List.<UserEvent>of(REGISTERED, new UserEvent.Deactivated("left"));

    assertThat(rejection(given(past, new UserCommand.UpdateProfile("A", "B", null, null, null))).kind())
        .isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(rejection(given(past, new UserCommand.GrantRole(UserRole.STAFF))).kind())
        .isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(rejection(given(past, new UserCommand.DeactivateUser("again"))).kind())
        .isEqualTo(Rejection.Kind.INVALID_STATE);
  }

  @Test
  void updatingTheProfileRecordsTheNewValues() {
    var decision = given(List.of(REGISTERED),
        new UserCommand.UpdateProfile("Augusta", "King", "https://img.example/a.png", "Europe/London", "en-GB"));

    assertThat(events(decision)).containsExactly(
        new UserEvent.ProfileUpdated("Augusta", "King", "https://img.example/a.png", "Europe/London", "en-GB"));
  }

  @Test
  void anUnchangedProfileRecordsNothing() {
    var past = List.<UserEvent>of(REGISTERED, new UserEvent.ProfileUpdated("Ada", "Lovelace", null, "UTC", null));

    assertThat(events(given(past, new UserCommand.UpdateProfile("Ada", "Lovelace", null, "UTC", null)))).isEmpty();
  }

  @Test
  void grantingAndRevokingRolesIsIdempotent() {
    var withStaff = List.<UserEvent>of(REGISTERED, new UserEvent.RoleGranted(UserRole.STAFF));

    assertThat(events(given(List.of(REGISTERED), new UserCommand.GrantRole(UserRole.STAFF))))
        .containsExactly(new UserEvent.RoleGranted(UserRole.STAFF));
    assertThat(events(given(withStaff, new UserCommand.GrantRole(UserRole.STAFF)))).isEmpty();
    assertThat(events(given(withStaff, new UserCommand.RevokeRole(UserRole.STAFF))))
        .containsExactly(new UserEvent.RoleRevoked(UserRole.STAFF));
    assertThat(events(given(List.of(REGISTERED), new UserCommand.RevokeRole(UserRole.STAFF)))).isEmpty();
  }

  @Test
  void evolveFoldsEveryEventIntoTheState() {
    User state = decider.initialState();
    for (UserEvent event : List.of(REGISTERED, new UserEvent.Activated(), new UserEvent.RoleGranted(UserRole.ADMIN),
        new UserEvent.RoleGranted(UserRole.CUSTOMER), new UserEvent.RoleRevoked(UserRole.ADMIN),
        new UserEvent.ProfileUpdated("Ada", "King", null, "Europe/London", "en"))) {
      state = decider.evolve(state, event);
    }

    assertThat(state.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(state.roles()).containsExactly(UserRole.CUSTOMER);
    assertThat(state.lastName()).isEqualTo("King");
    assertThat(state.timeZone()).isEqualTo("Europe/London");
    assertThat(state.email()).isEqualTo("Ada@Example.com");
  }
}
