-- The customer who owns each request (request.created.ownerId), so customers read only their own rows.
-- Requests created before sign-in existed have none: only staff and read-only clients see those.
alter table design_request_states add column owner_id text;
create index design_request_states_owner on design_request_states (owner_id, created_at, id);
