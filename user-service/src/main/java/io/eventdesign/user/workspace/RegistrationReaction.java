package io.eventdesign.user.workspace;

import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.platform.processor.Reaction;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Saga: a person who signed up with an invitation becomes a member of its workspace, in the role the
 * invitation named (the workspace held the seat since the code was redeemed). Repeats change nothing.
 */
final class RegistrationReaction implements Reaction<WorkspaceCommand> {

  @Override
  public List<Caused<WorkspaceCommand>> react(SpecificRecord event) {
    if (!(event instanceof UserRegistered registered) || registered.getInvitedTo() == null) {
      return List.of();
    }
    return List.of(new Caused<>(registered.getInvitedTo(),
        new WorkspaceCommand.JoinByInvitation(registered.getEnvelope().getAggregateId())));
  }
}
