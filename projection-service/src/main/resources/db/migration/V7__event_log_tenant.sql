-- The tenant each event's aggregate belongs to (envelope.tenantId; null before tenants existed and for
-- aggregates outside any tenant), so the event API filters by tenant.
ALTER TABLE event_log ADD COLUMN tenant_id text;
CREATE INDEX event_log_tenant_idx ON event_log (tenant_id, occurred_at) WHERE tenant_id IS NOT NULL;
