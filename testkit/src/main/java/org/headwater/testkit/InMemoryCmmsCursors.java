package org.headwater.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.workorder.CmmsCursors;

/** {@link CmmsCursors} held in memory. */
public final class InMemoryCmmsCursors implements CmmsCursors {

    private final Map<String, String> byCmms = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String cmms) {
        return Optional.ofNullable(byCmms.get(cmms));
    }

    @Override
    public void save(String cmms, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new IllegalArgumentException("cursor: a saved cursor must not be blank");
        }
        byCmms.put(cmms, cursor);
    }
}
