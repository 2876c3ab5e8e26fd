-- finding the incident an alert was grouped into (work-order drafting asks once per alert)
CREATE INDEX incident_members ON incident USING gin (alert_ids);
