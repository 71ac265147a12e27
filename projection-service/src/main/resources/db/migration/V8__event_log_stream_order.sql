-- The event list's order: occurred-at, then aggregate and version (the events of one command share an
-- instant and keep their version order), then event id.
CREATE INDEX event_log_stream_order_idx ON event_log (occurred_at, aggregate_type, aggregate_id, aggregate_version, event_id);
DROP INDEX event_log_order_idx;
