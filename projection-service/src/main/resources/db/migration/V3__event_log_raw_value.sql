-- The exact bytes of every mirrored event, so that state as of any time can be folded through the
-- same reducers the live topologies use.
ALTER TABLE event_log ADD COLUMN value_bytes bytea;
CREATE INDEX event_log_order_idx ON event_log (occurred_at, event_id);
CREATE INDEX event_log_actor_idx ON event_log (actor);
CREATE INDEX event_log_user_idx ON event_log (user_id);
CREATE INDEX event_log_request_idx ON event_log ((payload->>'requestId')) WHERE aggregate_type = 'payment';
