-- Every break-risk scoring attempt as it starts and ends, so a failed run is listed with its reason.
CREATE TABLE risk_run_attempt (
    id          bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    trigger     text        NOT NULL,
    started_at  timestamptz NOT NULL,
    state       text        NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    finished_at timestamptz,
    reason      text,
    run_id      bigint REFERENCES risk_run (id) ON DELETE CASCADE,
    CHECK ((state = 'RUNNING') = (finished_at IS NULL)),
    CHECK ((state = 'FAILED') = (reason IS NOT NULL))
);
CREATE INDEX risk_run_attempt_running ON risk_run_attempt (state) WHERE state = 'RUNNING';

-- Runs stored before attempts were recorded all succeeded: list them too, in their order.
INSERT INTO risk_run_attempt (trigger, started_at, state, finished_at, run_id)
SELECT trigger, finished_at - make_interval(secs => seconds), 'SUCCEEDED', finished_at, id
FROM risk_run ORDER BY id;
