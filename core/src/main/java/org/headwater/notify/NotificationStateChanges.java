package org.headwater.notify;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The whole notification lifecycle in one table: from each state, the states it may move to. */
public final class NotificationStateChanges {

    private static final Map<NotificationState, Set<NotificationState>> ALLOWED =
            new EnumMap<>(NotificationState.class);

    static {
        ALLOWED.put(
                NotificationState.PENDING,
                EnumSet.of(
                        NotificationState.SENT,
                        NotificationState.RETRYING,
                        NotificationState.FAILED,
                        NotificationState.ACKNOWLEDGED));
        ALLOWED.put(
                NotificationState.RETRYING,
                EnumSet.of(
                        NotificationState.SENT,
                        NotificationState.RETRYING,
                        NotificationState.FAILED,
                        NotificationState.ACKNOWLEDGED));
        ALLOWED.put(NotificationState.SENT, EnumSet.of(NotificationState.ACKNOWLEDGED));
        // A failed delivery stays failed for the record, but an acknowledgement settles it.
        ALLOWED.put(NotificationState.FAILED, EnumSet.of(NotificationState.ACKNOWLEDGED));
        ALLOWED.put(NotificationState.ACKNOWLEDGED, EnumSet.noneOf(NotificationState.class));
    }

    private NotificationStateChanges() {}

    public static boolean isAllowed(NotificationState from, NotificationState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws IllegalStateException naming both states when the move is not in the table */
    public static void check(String notificationId, NotificationState from, NotificationState to) {
        if (!isAllowed(from, to)) {
            throw new IllegalStateException(
                    "notification " + notificationId + " cannot move from " + from + " to " + to);
        }
    }
}
