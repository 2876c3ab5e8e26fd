-- Network model: one snapshot at a time; an import replaces it.
CREATE TABLE network_snapshot (
    id           bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    name         text        NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    element_count integer    NOT NULL
);

CREATE TABLE network_element (
    id         text PRIMARY KEY,
    kind       text NOT NULL,
    name       text NOT NULL,
    x          double precision,
    y          double precision,
    crs        text,
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    CHECK ((x IS NULL) = (crs IS NULL))
);
CREATE INDEX network_element_kind ON network_element (kind);

CREATE TABLE network_relation (
    from_id text NOT NULL REFERENCES network_element (id) ON DELETE CASCADE,
    type    text NOT NULL,
    to_id   text NOT NULL REFERENCES network_element (id) ON DELETE CASCADE,
    ord     integer NOT NULL
);
CREATE INDEX network_relation_from ON network_relation (from_id);
CREATE INDEX network_relation_to ON network_relation (to_id);

-- Readings in event time, partitioned by month; the key makes re-sent duplicates idempotent.
-- measurand is the ordinal-free code of org.headwater.telemetry.Measurand (see MeasurandCodes).
CREATE TABLE reading (
    source_id text             NOT NULL,
    measurand smallint         NOT NULL,
    time      timestamptz      NOT NULL,
    value     double precision NOT NULL,
    PRIMARY KEY (source_id, measurand, time)
) PARTITION BY RANGE (time);
CREATE TABLE reading_default PARTITION OF reading DEFAULT;

CREATE TABLE meter_event (
    meter_id    text        NOT NULL,
    time        timestamptz NOT NULL,
    code        text        NOT NULL,
    vendor_code text        NOT NULL,
    PRIMARY KEY (meter_id, time, code)
);

CREATE TABLE quarantine (
    id          bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    channel     text        NOT NULL,
    position    bigint      NOT NULL,
    raw         text        NOT NULL,
    reason      text        NOT NULL,
    detail      text        NOT NULL,
    received_at timestamptz NOT NULL
);
CREATE INDEX quarantine_reason ON quarantine (reason, id DESC);

CREATE TABLE app_user (
    username      text PRIMARY KEY,
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL,
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
