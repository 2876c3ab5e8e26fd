package org.headwater.detect.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;
import org.jspecify.annotations.Nullable;

/**
 * Groups a network's sensors into live water-quality stations: the sensors that MEASURE the same
 * node (a junction, tank or plant outlet) form one station, provided at least one of them measures a
 * water-quality parameter. Measurands map to the channels the detector was built and tuned on (the
 * GECCO channels): chlorine → {@code Cl}, pH → {@code pH}, conductivity → {@code Leit}, turbidity →
 * {@code Trueb}, temperature → {@code Tp}, and flow → {@code Fm} as the operational channel that
 * explains shifts. Pressure sensors at the node are not channels: pressure has its own detectors, and
 * a pressure drop should join the incident rather than mute the water-quality event.
 */
public final class WaterQualityStations {

    /**
     * Channel per measurand; precisions are the 99.9 % quantile of the minute-to-minute change in the
     * GECCO slice outside events (what {@link ChannelPrecisionFit} fits), in canonical units.
     */
    private static final Map<Measurand, Channel> CHANNELS = new EnumMap<>(Map.of(
            Measurand.CHLORINE, new Channel("Cl", ChannelRole.QUALITY, 0.01),
            Measurand.PH, new Channel("pH", ChannelRole.QUALITY, 0.02),
            Measurand.CONDUCTIVITY, new Channel("Leit", ChannelRole.QUALITY, 4),
            Measurand.TURBIDITY, new Channel("Trueb", ChannelRole.QUALITY, 0.05),
            Measurand.TEMPERATURE, new Channel("Tp", ChannelRole.QUALITY, 0.1),
            Measurand.FLOW, new Channel("Fm", ChannelRole.OPERATIONAL, 1)));

    private WaterQualityStations() {}

    /** The detector channel for {@code measurand}, if it is one a station uses. */
    public static Optional<Channel> channelOf(Measurand measurand) {
        return Optional.ofNullable(CHANNELS.get(measurand));
    }

    /** The stations of {@code network}, in id order; sensors of a station in id order. */
    public static List<WaterQualityStation> of(Network network) {
        Map<String, List<NetworkElement>> sensorsByNode = new LinkedHashMap<>();
        network.elements(ElementKind.SENSOR)
                .filter(s ->
                        measurandOf(s).flatMap(WaterQualityStations::channelOf).isPresent())
                .sorted(Comparator.comparing(NetworkElement::id))
                .forEach(sensor -> network.targets(sensor.id(), RelationType.MEASURES).stream()
                        .filter(target -> network.element(target)
                                .map(e -> e.kind().shape() == ElementKind.Shape.NODE)
                                .orElse(false))
                        .findFirst()
                        .ifPresent(node -> sensorsByNode
                                .computeIfAbsent(node, n -> new ArrayList<>())
                                .add(sensor)));
        List<WaterQualityStation> stations = new ArrayList<>();
        sensorsByNode.keySet().stream().sorted().forEach(node -> {
            List<StationSensor> sensors = stationSensors(sensorsByNode.get(node));
            if (sensors.stream().anyMatch(s -> s.channel().isQuality())) {
                stations.add(new WaterQualityStation(
                        node, zoneOf(network, node), locationOf(network, node, sensorsByNode.get(node)), sensors));
            }
        });
        return stations;
    }

    // A second sensor of the same measurand at one node becomes its own channel, Cl_2 like GECCO's.
    private static List<StationSensor> stationSensors(List<NetworkElement> elements) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<StationSensor> sensors = new ArrayList<>();
        for (NetworkElement element : elements) {
            Measurand measurand = measurandOf(element).orElseThrow();
            Channel channel = CHANNELS.get(measurand);
            int count = seen.merge(channel.name(), 1, Integer::sum);
            Channel named = count == 1
                    ? channel
                    : new Channel(channel.name() + "_" + count, channel.role(), channel.precision());
            sensors.add(new StationSensor(element.id(), measurand, named));
        }
        return sensors;
    }

    private static Optional<Measurand> measurandOf(NetworkElement sensor) {
        return sensor.attribute(Attr.MEASURAND).flatMap(name -> {
            try {
                return Optional.of(Measurand.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    private static @Nullable String zoneOf(Network network, String node) {
        for (String area : network.targets(node, RelationType.LOCATED_IN)) {
            ElementKind kind = network.element(area).map(NetworkElement::kind).orElse(null);
            if (kind == ElementKind.PRESSURE_ZONE || kind == ElementKind.DMA) {
                return area;
            }
        }
        return null;
    }

    private static @Nullable Location locationOf(Network network, String node, List<NetworkElement> sensors) {
        Location location = network.element(node).map(NetworkElement::location).orElse(null);
        if (location != null) {
            return location;
        }
        return sensors.stream()
                .map(NetworkElement::location)
                .filter(l -> l != null)
                .findFirst()
                .orElse(null);
    }
}
