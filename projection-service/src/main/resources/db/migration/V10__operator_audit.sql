-- What operators did through the admin API (rebuilds, replays, re-publishing and discarding parked records):
-- who, what, with which parameters and why, and how it ended. Operational history, not a read model: no topic
-- holds it, so a rebuild leaves it alone.
CREATE TABLE operator_audit (
    id          uuid        PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    target      text,
    parameters  jsonb       NOT NULL,
    reason      text        NOT NULL,
    outcome     text        NOT NULL,
    result      jsonb
);

CREATE INDEX operator_audit_by_time ON operator_audit (at DESC, id DESC);
