package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.headwater.alert.ThresholdChange;
import org.headwater.alert.ThresholdHistory;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;

/** Threshold changes in PostgreSQL, one row per version; values as parallel field-name and number arrays. */
public final class PostgresThresholdHistory implements ThresholdHistory {

    private final DataSource dataSource;

    public PostgresThresholdHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void append(ThresholdChange change) {
        String sql = "INSERT INTO threshold_change (version, scope, changed_by, changed_at, before_keys, before_values,"
                + " after_keys, after_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, change.version());
            s.setString(2, ThresholdScope.format(change.scope()));
            s.setString(3, change.changedBy());
            s.setTimestamp(4, Timestamp.from(change.changedAt()));
            bindValues(c, s, 5, change.before());
            bindValues(c, s, 7, change.after());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording threshold change " + change.version(), e);
        }
    }

    private static void bindValues(Connection c, PreparedStatement s, int index, ThresholdValues values)
            throws SQLException {
        s.setArray(
                index,
                c.createArrayOf(
                        "text",
                        values.asMap().keySet().stream()
                                .map(ThresholdKey::fieldName)
                                .toArray()));
        s.setArray(index + 1, c.createArrayOf("float8", values.asMap().values().toArray()));
    }

    @Override
    public List<ThresholdChange> all() {
        String sql =
                "SELECT version, scope, changed_by, changed_at, before_keys, before_values, after_keys, after_values"
                        + " FROM threshold_change ORDER BY version";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            List<ThresholdChange> changes = new ArrayList<>();
            while (r.next()) {
                changes.add(new ThresholdChange(
                        r.getLong(1),
                        ThresholdScope.parse(r.getString(2)),
                        r.getString(3),
                        r.getTimestamp(4).toInstant(),
                        values((String[]) r.getArray(5).getArray(), (Double[])
                                r.getArray(6).getArray()),
                        values((String[]) r.getArray(7).getArray(), (Double[])
                                r.getArray(8).getArray())));
            }
            return changes;
        } catch (SQLException e) {
            throw new StoreException("reading threshold changes", e);
        }
    }

    private static ThresholdValues values(String[] fields, Double[] numbers) {
        Map<ThresholdKey, Double> values = new EnumMap<>(ThresholdKey.class);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            values.put(
                    ThresholdKey.byFieldName(field)
                            .orElseThrow(
                                    () -> new IllegalStateException("stored threshold field " + field + " is unknown")),
                    numbers[i]);
        }
        return ThresholdValues.of(values);
    }
}
