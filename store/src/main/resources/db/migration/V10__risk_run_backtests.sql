-- Walk-forward backtests stored with each scoring run: one row per backtest as-of date and method.
CREATE TABLE risk_run_backtest (
    run_id           bigint           NOT NULL REFERENCES risk_run (id) ON DELETE CASCADE,
    ord              integer          NOT NULL,
    as_of            date             NOT NULL,
    truth_to         date             NOT NULL,
    method           text             NOT NULL,
    breaks           integer          NOT NULL,
    unjoined_breaks  integer          NOT NULL,
    capture_at_5     double precision NOT NULL,
    capture_at_10    double precision NOT NULL,
    auc              double precision NOT NULL,
    PRIMARY KEY (run_id, ord)
);
