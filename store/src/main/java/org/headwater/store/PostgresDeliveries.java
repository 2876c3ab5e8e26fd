package org.headwater.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.alert.Alert;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.Deliveries;
import org.headwater.delivery.Delivery;
import org.headwater.delivery.DeliveryBacklog;
import org.headwater.delivery.ParkedDelivery;
import org.headwater.delivery.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The delivery record in PostgreSQL (ADR 0010): {@code delivery_event} holds each published event
 * once under its key, {@code delivery} one row per event and consumer until that consumer took it.
 * Events are published by the stores that record the change, in its transaction.
 */
public final class PostgresDeliveries implements Deliveries {

    private final DataSource dataSource;
    private final PostgresAlerts alerts;

    public PostgresDeliveries(DataSource dataSource) {
        this.dataSource = dataSource;
        this.alerts = new PostgresAlerts(dataSource);
    }

    /**
     * Publishes an event in the connection's open transaction, one delivery per consumer.
     *
     * @param source the source a single-source event concerns, shown with a parked delivery
     * @return false when an event of that key was published before (nothing is added)
     */
    static boolean publishWithin(
            Connection connection,
            Topic topic,
            String key,
            byte[] payload,
            List<String> consumers,
            @Nullable String source)
            throws SQLException {
        long eventId;
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO delivery_event (topic, event_key, payload) VALUES (?, ?, ?)"
                        + " ON CONFLICT (event_key) DO NOTHING RETURNING id")) {
            insert.setString(1, topic.name());
            insert.setString(2, key);
            insert.setBytes(3, payload);
            try (ResultSet rows = insert.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                eventId = rows.getLong(1);
            }
        }
        if (consumers.isEmpty()) {
            return true;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO delivery (event_id, consumer, source) SELECT ?, c, ? FROM unnest(?::text[]) AS c")) {
            Array names = connection.createArrayOf("text", consumers.toArray());
            insert.setLong(1, eventId);
            insert.setString(2, source);
            insert.setArray(3, names);
            insert.executeUpdate();
        }
        return true;
    }

    @Override
    public List<Delivery> due(String consumer, Instant now, int limit) {
        String sql = "SELECT d.id, e.event_key, d.source, d.attempts, e.topic, e.payload"
                + " FROM delivery d JOIN delivery_event e ON e.id = d.event_id"
                + " WHERE d.consumer = ? AND NOT d.parked AND d.next_attempt_at <= ? ORDER BY d.id LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, consumer);
            query.setTimestamp(2, Timestamp.from(now));
            query.setInt(3, limit);
            List<Delivery> due = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String source = rows.getString(3);
                    DeliveredEvent event = DeliveryPayloads.read(
                            Topic.valueOf(rows.getString(5)), rows.getBytes(6), this::storedAlert);
                    due.add(new Delivery(
                            rows.getLong(1),
                            consumer,
                            rows.getString(2),
                            source,
                            rows.getInt(4),
                            source == null ? event : event.only(source)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new StoreException("reading the deliveries due to " + consumer, e);
        }
    }

    private Alert storedAlert(String id) {
        return alerts.find(id).orElseThrow(() -> new IllegalStateException("published alert " + id + " is not stored"));
    }

    @Override
    public void delivered(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM delivery WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("marking delivery " + id + " done", e);
        }
    }

    @Override
    public void deliveredAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM delivery WHERE id = ANY(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("marking " + ids.size() + " deliveries done", e);
        }
    }

    @Override
    public void postpone(long id, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE delivery SET next_attempt_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("postponing delivery " + id, e);
        }
    }

    @Override
    public void failed(long id, String error, Instant at, Optional<Instant> retryAt) {
        String sql = "UPDATE delivery SET attempts = attempts + 1, error = ?,"
                + " first_failed_at = coalesce(first_failed_at, ?), last_failed_at = ?,"
                + " next_attempt_at = coalesce(?, next_attempt_at), parked = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, error);
            update.setTimestamp(2, Timestamp.from(at));
            update.setTimestamp(3, Timestamp.from(at));
            update.setTimestamp(4, retryAt.map(Timestamp::from).orElse(null));
            update.setBoolean(5, retryAt.isEmpty());
            update.setLong(6, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording the failure of delivery " + id, e);
        }
    }

    @Override
    public void split(long id, Map<String, String> errorBySource, Instant at, Optional<Instant> retryAt) {
        String insertPart = "INSERT INTO delivery (event_id, consumer, source, attempts, next_attempt_at, parked,"
                + " error, first_failed_at, last_failed_at)"
                + " SELECT event_id, consumer, ?, 1, ?, ?, ?, ?, ? FROM delivery WHERE id = ? ON CONFLICT DO NOTHING";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(insertPart);
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM delivery WHERE id = ?")) {
                for (Map.Entry<String, String> failed : errorBySource.entrySet()) {
                    insert.setString(1, failed.getKey());
                    insert.setTimestamp(2, Timestamp.from(retryAt.orElse(at)));
                    insert.setBoolean(3, retryAt.isEmpty());
                    insert.setString(4, failed.getValue());
                    insert.setTimestamp(5, Timestamp.from(at));
                    insert.setTimestamp(6, Timestamp.from(at));
                    insert.setLong(7, id);
                    insert.addBatch();
                }
                insert.executeBatch();
                delete.setLong(1, id);
                delete.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("splitting delivery " + id + " by source", e);
        }
    }

    @Override
    public List<ParkedDelivery> parked(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String sql = "SELECT d.id, d.consumer, e.event_key, d.source, d.attempts, d.error,"
                + " d.first_failed_at, d.last_failed_at FROM delivery d JOIN delivery_event e ON e.id = d.event_id"
                + " WHERE d.parked ORDER BY d.id LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            List<ParkedDelivery> parked = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    parked.add(new ParkedDelivery(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getInt(5),
                            rows.getString(6),
                            rows.getTimestamp(7).toInstant(),
                            rows.getTimestamp(8).toInstant()));
                }
            }
            return parked;
        } catch (SQLException e) {
            throw new StoreException("listing parked deliveries", e);
        }
    }

    @Override
    public boolean replay(long id, Instant at) {
        String sql = "UPDATE delivery SET parked = false, attempts = 0, next_attempt_at = ? WHERE id = ? AND parked";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("replaying delivery " + id, e);
        }
    }

    @Override
    public long pending(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT count(*) FROM delivery WHERE consumer = ?")) {
            query.setString(1, consumer);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("counting the deliveries pending for " + consumer, e);
        }
    }

    @Override
    public DeliveryBacklog backlog(String consumer) {
        String sql = "SELECT count(*) FILTER (WHERE NOT d.parked), count(*) FILTER (WHERE d.parked),"
                + " min(e.recorded_at) FILTER (WHERE NOT d.parked)"
                + " FROM delivery d JOIN delivery_event e ON e.id = d.event_id WHERE d.consumer = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, consumer);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Timestamp oldest = rows.getTimestamp(3);
                return new DeliveryBacklog(
                        consumer, rows.getLong(1), rows.getLong(2), oldest == null ? null : oldest.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("measuring the backlog of " + consumer, e);
        }
    }

    @Override
    public long purge(Instant recordedBefore) {
        // Stored batches are kept only while a consumer still needs them; alert events stay as the
        // record of what was published once.
        String sql = "DELETE FROM delivery_event e WHERE e.topic = 'TELEMETRY' AND e.recorded_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.event_id = e.id)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(recordedBefore));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("purging delivered batches", e);
        }
    }
}
