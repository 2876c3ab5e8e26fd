package org.headwater.testkit;

import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.ThresholdChange;
import org.headwater.alert.ThresholdHistory;

/** A {@link ThresholdHistory} held in memory. */
public final class InMemoryThresholdHistory implements ThresholdHistory {

    private final List<ThresholdChange> changes = new ArrayList<>();

    @Override
    public synchronized void append(ThresholdChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<ThresholdChange> all() {
        return List.copyOf(changes);
    }
}
