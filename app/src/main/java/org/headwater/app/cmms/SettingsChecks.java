package org.headwater.app.cmms;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** The checks every connector's settings record makes, with messages that name the setting. */
final class SettingsChecks {

    private SettingsChecks() {}

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
    }

    static int requirePageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize: must be 1..1000, got " + pageSize);
        }
        return pageSize;
    }

    /** An unmodifiable copy holding a code for every constant of {@code keys}. */
    static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> map, Class<K> keys, String field) {
        EnumSet<K> missing = EnumSet.allOf(keys);
        missing.removeAll(map.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(field + ": no code for " + missing);
        }
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
