-- Every threshold change (who, when, old, new); replayed at start so versions survive restarts.
CREATE TABLE threshold_change (
    version       bigint PRIMARY KEY,
    scope         text        NOT NULL,
    changed_by    text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    before_keys   text[]      NOT NULL,
    before_values double precision[] NOT NULL,
    after_keys    text[]      NOT NULL,
    after_values  double precision[] NOT NULL
);
