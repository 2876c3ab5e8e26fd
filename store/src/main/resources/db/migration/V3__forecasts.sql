-- DMA inflow forecasts: one row per area and origin, one row per forecast hour with its interval.
CREATE TABLE dma_forecast (
    area_id         text             NOT NULL,
    origin          timestamptz      NOT NULL,
    issued_at       timestamptz      NOT NULL,
    model           text             NOT NULL,
    interval_level  double precision NOT NULL,
    PRIMARY KEY (area_id, origin)
);

-- Bounds are NULL when no interval could be estimated (too little history for backtests).
CREATE TABLE dma_forecast_hour (
    area_id         text             NOT NULL,
    origin          timestamptz      NOT NULL,
    hour            timestamptz      NOT NULL,
    litres_per_s    double precision NOT NULL,
    lower_lps       double precision,
    upper_lps       double precision,
    PRIMARY KEY (area_id, origin, hour),
    FOREIGN KEY (area_id, origin) REFERENCES dma_forecast ON DELETE CASCADE
);

-- The freshest forecast per hour: look up by area and hour, newest origin first.
CREATE INDEX dma_forecast_hour_by_hour ON dma_forecast_hour (area_id, hour, origin DESC);
