package org.headwater.app.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;

/**
 * Which real household drives which demo meter, and how. Meter {@code i} (in id order) replays
 * household {@code i mod H}, shifted by {@code i div H} weeks plus a per-household week offset, and
 * scaled by a factor drawn in [0.6, 1.4] from a generator seeded with the meter id: many meters,
 * no two alike, every one a real household's rhythm.
 */
final class ReplayPlan {

    private ReplayPlan() {}

    static List<SimulatedMeter> meters(Network utility, List<HouseholdSeries> households, List<InjectedEvent> events) {
        if (households.isEmpty()) {
            throw new IllegalArgumentException("no household series to replay");
        }
        List<NetworkElement> meters = utility.elements(ElementKind.METER)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        List<SimulatedMeter> simulated = new ArrayList<>(meters.size());
        for (int i = 0; i < meters.size(); i++) {
            String id = meters.get(i).id();
            SplittableRandom random = new SplittableRandom(id.hashCode());
            HouseholdSeries household = households.get(i % households.size());
            Duration shift = Duration.ofDays(7L * (i / households.size() + random.nextInt(52)));
            double scale = 0.6 + 0.8 * random.nextDouble();
            double base = 100_000 + random.nextInt(5_000_000);
            List<InjectedEvent> own =
                    events.stream().filter(e -> e.targets().contains(id)).toList();
            simulated.add(new SimulatedMeter(id, household, shift, scale, base, own));
        }
        return simulated;
    }

    /**
     * Pressure sensors whose values come from the simulated network: every PRESSURE sensor measuring a junction
     * of {@code nodes}; any other keeps the synthetic curve of {@link #pressureSensors(Network, List)}.
     */
    static List<SimulatedPressureSensor> pressureSensors(
            Network utility, List<InjectedEvent> events, SimulatedNetworkField field, java.util.Set<String> nodes) {
        List<SimulatedPressureSensor> synthetic = pressureSensors(utility, events);
        List<SimulatedPressureSensor> sensors = new ArrayList<>();
        for (SimulatedPressureSensor s : synthetic) {
            String node = utility.targets(s.sensorId(), RelationType.MEASURES).stream()
                    .findFirst()
                    .orElse("");
            sensors.add(
                    nodes.contains(node)
                            ? new SimulatedPressureSensor(s.sensorId(), node, field, drops(events, s.sensorId()))
                            : s);
        }
        return sensors;
    }

    private static List<InjectedEvent> drops(List<InjectedEvent> events, String sensorId) {
        return events.stream()
                .filter(e -> e.kind() == InjectedEvent.Kind.PRESSURE_DROP
                        && e.targets().contains(sensorId))
                .toList();
    }

    /** Junction id to the pressure zone it is LOCATED_IN. */
    static Map<String, String> zoneOfJunction(Network utility) {
        Map<String, String> zones = new HashMap<>();
        utility.elements(ElementKind.JUNCTION)
                .forEach(j -> utility.targets(j.id(), RelationType.LOCATED_IN).stream()
                        .findFirst()
                        .ifPresent(zone -> zones.put(j.id(), zone)));
        return zones;
    }

    static List<SimulatedPressureSensor> pressureSensors(Network utility, List<InjectedEvent> events) {
        List<NetworkElement> sensors = utility.elements(ElementKind.SENSOR)
                .filter(s -> measures(s, Measurand.PRESSURE))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        double highest =
                sensors.stream().mapToDouble(s -> elevation(utility, s)).max().orElse(0);
        double lowest =
                sensors.stream().mapToDouble(s -> elevation(utility, s)).min().orElse(0);
        double range = Math.max(1e-9, highest - lowest);
        return sensors.stream()
                .map(s -> new SimulatedPressureSensor(
                        s.id(),
                        (elevation(utility, s) - lowest) / range,
                        events.stream()
                                .filter(e -> e.kind() == InjectedEvent.Kind.PRESSURE_DROP
                                        && e.targets().contains(s.id()))
                                .toList()))
                .toList();
    }

    /** One inflow sensor per zone a FLOW sensor MEASURES, fed by the meters of the premises in that zone. */
    static List<SimulatedZoneInflow> zoneInflows(Network utility, List<SimulatedMeter> meters) {
        return zoneInflows(utility, meters, (zone, hour) -> 0.0);
    }

    /** As {@link #zoneInflows(Network, List)}, each inflow also carrying the bursts in its zone. */
    static List<SimulatedZoneInflow> zoneInflows(
            Network utility,
            List<SimulatedMeter> meters,
            java.util.function.BiFunction<String, java.time.Instant, Double> bursts) {
        Map<String, List<SimulatedMeter>> metersByZone = new HashMap<>();
        for (SimulatedMeter meter : meters) {
            utility.targets(meter.meterId(), RelationType.SERVES).stream()
                    .flatMap(premise -> utility.element(premise).stream())
                    .flatMap(premise -> premise.attribute(Attr.ZONE).stream())
                    .findFirst()
                    .ifPresent(zone -> metersByZone
                            .computeIfAbsent(zone, z -> new ArrayList<>())
                            .add(meter));
        }
        List<SimulatedZoneInflow> inflows = new ArrayList<>();
        utility.elements(ElementKind.SENSOR)
                .filter(s -> measures(s, Measurand.FLOW))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(sensor -> utility.targets(sensor.id(), RelationType.MEASURES).stream()
                        .filter(metersByZone::containsKey)
                        .findFirst()
                        .ifPresent(zone -> inflows.add(
                                new SimulatedZoneInflow(sensor.id(), zone, metersByZone.get(zone), bursts))));
        return inflows;
    }

    private static boolean measures(NetworkElement sensor, Measurand measurand) {
        return sensor.attribute(Attr.MEASURAND).map(measurand.name()::equals).orElse(false);
    }

    private static double elevation(Network utility, NetworkElement sensor) {
        return utility.targets(sensor.id(), RelationType.MEASURES).stream()
                .flatMap(node -> utility.element(node).stream())
                .map(node -> node.number(Attr.ELEVATION_M).orElse(0.0))
                .findFirst()
                .orElse(0.0);
    }

    /** The node of the demo's water-quality station: where the injected chlorine drop happens. */
    static Optional<String> waterQualityStationNode(List<InjectedEvent> events) {
        return events.stream()
                .filter(e -> e.kind() == InjectedEvent.Kind.CHLORINE_DROP)
                .map(e -> e.targets().getFirst().substring(DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX.length()))
                .findFirst();
    }

    /** One replayed station per node a demo chlorine sensor MEASURES, with the chlorine drops injected there. */
    static List<SimulatedWaterQualityStation> waterQualityStations(Network utility, List<InjectedEvent> events) {
        return utility.elements(ElementKind.SENSOR)
                .filter(s ->
                        measures(s, Measurand.CHLORINE) && s.id().startsWith(DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(s -> new SimulatedWaterQualityStation(
                        s.id().substring(DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX.length()),
                        events.stream()
                                .filter(e -> e.kind() == InjectedEvent.Kind.CHLORINE_DROP
                                        && e.targets().contains(s.id()))
                                .toList()))
                .toList();
    }
}
