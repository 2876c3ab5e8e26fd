package org.headwater.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * When each order was approved and acknowledged, read from the server's own history ({@code work_order_event}), both
 * on the server's clock: throughput and latency need no clock shared with the bench.
 */
final class WorkOrderTimings {

    private final int approved;
    private final long[] approvedAtMicros;
    private final long[] acknowledgedAtMicros;
    private final long[] latencyMicros;

    private WorkOrderTimings(int approved, long[] approvedAtMicros, long[] acknowledgedAtMicros, long[] latencyMicros) {
        this.approved = approved;
        this.approvedAtMicros = approvedAtMicros;
        this.acknowledgedAtMicros = acknowledgedAtMicros;
        this.latencyMicros = latencyMicros;
    }

    /** How many of these orders were acknowledged so far. */
    static int acknowledged(DataSource database, List<String> ids) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM work_order_event"
                        + " WHERE to_status = 'ACKNOWLEDGED' AND order_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The approval and acknowledgement times of these orders. */
    static WorkOrderTimings read(DataSource database, List<String> ids) throws SQLException {
        String sql = "SELECT (extract(epoch FROM a.at) * 1e6)::bigint, (extract(epoch FROM k.at) * 1e6)::bigint"
                + " FROM work_order_event a LEFT JOIN work_order_event k"
                + " ON k.order_id = a.order_id AND k.to_status = 'ACKNOWLEDGED'"
                + " WHERE a.to_status = 'APPROVED' AND a.order_id = ANY (?)";
        List<long[]> rows = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long acknowledged = r.getLong(2);
                    rows.add(new long[] {r.getLong(1), r.wasNull() ? -1 : acknowledged});
                }
            }
        }
        long[] approvedAt = rows.stream().mapToLong(row -> row[0]).sorted().toArray();
        long[] acknowledgedAt = rows.stream()
                .filter(row -> row[1] >= 0)
                .mapToLong(row -> row[1])
                .sorted()
                .toArray();
        long[] latency = rows.stream()
                .filter(row -> row[1] >= 0)
                .mapToLong(row -> row[1] - row[0])
                .sorted()
                .toArray();
        return new WorkOrderTimings(rows.size(), approvedAt, acknowledgedAt, latency);
    }

    int approved() {
        return approved;
    }

    int acknowledged() {
        return acknowledgedAtMicros.length;
    }

    /**
     * Acknowledgements per second between the 10th and the 90th percentile of acknowledgement times: the rate held
     * once the outbox was busy, without the start and the tail.
     */
    double sustainedPerSecond() {
        int n = acknowledgedAtMicros.length;
        if (n < 10) {
            return 0;
        }
        int from = n / 10;
        int to = n - 1 - n / 10;
        return (to - from) / ((acknowledgedAtMicros[to] - acknowledgedAtMicros[from]) / 1e6);
    }

    /** Approvals per second over the same share of approvals. */
    double approvedPerSecond() {
        int n = approvedAtMicros.length;
        if (n < 10) {
            return 0;
        }
        int from = n / 10;
        int to = n - 1 - n / 10;
        return (to - from) / ((approvedAtMicros[to] - approvedAtMicros[from]) / 1e6);
    }

    /** Approval to acknowledgement, in milliseconds, at this quantile (0..1). */
    double latencyMillis(double quantile) {
        if (latencyMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(latencyMicros.length - 1, Math.ceil(quantile * latencyMicros.length) - 1);
        return latencyMicros[Math.max(0, index)] / 1e3;
    }
}
