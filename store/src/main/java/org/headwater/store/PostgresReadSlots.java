package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.ReadSlots;

/** {@link ReadSlots} counted in PostgreSQL, where the reads are. */
public final class PostgresReadSlots implements ReadSlots {

    private final DataSource dataSource;

    public PostgresReadSlots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, Long> distinctSlots(Duration slot, Instant from, Instant to) {
        ReadSlots.positive(slot);
        String sql =
                "SELECT s.name, slots.n FROM (SELECT source_id, count(DISTINCT floor(extract(epoch FROM time) / ?)) AS n"
                        + " FROM reading WHERE measurand IN (?, ?) AND time >= ? AND time < ? GROUP BY source_id) slots"
                        + " JOIN reading_source s ON s.id = slots.source_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setDouble(1, slot.toMillis() / 1000.0);
            query.setShort(2, MeasurandCodes.code(Measurand.REGISTER));
            query.setShort(3, MeasurandCodes.code(Measurand.INTERVAL_VOLUME));
            query.setTimestamp(4, Timestamp.from(from));
            query.setTimestamp(5, Timestamp.from(to));
            Map<String, Long> slots = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    slots.put(rows.getString(1), rows.getLong(2));
                }
            }
            return slots;
        } catch (SQLException e) {
            throw new StoreException("counting read slots", e);
        }
    }
}
