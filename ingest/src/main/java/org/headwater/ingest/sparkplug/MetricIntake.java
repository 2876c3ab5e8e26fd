package org.headwater.ingest.sparkplug;

import java.util.Optional;
import org.headwater.ingest.reads.ReadIntake;

/** Turns the metric values the host decoded into readings through a tag map. */
public interface MetricIntake {

    /** The sensor a tag-map address belongs to, or empty when the map does not name the address. */
    Optional<String> sensorOf(String address);

    /**
     * Adds one mapped metric value to {@code session}: a reading, or a quarantined record with the
     * reason. Called only for addresses {@link #sensorOf} knows.
     */
    void accept(ReadIntake.Session session, MetricValue value);
}
