-- Tenants, workspaces and their members (tenants.state, workspaces.state), and the tenant each person
-- signed up into (user.registered.tenantId; null for accounts from before tenants existed).

ALTER TABLE users ADD COLUMN tenant_id text;
CREATE INDEX users_tenant_idx ON users (tenant_id, created_at, id);

CREATE TABLE tenants (
    id                  text        PRIMARY KEY,
    name                text        NOT NULL,
    plan                text        NOT NULL,
    status              text        NOT NULL,
    deactivation_reason text,
    admin_ids           text[]      NOT NULL DEFAULT '{}',
    workspace_ids       text[]      NOT NULL DEFAULT '{}',
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX tenants_created_idx ON tenants (created_at, id);
CREATE INDEX tenants_admins_idx ON tenants USING gin (admin_ids);

CREATE TABLE workspaces (
    id            text        PRIMARY KEY,
    tenant_id     text        NOT NULL,
    name          text        NOT NULL,
    status        text        NOT NULL,
    status_reason text,
    member_limit  integer     NOT NULL,
    member_count  integer     NOT NULL,
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX workspaces_tenant_idx ON workspaces (tenant_id, created_at, id);
CREATE INDEX workspaces_created_idx ON workspaces (created_at, id);

-- One row per member of each workspace, as of the workspace's version workspace_version.
CREATE TABLE workspace_members (
    workspace_id      text        NOT NULL,
    user_id           text        NOT NULL,
    tenant_id         text        NOT NULL,
    role              text        NOT NULL,
    since             timestamptz NOT NULL,
    workspace_version bigint      NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_user_idx ON workspace_members (user_id, workspace_id);
CREATE INDEX workspace_members_tenant_idx ON workspace_members (tenant_id, user_id);
