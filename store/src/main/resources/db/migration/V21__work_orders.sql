-- Work orders: drafted by rules and models, approved by people, sent to the CMMS through the outbox.
CREATE SEQUENCE work_order_number;

CREATE TABLE work_order (
    id                 text PRIMARY KEY,
    version            bigint NOT NULL,
    status             text NOT NULL,
    type               text NOT NULL,
    title              text NOT NULL,
    description        text NOT NULL,
    priority           text NOT NULL,
    asset_id           text,
    address            text,
    x                  double precision,
    y                  double precision,
    crs                text,
    zone_id            text,
    crew               text NOT NULL,
    duration_hours     double precision NOT NULL,
    checklist          text[] NOT NULL,
    alert_ids          text[] NOT NULL,
    incident_id        text,
    investigation_id   text,
    investigation_step integer,
    risk_run_id        bigint,
    pipe_ids           text[] NOT NULL,
    window_sources     text[] NOT NULL,
    window_froms       timestamptz[] NOT NULL,
    window_tos         timestamptz[] NOT NULL,
    source_kind        text NOT NULL,
    source_name        text NOT NULL,
    source_version     text NOT NULL,
    problem            text NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    cmms_reference     text,
    decided_by         text,
    reason             text,
    close_out_notes    text
);

-- one open order per problem and type, whatever races the drafting: the database refuses the second
CREATE UNIQUE INDEX work_order_one_open_per_problem ON work_order (problem, type)
    WHERE status NOT IN ('REJECTED', 'CLOSED', 'CANCELLED', 'COMPLETED');
CREATE INDEX work_order_by_status ON work_order (status, created_at DESC);
CREATE INDEX work_order_by_zone ON work_order (zone_id, created_at DESC);
CREATE INDEX work_order_by_asset ON work_order (asset_id);

CREATE TABLE work_order_event (
    order_id      text NOT NULL REFERENCES work_order (id),
    version       bigint NOT NULL,
    at            timestamptz NOT NULL,
    actor         text NOT NULL,
    from_status   text,
    to_status     text NOT NULL,
    note          text NOT NULL,
    change_fields text[] NOT NULL,
    change_before text[] NOT NULL,
    change_after  text[] NOT NULL,
    PRIMARY KEY (order_id, version)
);

-- where each CMMS's status sync resumes after a restart
CREATE TABLE cmms_cursor (
    cmms       text PRIMARY KEY,
    cursor     text NOT NULL,
    updated_at timestamptz NOT NULL
);
