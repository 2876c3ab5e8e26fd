package org.headwater.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The numerator of read success rate: per meter, how many distinct read slots ({@code floor(epoch /
 * slot)}) hold a register or interval-volume read in a window. Implemented where the reads are
 * stored, so the count need not carry every read to the caller.
 */
public interface ReadSlots {

    /**
     * Distinct slots of width {@code slot} holding a register or interval-volume read with {@code from
     * <= time < to}, by meter id; meters without reads in the window are absent.
     *
     * @throws IllegalArgumentException when {@code slot} is not positive
     */
    Map<String, Long> distinctSlots(Duration slot, Instant from, Instant to);

    /** {@code slot} when positive; otherwise refused naming it (implementations check their argument with it). */
    static Duration positive(Duration slot) {
        if (slot.isNegative() || slot.isZero()) {
            throw new IllegalArgumentException("slot must be positive: " + slot);
        }
        return slot;
    }
}
