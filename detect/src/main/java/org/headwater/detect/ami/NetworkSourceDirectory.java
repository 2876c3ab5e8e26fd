package org.headwater.detect.ami;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Profiles of the meters and sensors of a {@link Network}: a meter's premise is what it SERVES; its
 * zone is the first area (pressure zone or DMA) it or its premise is LOCATED_IN; a sensor's zone is
 * that of the element it MEASURES.
 */
public final class NetworkSourceDirectory implements SourceDirectory {

    private final Map<String, SourceProfile> profiles = new HashMap<>();

    public NetworkSourceDirectory(Network network) {
        network.elements(ElementKind.METER).forEach(m -> profiles.put(m.id(), meterProfile(network, m)));
        network.elements(ElementKind.SENSOR).forEach(s -> profiles.put(s.id(), sensorProfile(network, s)));
    }

    @Override
    public Optional<SourceProfile> find(String sourceId) {
        return Optional.ofNullable(profiles.get(sourceId));
    }

    private static SourceProfile meterProfile(Network network, NetworkElement meter) {
        String premise = first(network.targets(meter.id(), RelationType.SERVES));
        String zone = zoneOf(network, meter.id());
        if (zone == null && premise != null) {
            zone = zoneOf(network, premise);
        }
        var location = meter.location();
        if (location == null && premise != null) {
            location = network.element(premise).map(NetworkElement::location).orElse(null);
        }
        return new SourceProfile(meter.id(), MeterSpec.of(meter), premise, zone, location);
    }

    private static SourceProfile sensorProfile(Network network, NetworkElement sensor) {
        String measured = first(network.targets(sensor.id(), RelationType.MEASURES));
        String zone = zoneOf(network, sensor.id());
        if (zone == null && measured != null) {
            zone = zoneOf(network, measured);
        }
        var location = sensor.location();
        if (location == null && measured != null) {
            location = network.element(measured).map(NetworkElement::location).orElse(null);
        }
        return new SourceProfile(sensor.id(), MeterSpec.residentialDefault(), null, zone, location);
    }

    private static @Nullable String zoneOf(Network network, String id) {
        for (String area : network.targets(id, RelationType.LOCATED_IN)) {
            ElementKind kind = network.element(area).map(NetworkElement::kind).orElse(null);
            if (kind == ElementKind.PRESSURE_ZONE || kind == ElementKind.DMA) {
                return area;
            }
        }
        return null;
    }

    private static @Nullable String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
