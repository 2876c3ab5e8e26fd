package org.headwater.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks one incoming value before it becomes a {@link Reading}: the source must be known, the
 * event time must not lie in the future beyond the allowed clock skew, the unit must belong to the
 * measurand's family, and the value must be finite and physically plausible. Each failure is a
 * {@link Rejection} with a specific reason and a detail naming the field and the value.
 *
 * <p>Thread-safe; cheap enough for the ingestion hot path (no allocation on success).
 */
public final class ReadingValidator {

    /** Meter clocks drift and headends batch: five minutes ahead of our clock is still believed. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final MeterDirectory directory;
    private final Clock clock;
    private final Duration maxClockSkew;
    private final PlausibleRanges ranges;

    public ReadingValidator(MeterDirectory directory, Clock clock, Duration maxClockSkew, PlausibleRanges ranges) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxClockSkew = Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        this.ranges = Objects.requireNonNull(ranges, "ranges");
        if (maxClockSkew.isNegative()) {
            throw new IllegalArgumentException("maxClockSkew must not be negative: " + maxClockSkew);
        }
    }

    public static ReadingValidator withDefaults(MeterDirectory directory, Clock clock) {
        return new ReadingValidator(directory, clock, DEFAULT_MAX_CLOCK_SKEW, PlausibleRanges.defaults());
    }

    /**
     * @param value the value in {@code unit}, as received
     * @return why the value is refused, or {@code null} when it is acceptable
     */
    public @Nullable Rejection check(String sourceId, Measurand measurand, Instant time, double value, Unit unit) {
        Rejection source = checkSource(sourceId, measurand);
        if (source != null) {
            return source;
        }
        Rejection future = checkTime(time);
        if (future != null) {
            return future;
        }
        if (unit.family() != Unit.familyOf(measurand)) {
            return new Rejection(
                    RejectionReason.UNIT_MISMATCH,
                    "unit \"" + unit + "\" measures " + unit.family() + ", but " + measurand + " needs "
                            + Unit.familyOf(measurand));
        }
        if (!Double.isFinite(value)) {
            return new Rejection(RejectionReason.INVALID_NUMBER, "value " + value + " is not a finite number");
        }
        double canonical = unit.toCanonical(value);
        PlausibleRanges.Range range = ranges.of(measurand);
        if (!range.contains(canonical)) {
            return new Rejection(
                    RejectionReason.IMPLAUSIBLE_VALUE,
                    "value " + value + " " + unit + " (" + canonical + " " + measurand.canonicalUnit()
                            + ") is outside the plausible "
                            + measurand + " range " + range.min() + ".." + range.max() + " "
                            + measurand.canonicalUnit());
        }
        return null;
    }

    /** Checks a meter alarm: the meter must be known and the time not in the future. */
    public @Nullable Rejection checkEvent(String meterId, Instant time) {
        if (directory.meter(meterId).isEmpty()) {
            return new Rejection(RejectionReason.UNKNOWN_METER, "meter_id \"" + meterId + "\" is not a known meter");
        }
        return checkTime(time);
    }

    private @Nullable Rejection checkSource(String sourceId, Measurand measurand) {
        boolean meterOnly = measurand == Measurand.REGISTER || measurand == Measurand.INTERVAL_VOLUME;
        boolean known = meterOnly ? directory.meter(sourceId).isPresent() : directory.isKnownSource(sourceId);
        if (known) {
            return null;
        }
        return new Rejection(
                RejectionReason.UNKNOWN_METER,
                (meterOnly
                        ? "meter_id \"" + sourceId + "\" is not a known meter"
                        : "source_id \"" + sourceId + "\" is not a known meter or sensor"));
    }

    private @Nullable Rejection checkTime(Instant time) {
        Instant latest = clock.instant().plus(maxClockSkew);
        if (time.isAfter(latest)) {
            return new Rejection(
                    RejectionReason.TIMESTAMP_IN_FUTURE,
                    "time " + time + " is " + Duration.between(clock.instant(), time)
                            + " ahead of the clock (allowed skew " + maxClockSkew + ")");
        }
        return null;
    }
}
