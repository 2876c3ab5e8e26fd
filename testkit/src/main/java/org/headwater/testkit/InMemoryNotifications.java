package org.headwater.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.notify.Acknowledgement;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Notifications;
import org.jspecify.annotations.Nullable;

/** {@link Notifications} held in memory, for tests of notification without PostgreSQL. */
public final class InMemoryNotifications implements Notifications {

    private final Map<String, Notification> notifications = new LinkedHashMap<>();
    private final Map<String, Acknowledgement> acknowledgements = new LinkedHashMap<>();

    @Override
    public synchronized void save(Notification notification) {
        notifications.put(notification.id(), notification);
    }

    @Override
    public synchronized Optional<Notification> byId(String id) {
        return Optional.ofNullable(notifications.get(id));
    }

    @Override
    public synchronized List<Notification> due(Instant now, int limit) {
        return notifications.values().stream()
                .filter(n -> n.state() == NotificationState.PENDING || n.state() == NotificationState.RETRYING)
                .filter(n -> n.nextAttemptAt() != null && !n.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Notification::nextAttemptAt).thenComparing(Notification::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Notification> list(@Nullable NotificationState state, int limit) {
        return notifications.values().stream()
                .filter(n -> state == null || n.state() == state)
                .sorted(Comparator.comparing(Notification::createdAt).reversed().thenComparing(Notification::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Notification> forAlert(String alertId) {
        List<Notification> found = new ArrayList<>();
        for (Notification n : notifications.values()) {
            if (n.alert().alertId().equals(alertId)) {
                found.add(n);
            }
        }
        found.sort(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id));
        return found;
    }

    @Override
    public synchronized void acknowledge(Acknowledgement acknowledgement) {
        acknowledgements.putIfAbsent(acknowledgement.alertId(), acknowledgement);
    }

    @Override
    public synchronized Optional<Acknowledgement> acknowledgement(String alertId) {
        return Optional.ofNullable(acknowledgements.get(alertId));
    }
}
