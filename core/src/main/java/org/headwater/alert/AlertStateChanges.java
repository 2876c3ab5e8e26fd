package org.headwater.alert;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The whole alert lifecycle in one table: from each state, the states it may move to. */
public final class AlertStateChanges {

    private static final Map<AlertState, Set<AlertState>> ALLOWED = new EnumMap<>(AlertState.class);

    static {
        ALLOWED.put(AlertState.OPEN, EnumSet.of(AlertState.ACKNOWLEDGED, AlertState.CLEARED, AlertState.CLOSED));
        ALLOWED.put(AlertState.ACKNOWLEDGED, EnumSet.of(AlertState.CLEARED, AlertState.CLOSED));
        // A cleared condition may still be under investigation and is acknowledged or closed later.
        ALLOWED.put(AlertState.CLEARED, EnumSet.of(AlertState.ACKNOWLEDGED, AlertState.CLOSED));
        ALLOWED.put(AlertState.CLOSED, EnumSet.noneOf(AlertState.class));
    }

    private AlertStateChanges() {}

    public static boolean isAllowed(AlertState from, AlertState to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws IllegalAlertStateChange naming both states when the move is not in the table */
    public static void check(String alertId, AlertState from, AlertState to) {
        if (!isAllowed(from, to)) {
            throw new IllegalAlertStateChange(alertId, from, to);
        }
    }

    /** Thrown for a move the table does not allow. */
    public static final class IllegalAlertStateChange extends IllegalStateException {
        private final AlertState from;
        private final AlertState to;

        IllegalAlertStateChange(String alertId, AlertState from, AlertState to) {
            super("alert " + alertId + " cannot move from " + from + " to " + to);
            this.from = from;
            this.to = to;
        }

        public AlertState from() {
            return from;
        }

        public AlertState to() {
            return to;
        }
    }
}
