-- Quarantine rows are keyed by what identifies a refused record, so storing the same batch again
-- (a retry after a failed commit, a replayed file) cannot add it twice. Existing copies are folded
-- into the oldest row first, so the index can be built on a database that already holds duplicates.
ALTER TABLE quarantine ADD COLUMN raw_digest text GENERATED ALWAYS AS (md5(raw)) STORED;
DELETE FROM quarantine later
    USING quarantine earlier
    WHERE later.id > earlier.id
      AND later.channel = earlier.channel
      AND later.position = earlier.position
      AND later.received_at = earlier.received_at
      AND later.reason = earlier.reason
      AND later.raw_digest = earlier.raw_digest;
CREATE UNIQUE INDEX quarantine_record ON quarantine (channel, position, received_at, reason, raw_digest);

-- The delivery path (ADR 0010): what was stored, recorded in the same transaction as the change,
-- and delivered after commit to each consumer, retried with backoff, parked after too many failures.
CREATE TABLE delivery_event (
    id          bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    topic       text        NOT NULL,
    -- Idempotency: an event published twice under one key (a replayed alert) is delivered once.
    event_key   text        NOT NULL UNIQUE,
    payload     bytea       NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- One row per event and consumer still to deliver (or parked); deleted once delivered.
-- source is set when a consumer failed on part of an event: that source's part is retried alone.
CREATE TABLE delivery (
    id              bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    event_id        bigint      NOT NULL REFERENCES delivery_event (id) ON DELETE CASCADE,
    consumer        text        NOT NULL,
    source          text,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    parked          boolean     NOT NULL DEFAULT false,
    error           text,
    first_failed_at timestamptz,
    last_failed_at  timestamptz
);
CREATE UNIQUE INDEX delivery_part ON delivery (event_id, consumer, coalesce(source, ''));
CREATE INDEX delivery_due ON delivery (consumer, next_attempt_at, id) WHERE NOT parked;
CREATE INDEX delivery_parked ON delivery (id) WHERE parked;
