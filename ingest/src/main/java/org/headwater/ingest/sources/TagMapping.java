package org.headwater.ingest.sources;

import java.util.Objects;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;

/**
 * One line of a tag map: the values found at {@code address} are {@code measurand} readings of
 * sensor {@code sensorId}, in {@code unit} once scaled ({@code raw * scale + offset}).
 *
 * @param address the source's own name for the value: an OPC UA NodeId ({@code ns=2;s=PS1.Pressure})
 *     or browse path ({@code /Objects/Plant/PS1/Pressure}), a Sparkplug metric, a historian tag
 * @param sensorId the sensor id as the network model knows it
 * @param measurand what the value measures
 * @param unit the unit of the scaled value
 * @param scale multiplies the raw value (raw counts to engineering units)
 * @param offset added after scaling
 */
public record TagMapping(String address, String sensorId, Measurand measurand, Unit unit, double scale, double offset) {

    public TagMapping {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(unit, "unit");
        if (address.isBlank()) {
            throw new IllegalArgumentException("address must not be blank");
        }
        if (sensorId.isBlank()) {
            throw new IllegalArgumentException("sensorId must not be blank for address " + address);
        }
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("scale must be finite and non-zero for " + address + ": " + scale);
        }
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("offset must be finite for " + address + ": " + offset);
        }
        if (unit.family() != Unit.familyOf(measurand)) {
            throw new IllegalArgumentException("unit " + unit + " measures " + unit.family() + ", but " + measurand
                    + " needs " + Unit.familyOf(measurand) + " (address " + address + ")");
        }
    }

    /** A mapping with no scaling. */
    public static TagMapping of(String address, String sensorId, Measurand measurand, Unit unit) {
        return new TagMapping(address, sensorId, measurand, unit, 1.0, 0.0);
    }

    /** The raw source value in {@link #unit()}. */
    public double scaled(double raw) {
        return raw * scale + offset;
    }
}
