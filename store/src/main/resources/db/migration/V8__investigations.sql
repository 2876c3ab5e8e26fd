-- Alert investigations following EPA figure 6-1, one row each, saved in place at every move.
-- The alert facts are copied from the first alert so the record of figure 6-2 stands on its own;
-- the closing cause is copied whole so the record survives later edits of the utility's catalogue.
-- Step times and checklist results are parallel arrays, like the evidence arrays of the alert table.
CREATE TABLE investigation (
    id                 text PRIMARY KEY,
    incident_id        text,
    alert_ids          text[]        NOT NULL,
    alert_type         text          NOT NULL,
    alert_time         timestamptz   NOT NULL,
    source_id          text          NOT NULL,
    zone_id            text,
    x                  double precision,
    y                  double precision,
    crs                text,
    detector           text          NOT NULL,
    threshold_version  bigint        NOT NULL,
    assignee           text,
    step               text          NOT NULL,
    step_names         text[]        NOT NULL,
    step_times         timestamptz[] NOT NULL,
    check_items        text[]        NOT NULL,
    check_findings     text[]        NOT NULL,
    check_notes        text[]        NOT NULL,
    conclusion_kind    text CHECK (conclusion_kind IN ('CLOSED', 'ESCALATED')),
    cause_code         text,
    cause_category     text,
    cause_description  text,
    notified           text[],
    conclusion_notes   text,
    concluded_by       text,
    concluded_at       timestamptz
);
CREATE INDEX investigation_alert_time ON investigation (alert_time);
CREATE INDEX investigation_incident ON investigation (incident_id);
CREATE INDEX investigation_alert_ids ON investigation USING gin (alert_ids);
CREATE INDEX investigation_step_assignee ON investigation (step, assignee);
