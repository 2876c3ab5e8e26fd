package org.headwater.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;

/** A {@link Quarantine} held in memory. */
public final class InMemoryQuarantine implements Quarantine {

    private final List<RejectedRecord> records = new ArrayList<>();

    @Override
    public synchronized void add(Collection<RejectedRecord> newRecords) {
        // Keyed like the store's: a record added again (a retried batch) is kept once.
        for (RejectedRecord r : newRecords) {
            if (!records.contains(r)) {
                records.add(r);
            }
        }
    }

    @Override
    public synchronized List<RejectedRecord> latest(Optional<RejectionReason> reason, int limit) {
        List<RejectedRecord> result = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0 && result.size() < limit; i--) {
            RejectedRecord r = records.get(i);
            if (reason.isEmpty() || reason.get() == r.reason()) {
                result.add(r);
            }
        }
        return result;
    }

    @Override
    public synchronized long count() {
        return records.size();
    }
}
