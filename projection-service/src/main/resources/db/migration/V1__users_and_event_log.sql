-- Projections only: everything here can be rebuilt from the Kafka topics.

CREATE TABLE users (
    id                  text        PRIMARY KEY,
    email               text        NOT NULL,
    first_name          text        NOT NULL,
    last_name           text        NOT NULL,
    display_name        text        NOT NULL,
    company             text,
    status              text        NOT NULL,
    deactivation_reason text,
    roles               text[]      NOT NULL DEFAULT '{}',
    avatar_url          text,
    time_zone           text,
    language            text,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX users_email_idx ON users (lower(email));
CREATE INDEX users_status_idx ON users (status);
CREATE INDEX users_roles_idx ON users USING gin (roles);

-- Mirror of every consumed event: one row per event id, whatever the delivery count.
CREATE TABLE event_log (
    event_id           text        PRIMARY KEY,
    topic              text        NOT NULL,
    kafka_partition    integer     NOT NULL,
    kafka_offset       bigint      NOT NULL,
    event_type         text        NOT NULL,
    aggregate_type     text        NOT NULL,
    aggregate_id       text        NOT NULL,
    aggregate_version  bigint      NOT NULL,
    occurred_at        timestamptz NOT NULL,
    actor              text        NOT NULL,
    user_id            text,
    correlation_id     text        NOT NULL,
    causation_id       text        NOT NULL,
    idempotency_key    text,
    attributes         jsonb       NOT NULL DEFAULT '{}',
    payload            jsonb       NOT NULL,
    schema_fingerprint text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX event_log_position_idx ON event_log (topic, kafka_partition, kafka_offset);
CREATE INDEX event_log_aggregate_idx ON event_log (aggregate_type, aggregate_id, aggregate_version);
CREATE INDEX event_log_correlation_idx ON event_log (correlation_id);
CREATE INDEX event_log_type_idx ON event_log (event_type);
CREATE INDEX event_log_occurred_idx ON event_log (occurred_at);
