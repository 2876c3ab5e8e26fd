package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.workorder.CmmsCursors;

/** Where each CMMS's status sync got to, one row per CMMS. */
public final class PostgresCmmsCursors implements CmmsCursors {

    private final DataSource dataSource;
    private final Clock clock;

    public PostgresCmmsCursors(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<String> find(String cmms) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT cursor FROM cmms_cursor WHERE cmms = ?")) {
            s.setString(1, cmms);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the status-sync cursor of " + cmms, e);
        }
    }

    @Override
    public void save(String cmms, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new IllegalArgumentException("cursor: a blank cursor cannot be saved for " + cmms);
        }
        String sql = "INSERT INTO cmms_cursor (cmms, cursor, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (cmms) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, cmms);
            s.setString(2, cursor);
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving the status-sync cursor of " + cmms, e);
        }
    }
}
