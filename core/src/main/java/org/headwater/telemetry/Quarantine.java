package org.headwater.telemetry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where rejected records are kept with their reasons until someone looks at them. */
public interface Quarantine {

    void add(Collection<RejectedRecord> records);

    /** The newest records first, optionally only those with one reason. */
    List<RejectedRecord> latest(Optional<RejectionReason> reason, int limit);

    long count();
}
