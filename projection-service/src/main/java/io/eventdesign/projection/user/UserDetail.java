package io.eventdesign.projection.user;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.eventdesign.projection.workspace.WorkspaceQueries;
import java.util.List;

/**
 * One user as {@code GET /api/v1/users/{id}} returns it: the row's fields (its {@code tenantId} the
 * tenant the person signed up into) and the workspaces the person is a member of now, with their role.
 */
record UserDetail(@JsonUnwrapped UserRow user, List<WorkspaceQueries.Membership> workspaces) {}
