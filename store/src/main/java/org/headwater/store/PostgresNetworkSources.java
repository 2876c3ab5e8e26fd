package org.headwater.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;

/** The current network's source file in PostgreSQL: one row, replaced on every save. */
public final class PostgresNetworkSources implements NetworkSources {

    private final DataSource dataSource;

    public PostgresNetworkSources(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(NetworkSource source) {
        String sql = "INSERT INTO network_source (id, file_name, content) VALUES (1, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, content = excluded.content,"
                + " saved_at = now()";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, source.fileName());
            insert.setBytes(2, source.content());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving network source " + source.fileName(), e);
        }
    }

    @Override
    public void clear() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM network_source")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("clearing the network source", e);
        }
    }

    @Override
    public Optional<NetworkSource> current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT file_name, content FROM network_source WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new NetworkSource(row.getString(1), row.getBytes(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("reading the network source", e);
        }
    }
}
