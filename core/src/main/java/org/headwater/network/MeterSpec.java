package org.headwater.network;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A meter and its meter interface unit as EPA sections 3.1-3.4 describe them.
 *
 * @param type mechanical or solid-state (solid-state meters measure reverse flow precisely)
 * @param sizeInches nominal size, e.g. 0.625 for 5/8"
 * @param installDate when the current meter was installed, if known
 * @param orientation how the meter sits in the service line; a reversed meter mirrors its flow
 * @param remoteValve whether the MIU can shut off service remotely
 * @param backflowPreventer whether a backflow preventer is installed at the service
 * @param registerUnit unit of the register the headend reports
 * @param registerRollover register value at which the dial wraps to zero, in register units
 * @param readInterval interval between reads stored in the MIU
 * @param transmissionInterval interval between scheduled transmissions to the headend (EPA: 4-24 h)
 */
public record MeterSpec(
        MeterType type,
        double sizeInches,
        @Nullable LocalDate installDate,
        Orientation orientation,
        boolean remoteValve,
        boolean backflowPreventer,
        Unit registerUnit,
        double registerRollover,
        Duration readInterval,
        Duration transmissionInterval) {

    public enum MeterType {
        MECHANICAL,
        SOLID_STATE
    }

    public enum Orientation {
        NORMAL,
        REVERSED
    }

    public MeterSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(registerUnit, "registerUnit");
        Objects.requireNonNull(readInterval, "readInterval");
        Objects.requireNonNull(transmissionInterval, "transmissionInterval");
        if (registerUnit.family() != Unit.Family.VOLUME) {
            throw new IllegalArgumentException("registerUnit must be a volume unit: " + registerUnit);
        }
        if (!(registerRollover > 0)) {
            throw new IllegalArgumentException("registerRollover must be positive: " + registerRollover);
        }
        if (readInterval.isNegative() || readInterval.isZero()) {
            throw new IllegalArgumentException("readInterval must be positive: " + readInterval);
        }
        if (transmissionInterval.compareTo(readInterval) < 0) {
            throw new IllegalArgumentException(
                    "transmissionInterval " + transmissionInterval + " is shorter than readInterval " + readInterval);
        }
    }

    /** A residential 5/8" solid-state meter reading hourly, transmitting every 6 hours, in litres. */
    public static MeterSpec residentialDefault() {
        return new MeterSpec(
                MeterType.SOLID_STATE,
                0.625,
                null,
                Orientation.NORMAL,
                false,
                false,
                Unit.LITRE,
                1e9,
                Duration.ofHours(1),
                Duration.ofHours(6));
    }

    /** Reads the spec from a meter element's attributes, defaulting what is absent. */
    public static MeterSpec of(NetworkElement meter) {
        if (meter.kind() != ElementKind.METER) {
            throw new IllegalArgumentException(meter.id() + " is a " + meter.kind() + ", not a METER");
        }
        MeterSpec d = residentialDefault();
        return new MeterSpec(
                meter.attribute(Attr.METER_TYPE).map(MeterType::valueOf).orElse(d.type()),
                meter.number(Attr.METER_SIZE_IN).orElse(d.sizeInches()),
                meter.attribute(Attr.INSTALL_DATE).map(LocalDate::parse).orElse(null),
                meter.attribute(Attr.METER_ORIENTATION)
                        .map(Orientation::valueOf)
                        .orElse(d.orientation()),
                meter.attribute(Attr.REMOTE_VALVE).map(Boolean::parseBoolean).orElse(false),
                meter.attribute(Attr.BACKFLOW_PREVENTER)
                        .map(Boolean::parseBoolean)
                        .orElse(false),
                meter.attribute(Attr.REGISTER_UNIT)
                        .map(u -> Unit.parse(u)
                                .orElseThrow(() -> new IllegalStateException(
                                        "meter " + meter.id() + " has unknown register unit " + u)))
                        .orElse(d.registerUnit()),
                meter.number(Attr.REGISTER_ROLLOVER).orElse(d.registerRollover()),
                meter.number(Attr.READ_INTERVAL_MIN)
                        .map(m -> Duration.ofMinutes(m.longValue()))
                        .orElse(d.readInterval()),
                meter.number(Attr.TRANSMISSION_INTERVAL_H)
                        .map(h -> Duration.ofMinutes((long) (h * 60)))
                        .orElse(d.transmissionInterval()));
    }

    /** The attributes that store this spec on a meter element. */
    public Map<String, String> toAttributes() {
        Map<String, String> a = new HashMap<>();
        a.put(Attr.METER_TYPE, type.name());
        a.put(Attr.METER_SIZE_IN, Double.toString(sizeInches));
        if (installDate != null) {
            a.put(Attr.INSTALL_DATE, installDate.toString());
        }
        a.put(Attr.METER_ORIENTATION, orientation.name());
        a.put(Attr.REMOTE_VALVE, Boolean.toString(remoteValve));
        a.put(Attr.BACKFLOW_PREVENTER, Boolean.toString(backflowPreventer));
        a.put(Attr.REGISTER_UNIT, registerUnit.name());
        a.put(Attr.REGISTER_ROLLOVER, Double.toString(registerRollover));
        a.put(Attr.READ_INTERVAL_MIN, Long.toString(readInterval.toMinutes()));
        a.put(Attr.TRANSMISSION_INTERVAL_H, Double.toString(transmissionInterval.toMinutes() / 60.0));
        return a;
    }
}
