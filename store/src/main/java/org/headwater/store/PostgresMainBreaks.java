package org.headwater.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;

/** The main-break history in PostgreSQL; a break already stored is skipped, not duplicated. */
public final class PostgresMainBreaks implements MainBreaks {

    private final DataSource dataSource;

    public PostgresMainBreaks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int add(Collection<RecordedBreak> breaks) {
        if (breaks.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO main_break (incident_id, break_date, asset_id, street_segment)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (RecordedBreak b : breaks) {
                insert.setString(1, b.incidentId());
                insert.setDate(2, Date.valueOf(b.date()));
                insert.setString(3, b.assetId());
                insert.setString(4, b.streetSegment());
                insert.addBatch();
            }
            int added = 0;
            for (int count : insert.executeBatch()) {
                added += Math.max(count, 0);
            }
            connection.commit();
            return added;
        } catch (SQLException e) {
            throw new StoreException("storing " + breaks.size() + " main breaks", e);
        }
    }

    @Override
    public List<RecordedBreak> all() {
        String sql = "SELECT incident_id, break_date, asset_id, street_segment FROM main_break"
                + " ORDER BY break_date, asset_id, incident_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            List<RecordedBreak> result = new ArrayList<>();
            while (rows.next()) {
                result.add(new RecordedBreak(
                        rows.getString(1), rows.getDate(2).toLocalDate(), rows.getString(3), rows.getString(4)));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("listing main breaks", e);
        }
    }

    @Override
    public long count() {
        return Jdbc.queryLong(dataSource, "SELECT count(*) FROM main_break", "counting main breaks");
    }
}
