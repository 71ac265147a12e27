package io.eventdesign.user.tenant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids the saga derives from what caused them, so a duplicate creates nothing twice. */
public final class TenantIds {

  private TenantIds() {}

  /** The tenant a user's sign-up creates. */
  public static String forRegistration(String userId) {
    return derived("tenant-of-registration:" + userId);
  }

  /** The workspace every tenant starts with. */
  public static String defaultWorkspaceOf(String tenantId) {
    return derived("default-workspace-of:" + tenantId);
  }

  private static String derived(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
