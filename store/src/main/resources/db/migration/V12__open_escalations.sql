-- Escalations still running (EPA 5.2, table 6-3): a restart continues them where they stood.
CREATE TABLE open_escalation (
    alert_id        text PRIMARY KEY,
    alert_type      text NOT NULL,
    severity        text NOT NULL,
    source_id       text NOT NULL,
    zone_id         text,
    alert_time      timestamptz NOT NULL,
    -- The chain chosen when the alert was raised: "ROLE=PT15M" per step, in order.
    chain_steps     text[] NOT NULL,
    reminder_every  text NOT NULL,
    channels        text[] NOT NULL,
    started_at      timestamptz NOT NULL,
    reached         integer NOT NULL,
    last_notice_at  timestamptz
);
