package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Networks;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;

/** The current network snapshot in PostgreSQL; saving replaces the previous snapshot in one transaction. */
public final class PostgresNetworks implements Networks {

    private final DataSource dataSource;

    public PostgresNetworks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Network network) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM network_relation");
                statement.execute("DELETE FROM network_element");
                insertElements(connection, network);
                insertRelations(connection, network);
                try (PreparedStatement snapshot = connection.prepareStatement(
                        "INSERT INTO network_snapshot (name, element_count) VALUES (?, ?)")) {
                    snapshot.setString(1, network.name());
                    snapshot.setInt(2, network.size());
                    snapshot.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("saving network " + network.name(), e);
        }
    }

    private static void insertElements(Connection connection, Network network) throws SQLException {
        String sql = "INSERT INTO network_element (id, kind, name, x, y, crs, attributes)"
                + " VALUES (?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]))";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (NetworkElement e : network.elements()) {
                insert.setString(1, e.id());
                insert.setString(2, e.kind().name());
                insert.setString(3, e.name());
                Location location = e.location();
                if (location == null) {
                    insert.setNull(4, Types.DOUBLE);
                    insert.setNull(5, Types.DOUBLE);
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setDouble(4, location.x());
                    insert.setDouble(5, location.y());
                    insert.setString(6, location.crs().code());
                }
                String[] keys = e.attributes().keySet().toArray(String[]::new);
                String[] values = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    values[i] = e.attributes().get(keys[i]);
                }
                insert.setArray(7, connection.createArrayOf("text", keys));
                insert.setArray(8, connection.createArrayOf("text", values));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertRelations(Connection connection, Network network) throws SQLException {
        String sql = "INSERT INTO network_relation (from_id, type, to_id, ord) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int ord = 0;
            for (Relation r : network.relations()) {
                insert.setString(1, r.from());
                insert.setString(2, r.type().name());
                insert.setString(3, r.to());
                insert.setInt(4, ord++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<Network> current() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String name;
            try (ResultSet rows =
                    statement.executeQuery("SELECT name FROM network_snapshot ORDER BY id DESC LIMIT 1")) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                name = rows.getString(1);
            }
            Network.Builder builder = Network.builder(name);
            String elements = "SELECT id, kind, name, x, y, crs,"
                    + " ARRAY(SELECT key FROM jsonb_each_text(attributes) ORDER BY key),"
                    + " ARRAY(SELECT value FROM jsonb_each_text(attributes) ORDER BY key)"
                    + " FROM network_element ORDER BY id";
            try (ResultSet rows = statement.executeQuery(elements)) {
                while (rows.next()) {
                    builder.add(element(rows));
                }
            }
            try (ResultSet rows =
                    statement.executeQuery("SELECT from_id, type, to_id FROM network_relation ORDER BY ord")) {
                while (rows.next()) {
                    builder.relate(rows.getString(1), RelationType.valueOf(rows.getString(2)), rows.getString(3));
                }
            }
            return Optional.of(builder.build());
        } catch (SQLException e) {
            throw new StoreException("loading the network", e);
        }
    }

    private static NetworkElement element(ResultSet rows) throws SQLException {
        String crs = rows.getString(6);
        Location location =
                crs == null ? null : new Location(rows.getDouble(4), rows.getDouble(5), new CoordinateSystem(crs));
        Map<String, String> attributes = new LinkedHashMap<>();
        String[] keys = strings(rows.getArray(7));
        String[] values = strings(rows.getArray(8));
        for (int i = 0; i < keys.length; i++) {
            attributes.put(keys[i], values[i]);
        }
        return new NetworkElement(
                rows.getString(1), ElementKind.valueOf(rows.getString(2)), rows.getString(3), location, attributes);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
