package io.eventdesign.platform.command;

import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
import io.eventdesign.platform.workspace.WorkspaceEntry;
import java.util.Collection;
import java.util.function.Function;

/**
 * Where a person stands with an existing aggregate as a customer: its owner, its members, or the members
 * of the workspace it belongs to. Finer rules (which member may do what) are the decider's, from the
 * acting user the command names.
 *
 * @param <S> the aggregate's state
 */
@FunctionalInterface
public interface People<S> {

  /** What a person may do with an aggregate. */
  enum Standing {
    /** Nothing; its existence is not revealed (404). */
    NONE,
    /** Read it; their role does not let them change it (403). */
    READS,
    /** Read it; nobody changes it while its workspace is not active (409). */
    FROZEN,
    /** Read and act on it. */
    ACTS;

    public boolean reads() {
      return this != NONE;
    }
  }

  /** Where {@code userId} stands with the aggregate in {@code state}. */
  Standing standing(S state, String userId, WorkspaceDirectory workspaces);

  /** Whether {@link #standing} looks workspaces up (the write side then keeps a {@link WorkspaceDirectory}). */
  default boolean consultsWorkspaces() {
    return false;
  }

  /** The one user {@code owner} names (null: nobody; only staff, service clients and sagas). */
  static <S> People<S> owner(Function<S, String> owner) {
    return (state, userId, workspaces) -> userId != null && userId.equals(owner.apply(state)) ? Standing.ACTS : Standing.NONE;
  }

  /** Every user {@code members} names. */
  static <S> People<S> members(Function<S, Collection<String>> members) {
    return (state, userId, workspaces) -> userId != null && members.apply(state).contains(userId)
        ? Standing.ACTS
        : Standing.NONE;
  }

  /**
   * The members of the workspace {@code workspace} names, by their role there now (owners and editors act,
   * viewers read; nobody acts while it is not active); without a workspace, {@code owner} alone.
   */
  static <S> People<S> workspaceMembersOrOwner(Function<S, String> workspace, Function<S, String> owner) {
    People<S> personal = owner(owner);
    return new People<>() {
      @Override
      public Standing standing(S state, String userId, WorkspaceDirectory workspaces) {
        String workspaceId = workspace.apply(state);
        if (workspaceId == null) {
          return personal.standing(state, userId, workspaces);
        }
        return workspaces.find(workspaceId).map(entry -> memberStanding(entry, userId)).orElse(Standing.NONE);
      }

      @Override
      public boolean consultsWorkspaces() {
        return true;
      }
    };
  }

  private static Standing memberStanding(WorkspaceEntry workspace, String userId) {
    return workspace.roleOf(userId).map(role -> !workspace.active() ? Standing.FROZEN
        : role == WorkspaceRole.VIEWER ? Standing.READS
        : Standing.ACTS).orElse(Standing.NONE);
  }
}
