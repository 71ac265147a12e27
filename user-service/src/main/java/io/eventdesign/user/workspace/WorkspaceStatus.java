package io.eventdesign.user.workspace;

/** Active, archived by its owners, or suspended with its tenant; only an active workspace takes changes. */
public enum WorkspaceStatus {
  ACTIVE,
  ARCHIVED,
  SUSPENDED
}
