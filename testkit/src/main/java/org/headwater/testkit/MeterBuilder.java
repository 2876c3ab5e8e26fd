package org.headwater.testkit;

import java.time.Duration;
import java.util.Map;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Builds a meter, with the premise it serves and the zone it lies in, into a network:
 * {@code aMeter().id("m1").serving("p1").inZone("z1").addTo(builder)}. Missing premise and zone
 * elements are created.
 */
public final class MeterBuilder {

    private String id = "meter-1";
    private MeterSpec.MeterType type = MeterSpec.MeterType.SOLID_STATE;
    private double sizeInches = 0.625;
    private MeterSpec.Orientation orientation = MeterSpec.Orientation.NORMAL;
    private Duration readInterval = Duration.ofHours(1);
    private Duration transmissionInterval = Duration.ofHours(6);
    private @Nullable String premiseId;
    private @Nullable String zoneId;
    private @Nullable Location location;

    private MeterBuilder() {}

    public static MeterBuilder aMeter() {
        return new MeterBuilder();
    }

    public MeterBuilder id(String newId) {
        this.id = newId;
        return this;
    }

    public MeterBuilder mechanical() {
        this.type = MeterSpec.MeterType.MECHANICAL;
        return this;
    }

    public MeterBuilder sizeInches(double newSize) {
        this.sizeInches = newSize;
        return this;
    }

    public MeterBuilder reversed() {
        this.orientation = MeterSpec.Orientation.REVERSED;
        return this;
    }

    public MeterBuilder reading(Duration newReadInterval) {
        this.readInterval = newReadInterval;
        return this;
    }

    public MeterBuilder transmitting(Duration newTransmissionInterval) {
        this.transmissionInterval = newTransmissionInterval;
        return this;
    }

    public MeterBuilder serving(String newPremiseId) {
        this.premiseId = newPremiseId;
        return this;
    }

    public MeterBuilder inZone(String newZoneId) {
        this.zoneId = newZoneId;
        return this;
    }

    public MeterBuilder at(double longitude, double latitude) {
        this.location = Location.wgs84(longitude, latitude);
        return this;
    }

    public MeterSpec spec() {
        return new MeterSpec(
                type, sizeInches, null, orientation, false, false, Unit.LITRE, 1e9, readInterval, transmissionInterval);
    }

    public NetworkElement build() {
        Map<String, String> attributes = spec().toAttributes();
        return new NetworkElement(id, ElementKind.METER, id, location, attributes);
    }

    /** Adds the meter, its premise and zone (when absent) and the SERVES / LOCATED_IN relations. */
    public Network.Builder addTo(Network.Builder network) {
        network.add(build());
        if (premiseId != null) {
            if (network.get(premiseId).isEmpty()) {
                network.add(new NetworkElement(premiseId, ElementKind.PREMISE, premiseId, location, Map.of()));
            }
            network.relate(id, RelationType.SERVES, premiseId);
        }
        if (zoneId != null) {
            if (network.get(zoneId).isEmpty()) {
                network.add(NetworkElement.of(zoneId, ElementKind.PRESSURE_ZONE));
            }
            network.relate(id, RelationType.LOCATED_IN, zoneId);
        }
        return network;
    }
}
