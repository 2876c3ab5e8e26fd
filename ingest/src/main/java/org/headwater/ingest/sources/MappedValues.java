package org.headwater.ingest.sources;

import java.time.Instant;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.jspecify.annotations.Nullable;

/**
 * The one way a connector turns a value found at a source address into a reading: look the address
 * up in the tag map, refuse bad quality, scale, then validate through the shared {@link ReadIntake}
 * (known sensor, plausible value, time not in the future). Whatever is refused is quarantined in the
 * session's batch with the reason and the raw text; nothing here throws for bad input.
 */
public final class MappedValues {

    private final TagMap map;

    public MappedValues(TagMap map) {
        this.map = map;
    }

    public TagMap map() {
        return map;
    }

    /**
     * Adds one source value to {@code session}: a reading, or a quarantined record.
     *
     * @param address the source's address of the value
     * @param raw the value as the source sent it (a number, a boolean, or anything else)
     * @param sourceTime the event time the source gave the value
     * @param quality the source's verdict on the value
     * @param status the source's status text (e.g. {@code Bad_SensorFailure}), quoted when quarantined
     * @return what happened to the value
     */
    public Outcome accept(
            ReadIntake.Session session,
            String address,
            @Nullable Object raw,
            Instant sourceTime,
            SourceQuality quality,
            String status) {
        String rawText = address + "=" + raw + " @" + sourceTime + " " + status;
        TagMapping mapping = map.lookup(address).orElse(null);
        if (mapping == null) {
            session.reject(
                    new Rejection(
                            RejectionReason.UNMAPPED_ADDRESS,
                            "address \"" + address + "\" is not in tag map " + map.file()),
                    rawText);
            return Outcome.QUARANTINED;
        }
        if (quality == SourceQuality.BAD) {
            session.reject(
                    new Rejection(
                            RejectionReason.BAD_QUALITY, "source status " + status + " for " + mapping.sensorId()),
                    rawText);
            return Outcome.QUARANTINED;
        }
        Double number = numberOf(raw);
        if (number == null) {
            session.reject(
                    new Rejection(
                            RejectionReason.INVALID_NUMBER,
                            "value " + describe(raw) + " at " + address + " is not a number or a boolean"),
                    rawText);
            return Outcome.QUARANTINED;
        }
        Rejection rejection = session.reading(
                mapping.sensorId(), mapping.measurand(), sourceTime, mapping.scaled(number), mapping.unit(), null);
        if (rejection != null) {
            session.reject(rejection, rawText);
            return Outcome.QUARANTINED;
        }
        return quality == SourceQuality.UNCERTAIN ? Outcome.UNCERTAIN_READING : Outcome.READING;
    }

    // Status tags (pump running) are booleans at the source: true is 1, false is 0.
    private static @Nullable Double numberOf(@Nullable Object raw) {
        return switch (raw) {
            case null -> null;
            case Boolean b -> b ? 1.0 : 0.0;
            case Number n -> Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
            case String s -> parse(s);
            default -> null;
        };
    }

    private static @Nullable Double parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(@Nullable Object raw) {
        return raw == null ? "null" : "\"" + raw + "\" (" + raw.getClass().getSimpleName() + ")";
    }

    /** What became of one source value. */
    public enum Outcome {
        READING,
        UNCERTAIN_READING,
        QUARANTINED
    }
}
