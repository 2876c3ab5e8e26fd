-- Main-break history: the key makes re-importing the same file harmless.
CREATE TABLE main_break (
    incident_id    text        NOT NULL,
    break_date     date        NOT NULL,
    asset_id       text        NOT NULL,
    street_segment text        NOT NULL,
    imported_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (incident_id, break_date, asset_id)
);
CREATE INDEX main_break_date ON main_break (break_date);

-- One row per scoring run: model, training window, sizes, drift against the previous run.
CREATE TABLE risk_run (
    id            bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    finished_at   timestamptz      NOT NULL,
    trigger       text             NOT NULL,
    model         text             NOT NULL,
    settings      text             NOT NULL,
    training_from date             NOT NULL,
    as_of         date             NOT NULL,
    pipes         integer          NOT NULL,
    breaks        integer          NOT NULL,
    seconds       double precision NOT NULL,
    notes         text[]           NOT NULL
);

CREATE TABLE risk_run_drift (
    run_id  bigint           NOT NULL REFERENCES risk_run (id) ON DELETE CASCADE,
    ord     integer          NOT NULL,
    name    text             NOT NULL,
    psi     double precision NOT NULL,
    drifted boolean          NOT NULL,
    PRIMARY KEY (run_id, ord)
);

-- The ranked inspection list of each run; cumulative length lets a budget cut be one range scan.
CREATE TABLE risk_pipe_score (
    run_id              bigint           NOT NULL REFERENCES risk_run (id) ON DELETE CASCADE,
    rank                integer          NOT NULL,
    pipe_id             text             NOT NULL,
    length_m            double precision NOT NULL,
    cumulative_length_m double precision NOT NULL,
    likelihood          double precision NOT NULL,
    priority_per_km     double precision NOT NULL,
    factors             text[]           NOT NULL,
    PRIMARY KEY (run_id, rank)
);
