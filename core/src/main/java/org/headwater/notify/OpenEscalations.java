package org.headwater.notify;

import java.util.List;
import java.util.Set;

/**
 * The escalations still running, kept outside the server's memory so that a restart neither forgets an
 * unacknowledged alert nor pages its first role again.
 */
public interface OpenEscalations {

    /** An escalation and the channels its routing rule chose when the alert was raised. */
    record Open(Escalation escalation, Set<Channel> channels) {
        public Open {
            channels = Set.copyOf(channels);
        }
    }

    /** Inserts or replaces the escalation of its alert. */
    void save(Open open);

    /** Forgets the escalation of {@code alertId} (acknowledged); nothing happens when there is none. */
    void remove(String alertId);

    /** Every open escalation, oldest first. */
    List<Open> all();
}
