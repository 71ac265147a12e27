package io.eventdesign.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The database roles of deploy/postgres/roles.sql, which the local run applies at every start as
 * production does once: migrations and rebuilds as the owner, each service as a role that only reads and
 * writes its rows. (Locally PostgreSQL trusts connections from this machine, so the roles have no passwords.)
 */
final class DatabaseRoles {

  static final String OWNER = "eventdesign_owner";
  static final String PROJECTION_SERVICE = "projection_service";
  static final String AUTH_SERVER = "auth_server";

  private DatabaseRoles() {}

  static String script() {
    try (InputStream in = DatabaseRoles.class.getResourceAsStream("/postgres/roles.sql")) {
      if (in == null) {
        throw new IllegalStateException("postgres/roles.sql is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
