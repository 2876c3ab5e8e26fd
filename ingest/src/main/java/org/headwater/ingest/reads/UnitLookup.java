package org.headwater.ingest.reads;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the unit spellings a file uses (a handful) so each line's unit is found by comparing
 * bytes instead of decoding and searching every {@link Unit}.
 */
final class UnitLookup {

    private static final int CAPACITY = 32;

    private final byte[][] spellings = new byte[CAPACITY][];
    private final Unit[] units = new Unit[CAPACITY];
    private int size;

    /** The unit spelled by {@code b[from..to)}, or null when no unit has that spelling. */
    @Nullable
    Unit find(byte[] b, int from, int to) {
        for (int i = 0; i < size; i++) {
            byte[] s = spellings[i];
            if (s.length == to - from && Arrays.equals(b, from, to, s, 0, s.length)) {
                return units[i];
            }
        }
        Optional<Unit> unit = Unit.parse(new String(b, from, to - from, StandardCharsets.UTF_8));
        if (unit.isPresent() && size < CAPACITY) {
            spellings[size] = Arrays.copyOfRange(b, from, to);
            units[size] = unit.get();
            size++;
        }
        return unit.orElse(null);
    }
}
