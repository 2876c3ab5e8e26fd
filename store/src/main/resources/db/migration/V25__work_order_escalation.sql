-- How far each order's overdue approval was escalated, per stay in the approval queue: a restart pages no level twice.
CREATE TABLE work_order_escalation (
    order_id   text        NOT NULL,
    queued_at  timestamptz NOT NULL,
    level      integer     NOT NULL CHECK (level >= 1),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (order_id, queued_at)
);
