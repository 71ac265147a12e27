package io.eventdesign.projection.audit;

/** The names of the audited operator actions. */
public final class AuditedActions {

  public static final String REBUILD = "projection.rebuild";
  public static final String REPLAY = "replay";
  public static final String REPUBLISH = "dead-letters.republish";
  public static final String DISCARD = "dead-letters.discard";

  private AuditedActions() {}
}
