package org.headwater.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.notify.OpenEscalations;

/** {@link OpenEscalations} held in memory; a new desk over the same instance is a restart. */
public final class InMemoryOpenEscalations implements OpenEscalations {

    private final Map<String, Open> byAlert = new LinkedHashMap<>();

    @Override
    public synchronized void save(Open open) {
        byAlert.put(open.escalation().alert().alertId(), open);
    }

    @Override
    public synchronized void remove(String alertId) {
        byAlert.remove(alertId);
    }

    @Override
    public synchronized List<Open> all() {
        return new ArrayList<>(byAlert.values());
    }
}
