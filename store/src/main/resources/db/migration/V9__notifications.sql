-- Contact details are personal data: kept here only, notifications refer to them by id.
CREATE TABLE notification_contact (
    id       text PRIMARY KEY,
    role     text NOT NULL,
    channel  text NOT NULL,
    address  text NOT NULL
);
CREATE INDEX notification_contact_role ON notification_contact (role);

CREATE TABLE notification (
    id              text PRIMARY KEY,
    alert_id        text NOT NULL,
    alert_type      text NOT NULL,
    severity        text NOT NULL,
    source_id       text NOT NULL,
    zone_id         text,
    alert_time      timestamptz NOT NULL,
    contact_id      text NOT NULL,
    role            text NOT NULL,
    channel         text NOT NULL,
    kind            text NOT NULL,
    state           text NOT NULL,
    attempts        integer NOT NULL,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE state IN ('PENDING', 'RETRYING');
CREATE INDEX notification_alert ON notification (alert_id);

-- EPA 5.2: who acknowledged an alert and when; the first acknowledgement is kept.
CREATE TABLE alert_acknowledgement (
    alert_id         text PRIMARY KEY,
    acknowledged_by  text NOT NULL,
    acknowledged_at  timestamptz NOT NULL
);
