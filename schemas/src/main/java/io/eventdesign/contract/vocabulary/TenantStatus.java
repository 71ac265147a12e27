package io.eventdesign.contract.vocabulary;

/** The values of {@code TenantState.status}. A tenant is active until deactivated; a deactivated tenant keeps everything and takes no more changes. */
public enum TenantStatus {
  ACTIVE,
  DEACTIVATED
}
