package io.eventdesign.contract.vocabulary;

/**
 * The values of a workspace member's {@code role}: owners manage the workspace and its members, editors
 * create and change its design requests, viewers read them.
 */
public enum WorkspaceRole {
  OWNER,
  EDITOR,
  VIEWER
}
