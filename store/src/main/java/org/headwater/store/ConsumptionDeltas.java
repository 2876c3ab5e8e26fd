package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.VolumeBucket;

/**
 * What newly stored interval reads add to the consumption totals, recorded per (meter, hour) in the
 * transaction that inserts them and folded into the totals later (ADR 0018).
 */
final class ConsumptionDeltas {

    private static final short INTERVAL = MeasurandCodes.code(Measurand.INTERVAL_VOLUME);

    /** A CTE over {@code moved} (inserted reading rows) that records their additions. */
    static final String FROM_MOVED = "added AS (INSERT INTO consumption_delta (source_id, hour, litres)"
            + " SELECT source_id, date_trunc('hour', time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', sum(value::numeric)"
            + " FROM moved WHERE measurand = " + INTERVAL + " GROUP BY 1, 2)";

    private static final String RECORD = "INSERT INTO consumption_delta (source_id, hour, litres)"
            + " SELECT source_id, to_timestamp(hour), sum(value::numeric)"
            + " FROM unnest(?::integer[], ?::bigint[], ?::float8[]) AS u(source_id, hour, value)"
            + " GROUP BY 1, 2";

    private ConsumptionDeltas() {}

    /** Records the additions of {@code readings}, all of them inserted just now. */
    static void record(Connection connection, Collection<Reading> readings, Map<String, Integer> sourceIds)
            throws SQLException {
        List<Integer> sources = new ArrayList<>();
        List<Long> hours = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Reading r : readings) {
            if (r.measurand() == Measurand.INTERVAL_VOLUME) {
                sources.add(sourceIds.get(r.sourceId()));
                hours.add(VolumeBucket.HOUR.start(r.time()).getEpochSecond());
                values.add(r.value());
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setArray(1, connection.createArrayOf("integer", sources.toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", hours.toArray()));
            insert.setArray(3, connection.createArrayOf("float8", values.toArray()));
            insert.executeUpdate();
        }
    }
}
