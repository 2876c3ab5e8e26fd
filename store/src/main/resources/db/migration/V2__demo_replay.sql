-- State of the demo utility's replay, so a restart continues where the last run stopped.
CREATE TABLE demo_state (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Every anomaly the demo injects on purpose: the data says which of its events were made.
CREATE TABLE demo_injected_event (
    id          integer PRIMARY KEY,
    kind        text             NOT NULL,
    targets     text[]           NOT NULL,
    starts_at   timestamptz      NOT NULL,
    ends_at     timestamptz      NOT NULL,
    magnitude   double precision NOT NULL
);
