-- System consumption kept as hourly totals, so the overview's figure reads a week's buckets instead of
-- summing every interval read of the week on each call (ADR 0018). Storing reads adds, in the same
-- transaction, what the reads it inserted add per (meter, hour) to consumption_delta; the consumption
-- consumer of the delivery path folds those rows into the totals and deletes them in one transaction,
-- so each stored read is counted exactly once however often an event is delivered.
-- Sums are numeric: a bucket's total does not depend on the order its parts were added in.

-- What stored reads added and is not folded into the totals yet.
CREATE TABLE consumption_delta (
    source_id integer     NOT NULL,
    hour      timestamptz NOT NULL,
    litres    numeric     NOT NULL
);

-- Interval volume per meter (reading source) and UTC hour.
CREATE TABLE consumption_meter_hour (
    source_id integer     NOT NULL,
    hour      timestamptz NOT NULL,
    litres    numeric     NOT NULL,
    PRIMARY KEY (source_id, hour)
) WITH (fillfactor = 80); -- room on each page for its rows' updates in place (HOT): litres is not indexed

-- Which meters reported in a UTC day: the day's distinct meters without scanning its hours.
CREATE TABLE consumption_meter_day (
    source_id integer NOT NULL,
    day       date    NOT NULL,
    PRIMARY KEY (day, source_id)
);

-- All meters together per UTC hour and per UTC day: what the overview reads.
CREATE TABLE consumption_hour (
    hour   timestamptz PRIMARY KEY,
    litres numeric     NOT NULL,
    meters integer     NOT NULL
);
CREATE TABLE consumption_day (
    day    date    PRIMARY KEY,
    litres numeric NOT NULL,
    meters integer NOT NULL
);

-- The reads stored before this migration (measurand 1 = interval volume).
INSERT INTO consumption_meter_hour (source_id, hour, litres)
SELECT source_id, date_trunc('hour', time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', sum(value::numeric)
FROM reading WHERE measurand = 1
GROUP BY 1, 2;

INSERT INTO consumption_meter_day (source_id, day)
SELECT DISTINCT source_id, (hour AT TIME ZONE 'UTC')::date FROM consumption_meter_hour;

INSERT INTO consumption_hour (hour, litres, meters)
SELECT hour, sum(litres), count(*) FROM consumption_meter_hour GROUP BY hour;

INSERT INTO consumption_day (day, litres, meters)
SELECT d.day, h.litres, d.meters
FROM (SELECT day, count(*) AS meters FROM consumption_meter_day GROUP BY day) d
JOIN (SELECT (hour AT TIME ZONE 'UTC')::date AS day, sum(litres) AS litres FROM consumption_hour GROUP BY 1) h
    ON h.day = d.day;
