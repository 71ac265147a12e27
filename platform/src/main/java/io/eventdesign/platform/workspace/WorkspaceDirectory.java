package io.eventdesign.platform.workspace;

import java.util.Optional;

/**
 * What a write side knows of workspaces and their members: the public {@code workspaces.state} topic as
 * of the instance's last read of it (a Kafka Streams global store, {@link WorkspaceDirectoryStore}). It
 * follows projection-service's fold, so a membership granted a moment ago may not be known yet.
 */
@FunctionalInterface
public interface WorkspaceDirectory {

  /** A write side that does not consult workspaces. */
  WorkspaceDirectory NONE = workspaceId -> Optional.empty();

  /** The workspace as last published; empty when unknown (never published, or undecodable). */
  Optional<WorkspaceEntry> find(String workspaceId);
}
