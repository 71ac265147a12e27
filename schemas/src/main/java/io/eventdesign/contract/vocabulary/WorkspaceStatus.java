package io.eventdesign.contract.vocabulary;

/** The values of {@code WorkspaceState.status}: active, archived by its owners, or suspended with its tenant; only an active workspace takes changes. */
public enum WorkspaceStatus {
  ACTIVE,
  ARCHIVED,
  SUSPENDED
}
