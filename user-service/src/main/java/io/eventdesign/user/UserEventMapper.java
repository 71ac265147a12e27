package io.eventdesign.user;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserDeactivated;
import io.eventdesign.contract.user.UserProfileUpdated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.user.UserRoleGranted;
import io.eventdesign.contract.user.UserRoleRevoked;
import io.eventdesign.platform.command.EventMapper;
import org.apache.avro.specific.SpecificRecord;

/** Domain user events to the public contract records on {@code users.events}. */
final class UserEventMapper implements EventMapper<UserEvent, User> {

  @Override
  public SpecificRecord toRecord(UserEvent event, User state, Envelope envelope) {
    return switch (event) {
      case UserEvent.Registered r -> UserRegistered.newBuilder().setEnvelope(envelope).setEmail(r.email())
          .setFirstName(r.firstName()).setLastName(r.lastName()).setCompany(r.company())
          .setTenantId(r.tenantId()).setInvitedTo(r.invitedTo()).build();
      case UserEvent.Activated ignored -> UserActivated.newBuilder().setEnvelope(envelope).build();
      case UserEvent.Deactivated d -> UserDeactivated.newBuilder().setEnvelope(envelope).setReason(d.reason()).build();
      case UserEvent.ProfileUpdated p -> UserProfileUpdated.newBuilder().setEnvelope(envelope)
          .setFirstName(p.firstName()).setLastName(p.lastName()).setAvatarUrl(p.avatarUrl())
          .setTimeZone(p.timeZone()).setLanguage(p.language()).build();
      case UserEvent.RoleGranted g -> UserRoleGranted.newBuilder().setEnvelope(envelope).setRole(g.role().name()).build();
      case UserEvent.RoleRevoked r -> UserRoleRevoked.newBuilder().setEnvelope(envelope).setRole(r.role().name()).build();
    };
  }
}
