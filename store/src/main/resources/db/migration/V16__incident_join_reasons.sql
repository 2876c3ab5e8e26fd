-- Why each alert is in its incident, parallel to alert_ids (empty for incidents recorded before).
ALTER TABLE incident ADD COLUMN join_reasons text[] NOT NULL DEFAULT '{}';
