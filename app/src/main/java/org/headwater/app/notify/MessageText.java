package org.headwater.app.notify;

import org.headwater.notify.Notice;
import org.headwater.notify.Notification;

/** The words of a notification, the same on every channel. */
final class MessageText {

    private MessageText() {}

    static String subject(Notification notification) {
        String prefix = switch (notification.kind()) {
            case FIRST -> "";
            case ESCALATION -> "[escalated] ";
            case REMINDER -> "[reminder] ";
        };
        return "Headwater: " + prefix + notification.alert().headline();
    }

    static String body(Notification notification) {
        return subject(notification) + "\nAlert: " + notification.alert().alertId() + "\nNotified as: "
                + notification.role() + "\nPlease acknowledge the alert in Headwater to stop further notices.";
    }

    static String subject(Notice notice) {
        return "Headwater: [escalated] " + notice.headline();
    }

    static String body(Notice notice) {
        return subject(notice) + "\n" + notice.body() + "\nNotified as: " + notice.role() + " (escalation level "
                + notice.level() + ")";
    }
}
