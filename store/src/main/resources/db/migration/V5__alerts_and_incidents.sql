-- Alerts raised by the detectors. Evidence readings and alarms are kept as parallel arrays so an
-- alert row holds everything that raised it.
CREATE TABLE alert (
    id                 text PRIMARY KEY,
    type               text        NOT NULL,
    severity           text        NOT NULL,
    source_id          text        NOT NULL,
    premise_id         text,
    zone_id            text,
    x                  double precision,
    y                  double precision,
    crs                text,
    time               timestamptz NOT NULL,
    detector           text        NOT NULL,
    threshold_version  bigint      NOT NULL,
    cause_hint         text,
    state              text        NOT NULL,
    cleared_at         timestamptz,
    evidence_summary   text        NOT NULL,
    evidence_sources   text[]      NOT NULL,
    evidence_measurands smallint[] NOT NULL,
    evidence_times     timestamptz[] NOT NULL,
    evidence_values    double precision[] NOT NULL,
    event_meters       text[]      NOT NULL,
    event_times        timestamptz[] NOT NULL,
    event_codes        text[]      NOT NULL,
    event_vendor_codes text[]      NOT NULL
);
CREATE INDEX alert_time ON alert (time DESC);
CREATE INDEX alert_active ON alert (source_id, type) WHERE state IN ('OPEN', 'ACKNOWLEDGED');

CREATE TABLE incident (
    id             text PRIMARY KEY,
    kind           text        NOT NULL,
    family         text        NOT NULL,
    zone_id        text,
    alert_ids      text[]      NOT NULL,
    source_ids     text[]      NOT NULL,
    first_alert_at timestamptz NOT NULL,
    last_alert_at  timestamptz NOT NULL,
    closed_at      timestamptz
);
CREATE INDEX incident_first_alert ON incident (first_alert_at DESC);
CREATE INDEX incident_open ON incident (closed_at) WHERE closed_at IS NULL;
