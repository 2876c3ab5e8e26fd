package org.headwater.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Notifications and acknowledgements, kept so failed deliveries stay visible and retries survive a restart. */
public interface Notifications {

    /** Adds or replaces the notification with this id. */
    void save(Notification notification);

    Optional<Notification> byId(String id);

    /** PENDING or RETRYING notifications whose next attempt is due at {@code now}, oldest first. */
    List<Notification> due(Instant now, int limit);

    /** Newest first, optionally only those in {@code state}. */
    List<Notification> list(@Nullable NotificationState state, int limit);

    /** Every notification about one alert, oldest first. */
    List<Notification> forAlert(String alertId);

    /** Records who acknowledged and when; the first acknowledgement of an alert is kept. */
    void acknowledge(Acknowledgement acknowledgement);

    Optional<Acknowledgement> acknowledgement(String alertId);
}
