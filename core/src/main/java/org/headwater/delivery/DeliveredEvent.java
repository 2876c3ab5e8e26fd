package org.headwater.delivery;

import java.util.Set;

/** A stored change as its consumers receive it. */
public sealed interface DeliveredEvent permits StoredTelemetry, RecordedAlert {

    Topic topic();

    /** The meters and sensors the event concerns, in first-seen order. */
    Set<String> sources();

    /**
     * The part of this event that concerns {@code source} alone, so one poisoned meter can be
     * retried and parked without holding back the others of the same batch.
     */
    DeliveredEvent only(String source);
}
