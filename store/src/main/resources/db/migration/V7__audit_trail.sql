-- The tamper-evident audit trail (docs/audit-trail.md): every entry carries the SHA-256 of the one
-- before. Details keep their order as parallel name and value arrays.
CREATE TABLE audit_event (
    sequence      bigint PRIMARY KEY,
    recorded_at   timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    subject       text        NOT NULL,
    detail_names  text[]      NOT NULL,
    detail_values text[]      NOT NULL,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL
);

-- One row: the last appended entry. Appends lock it (SELECT ... FOR UPDATE) so the chain cannot
-- fork, and verification compares it with the last row so a cut-off tail is found.
CREATE TABLE audit_head (
    only_row      boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last_sequence bigint NOT NULL,
    last_hash     text   NOT NULL
);
INSERT INTO audit_head (only_row, last_sequence, last_hash) VALUES (true, 0, repeat('0', 64));
