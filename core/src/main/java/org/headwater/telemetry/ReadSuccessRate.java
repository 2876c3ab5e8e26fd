package org.headwater.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Read success rate, the usual AMI performance metric: of the reads a meter should have taken in a
 * window, how many arrived. the EPA AMI guide (footnote 2) reports 98.5-99.5 % over three days as the
 * typical range across vendors, so the default window is three days ending now.
 *
 * <p>A meter reading every {@code readInterval} is expected to take {@code window / readInterval}
 * reads. Reads are counted by slot ({@code floor(time / readInterval)} since the epoch), so a re-sent
 * duplicate or an extra on-demand read in the same slot counts once, and the count is capped at the
 * expected number. Pure computation: the caller supplies the read times (e.g. from the store) and
 * must include meters that sent nothing, which count as zero received.
 */
public final class ReadSuccessRate {

    /** EPA's three-day window. */
    public static final Duration EPA_WINDOW = Duration.ofDays(3);

    /** Lower end of the range EPA reports as typical. */
    public static final double EPA_TYPICAL_LOW = 0.985;

    /**
     * Reads received and expected; for the system, the sums over meters.
     *
     * @param received distinct expected reads that arrived
     * @param expected reads that should have arrived
     */
    public record Rate(long received, long expected) {
        public Rate {
            if (received < 0 || expected < 0 || received > expected) {
                throw new IllegalArgumentException("received " + received + " must be within 0.." + expected);
            }
        }

        /** The rate as a fraction in 0..1; 1 when nothing was expected. */
        public double fraction() {
            return expected == 0 ? 1.0 : (double) received / expected;
        }

        public Rate plus(Rate other) {
            return new Rate(received + other.received, expected + other.expected);
        }
    }

    private final Duration window;

    public ReadSuccessRate(Duration window) {
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    /** Over EPA's three-day window. */
    public static ReadSuccessRate overThreeDays() {
        return new ReadSuccessRate(EPA_WINDOW);
    }

    public Duration window() {
        return window;
    }

    /**
     * One meter's rate over {@code [windowEnd - window, windowEnd)}.
     *
     * @param readTimes event times of the meter's reads; those outside the window are ignored
     */
    public Rate ofMeter(Duration readInterval, Collection<Instant> readTimes, Instant windowEnd) {
        if (readInterval.isNegative() || readInterval.isZero()) {
            throw new IllegalArgumentException("readInterval must be positive: " + readInterval);
        }
        long expected = window.dividedBy(readInterval);
        Instant windowStart = windowEnd.minus(window);
        long intervalMillis = readInterval.toMillis();
        Set<Long> slots = new HashSet<>();
        for (Instant t : readTimes) {
            if (!t.isBefore(windowStart) && t.isBefore(windowEnd)) {
                slots.add(Math.floorDiv(t.toEpochMilli(), intervalMillis));
            }
        }
        return new Rate(Math.min(slots.size(), expected), expected);
    }

    /**
     * One meter's rate when the store has already counted the distinct read slots in the window
     * (the same slot rule as {@link #ofMeter}); the count is capped at the expected number.
     */
    public Rate ofMeterSlots(Duration readInterval, long distinctSlotsReceived) {
        if (distinctSlotsReceived < 0) {
            throw new IllegalArgumentException("distinctSlotsReceived must be >= 0: " + distinctSlotsReceived);
        }
        long expected = window.dividedBy(readInterval);
        return new Rate(Math.min(distinctSlotsReceived, expected), expected);
    }

    /** The system rate: received and expected reads summed over every meter. */
    public static Rate ofSystem(Collection<Rate> meterRates) {
        Rate total = new Rate(0, 0);
        for (Rate r : meterRates) {
            total = total.plus(r);
        }
        return total;
    }
}
