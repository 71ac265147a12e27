-- Design requests with their payment summary (from requests.state). Amounts in minor units.
CREATE TABLE design_request_states (
    id                 text        PRIMARY KEY,
    status             text        NOT NULL,
    payment_status     text,
    email              text,
    design_code        text        NOT NULL,
    product_id         text        NOT NULL,
    product_name       text        NOT NULL,
    total_amount       bigint      NOT NULL,
    currency           text        NOT NULL,
    payment_id         text,
    provider_intent_id text,
    net_amount         bigint,
    fee                bigint,
    method             text,
    failure_reason     text,
    failure_code       text,
    payment_attempts   integer     NOT NULL DEFAULT 0,
    last_attempt_at    timestamptz,
    confirmed_at       timestamptz,
    refunded_amount    bigint,
    cancel_reason      text,
    result_url         text,
    version            bigint      NOT NULL,
    payment_version    bigint,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX design_request_states_status_idx ON design_request_states (status);
CREATE INDEX design_request_states_payment_status_idx ON design_request_states (payment_status);
CREATE INDEX design_request_states_email_idx ON design_request_states (lower(email));

-- Every version of every answer (from requests.events); exactly one current per question.
CREATE TABLE design_request_answers (
    request_id   text        NOT NULL,
    question_id  text        NOT NULL,
    version      integer     NOT NULL,
    text         text,
    file_url     text,
    options      text[],
    answered_at  timestamptz NOT NULL,
    is_current   boolean     NOT NULL DEFAULT false,
    event_id     text        NOT NULL,
    PRIMARY KEY (request_id, question_id, version)
);
CREATE UNIQUE INDEX design_request_answers_one_current_idx
    ON design_request_answers (request_id, question_id) WHERE is_current;
