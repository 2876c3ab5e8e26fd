-- The file the current network was imported from, kept whole: the hydraulic model needs its patterns,
-- curves, controls and options, which the element graph does not hold. At most one row.
CREATE TABLE network_source (
    id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    file_name   text        NOT NULL,
    content     bytea       NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now()
);
