-- Records the PostgreSQL sink parked: ones it could not decode or write, and the later records of
-- the same key on the same topic, which wait behind them until re-published (never applied out of order).
CREATE TABLE sink_parked_records (
    source_topic     text        NOT NULL,
    source_partition integer     NOT NULL,
    source_offset    bigint      NOT NULL,
    record_key       text,
    reason           text        NOT NULL,
    value_bytes      bytea,
    parked_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_topic, source_partition, source_offset)
);

CREATE INDEX sink_parked_records_by_key ON sink_parked_records (record_key, source_topic);
