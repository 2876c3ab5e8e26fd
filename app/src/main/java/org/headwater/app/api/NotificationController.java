package org.headwater.app.api;

import java.util.List;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notifications and their delivery state, so failed deliveries are visible (EPA 5.2). Contact addresses are not part of it. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Newest first; {@code state=FAILED} lists the deliveries that gave up. */
    @GetMapping("/notifications")
    List<Notification> notifications(
            @RequestParam(required = false) @Nullable NotificationState state,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        return notifications.list(state, limit);
    }
}
