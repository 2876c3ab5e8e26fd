package org.headwater.ingest.sparkplug;

import java.util.Objects;
import java.util.Optional;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.MappedValues;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.Unit;

/**
 * Metric values to readings through a tag map whose addresses are {@code group/node[/device]:metric}.
 * When the birth declared an engineering unit ({@code engUnit}) that Headwater knows, the value is
 * taken to be in that unit: converted to the map's unit when both measure the same thing, refused as
 * {@link RejectionReason#UNIT_MISMATCH} when they do not (the map or the edge node is wrong, and
 * guessing would store a wrong number). An unknown spelling leaves the map's unit in charge.
 */
public final class SparkplugMetricIntake {

    private final TagMap map;
    private final MappedValues mapped;

    public SparkplugMetricIntake(TagMap map) {
        this.map = Objects.requireNonNull(map, "map");
        this.mapped = new MappedValues(map);
    }

    /** The sensor a metric address belongs to, or empty when the map does not name it. */
    public Optional<String> sensorOf(String address) {
        return map.lookup(address).map(TagMapping::sensorId);
    }

    /** Adds one value to {@code session}: a reading or a quarantined record. */
    public MappedValues.Outcome accept(ReadIntake.Session session, MetricValue value) {
        Object raw = value.value();
        TagMapping mapping = map.lookup(value.address()).orElse(null);
        Unit declared = value.engineeringUnit() == null
                ? null
                : Unit.parse(value.engineeringUnit()).orElse(null);
        if (mapping != null && declared != null && declared != mapping.unit()) {
            if (declared.family() != mapping.unit().family()) {
                session.reject(
                        new Rejection(
                                RejectionReason.UNIT_MISMATCH,
                                "birth declares engUnit \"" + value.engineeringUnit() + "\" (" + declared.family()
                                        + ") for " + value.address() + ", but tag map " + map.file() + " maps it to "
                                        + mapping.measurand() + " in " + mapping.unit()),
                        value.address() + "=" + raw + " @" + value.time());
                return MappedValues.Outcome.QUARANTINED;
            }
            if (raw instanceof Number number) {
                raw = mapping.unit().fromCanonical(declared.toCanonical(number.doubleValue()));
            }
        }
        return mapped.accept(
                session, value.address(), raw, value.time(), value.quality(), "Sparkplug quality " + value.quality());
    }
}
