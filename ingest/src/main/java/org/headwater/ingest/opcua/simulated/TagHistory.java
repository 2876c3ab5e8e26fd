package org.headwater.ingest.opcua.simulated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Every value each simulated tag took, kept outside the server so that it outlives a server
 * restart the way a PLC's historian outlives its OPC UA gateway.
 */
public final class TagHistory {

    private final Map<String, List<DataValue>> byTag = new ConcurrentHashMap<>();

    void append(String tag, DataValue value) {
        List<DataValue> values = byTag.computeIfAbsent(tag, t -> new ArrayList<>());
        synchronized (values) {
            values.add(value);
        }
    }

    /** Values of {@code tag} with a source time in {@code [from, to]}, oldest first. */
    public List<DataValue> between(String tag, Instant from, Instant to) {
        List<DataValue> values = byTag.getOrDefault(tag, List.of());
        List<DataValue> found = new ArrayList<>();
        synchronized (values) {
            for (DataValue value : values) {
                Instant time = value.getSourceTime().getJavaInstant();
                if (!time.isBefore(from) && !time.isAfter(to)) {
                    found.add(value);
                }
            }
        }
        return found;
    }

    /** How many values {@code tag} took so far. */
    public int count(String tag) {
        List<DataValue> values = byTag.getOrDefault(tag, List.of());
        synchronized (values) {
            return values.size();
        }
    }
}
