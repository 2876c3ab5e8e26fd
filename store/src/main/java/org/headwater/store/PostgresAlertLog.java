package org.headwater.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertLog;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Subscribers;
import org.headwater.delivery.Topic;

/**
 * Records alert events and publishes the new ones for delivery in one transaction, so an alert that
 * was recorded is always delivered to its consumers, and a replayed one is not delivered again.
 */
public final class PostgresAlertLog implements AlertLog {

    private final DataSource dataSource;
    private final PostgresAlerts alerts;
    private final Subscribers subscribers;
    private final Runnable afterCommit;

    public PostgresAlertLog(DataSource dataSource, Subscribers subscribers, Runnable afterCommit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.alerts = new PostgresAlerts(dataSource);
        this.subscribers = Objects.requireNonNull(subscribers, "subscribers");
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
    }

    @Override
    public List<AlertEvent> record(List<AlertEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<AlertEvent> published = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (AlertEvent event : events) {
                    if (recordWithin(connection, event)) {
                        RecordedAlert recorded = new RecordedAlert(event);
                        PostgresDeliveries.publishWithin(
                                connection,
                                Topic.ALERTS,
                                recorded.key(),
                                DeliveryPayloads.alert(event),
                                subscribers.of(Topic.ALERTS),
                                recorded.source());
                        published.add(event);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("recording " + events.size() + " alert events", e);
        }
        if (!published.isEmpty()) {
            afterCommit.run();
        }
        return published;
    }

    // A raised alert is new once; a clearing counts once, for an alert not yet cleared.
    private boolean recordWithin(Connection connection, AlertEvent event) throws SQLException {
        return switch (event) {
            case AlertEvent.AlertRaised raised -> PostgresAlerts.addWithin(connection, raised.alert());
            case AlertEvent.AlertCleared cleared -> {
                Optional<Alert> stored = uncleared(connection, cleared.alertId());
                yield stored.isPresent()
                        && PostgresAlerts.clearWithin(connection, stored.get().clear(cleared.time()));
            }
        };
    }

    private Optional<Alert> uncleared(Connection connection, String alertId) {
        // Raised earlier in this very transaction counts too: read through the same connection.
        return alerts.findWithin(connection, alertId).filter(a -> a.clearedAt() == null);
    }
}
