package org.headwater.telemetry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The width of the buckets system consumption is totalled in: a UTC hour or a UTC day. */
public enum VolumeBucket {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    VolumeBucket(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket that holds {@code time}. */
    public Instant start(Instant time) {
        return time.truncatedTo(unit);
    }

    /** The lower-case name used in the API and in SQL ({@code hour}, {@code day}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bucket named {@code label} ({@code hour} or {@code day}); anything else is refused naming it. */
    public static VolumeBucket parse(String label) {
        for (VolumeBucket bucket : values()) {
            if (bucket.label().equals(label)) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("bucket must be hour or day: " + label);
    }
}
