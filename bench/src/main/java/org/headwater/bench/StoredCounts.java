package org.headwater.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server's database holds of a {@link KnownTraffic}, read directly with SQL: each sent reading
 * key and how many rows it has, and the BACKFLOW alerts per alarmed meter.
 *
 * @param stored sent readings with at least one row
 * @param duplicated rows beyond the first of a sent reading
 * @param unexpected rows of readings that were never sent
 * @param alertsRaised alarmed meters with at least one BACKFLOW alert
 * @param alertsDuplicated BACKFLOW alerts beyond the first of an alarmed meter
 * @param lostOverRest sent readings without a row that went over REST (the others went over MQTT)
 */
record StoredCounts(
        long stored, long duplicated, long unexpected, long alertsRaised, long alertsDuplicated, long lostOverRest) {

    static StoredCounts read(String jdbcUrl, Set<String> sentKeys, Set<String> restKeys, List<String> alarmedMeters)
            throws SQLException {
        Map<String, Long> rowsPerKey = new HashMap<>();
        Map<String, Long> alertsPerMeter = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl);
                Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT s.name, r.time, count(*) FROM reading r"
                    + " JOIN reading_source s ON s.id = r.source_id GROUP BY s.name, r.time")) {
                while (rows.next()) {
                    rowsPerKey.put(
                            KnownTraffic.key(
                                    rows.getString(1), rows.getTimestamp(2).toInstant()),
                            rows.getLong(3));
                }
            }
            try (ResultSet rows = sql.executeQuery(
                    "SELECT source_id, count(*) FROM alert WHERE type = 'BACKFLOW' GROUP BY source_id")) {
                while (rows.next()) {
                    alertsPerMeter.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        long stored = 0;
        long duplicated = 0;
        long unexpected = 0;
        for (Map.Entry<String, Long> key : rowsPerKey.entrySet()) {
            if (sentKeys.contains(key.getKey())) {
                stored++;
                duplicated += key.getValue() - 1;
            } else {
                unexpected += key.getValue();
            }
        }
        long lostOverRest =
                restKeys.stream().filter(k -> !rowsPerKey.containsKey(k)).count();
        long raised = 0;
        long alertsDuplicated = 0;
        for (String meter : alarmedMeters) {
            long alerts = alertsPerMeter.getOrDefault(meter, 0L);
            raised += alerts > 0 ? 1 : 0;
            alertsDuplicated += Math.max(0, alerts - 1);
        }
        return new StoredCounts(stored, duplicated, unexpected, raised, alertsDuplicated, lostOverRest);
    }
}
