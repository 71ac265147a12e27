-- The workspace each request was created in (request.created.workspaceId) and that workspace's tenant
-- (the envelope's tenantId): its members read it. Null for personal requests, which every request created
-- before workspaces existed is: their owner and staff read those.
ALTER TABLE design_request_states ADD COLUMN workspace_id text, ADD COLUMN tenant_id text;
CREATE INDEX design_request_states_workspace ON design_request_states (workspace_id, created_at, id)
  WHERE workspace_id IS NOT NULL;
CREATE INDEX design_request_states_tenant ON design_request_states (tenant_id, created_at, id) WHERE tenant_id IS NOT NULL;
