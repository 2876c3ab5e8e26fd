package org.headwater.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incidents and their member alerts; implemented by the store. */
public interface Incidents {

    /** Inserts or replaces the incident of the same id. */
    void save(Incident incident);

    Optional<Incident> find(String id);

    /** Incidents not yet closed: what a restarted grouper needs to let new alerts join them. */
    List<Incident> open();

    /** Incidents whose first alert lies in {@code from <= firstAlertAt < to}, oldest first. */
    List<Incident> between(Instant from, Instant to);

    /** The incident the alert was grouped into, once grouping has seen it. */
    Optional<Incident> containing(String alertId);

    /** At most {@code limit} incidents, the one with the latest last alert first (ties by id). */
    List<Incident> latest(int limit);
}
