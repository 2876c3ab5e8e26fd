-- What the work-order outbox still owes the CMMS besides the order rows: the retry state of queued orders (kept
-- across restarts) and the edits and cancellations of orders the CMMS may already hold.
CREATE TABLE work_order_outbox (
    order_id     text NOT NULL REFERENCES work_order (id),
    action       text NOT NULL CHECK (action IN ('SEND', 'UPDATE', 'CANCEL')),
    failures     integer NOT NULL,
    next_attempt timestamptz NOT NULL,
    last_error   text,
    fields       text[] NOT NULL,
    reason       text,
    revision     bigint NOT NULL,
    PRIMARY KEY (order_id, action)
);
CREATE INDEX work_order_outbox_due ON work_order_outbox (action, next_attempt);
