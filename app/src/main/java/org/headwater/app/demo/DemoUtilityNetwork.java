package org.headwater.app.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.headwater.ingest.network.EpanetModel;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Relation;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;

/**
 * Turns the L-Town hydraulic model into a metered utility: a premise, an account and an AMI meter at
 * every junction with demand, pressure sensors at the given nodes (the demo's own placement,
 * data/demo-sensors), and pressure zones.
 * Zones are the parts of the pipe graph that remain connected when the pressure-reducing valves and
 * pumps are taken out, which is where L-Town's pressure areas meet.
 */
public final class DemoUtilityNetwork {

    static final String METER_PREFIX = "M-";
    static final String PREMISE_PREFIX = "PR-";
    static final String ACCOUNT_PREFIX = "AC-";
    static final String SENSOR_PREFIX = "PS-";
    static final String CONNECTION_PREFIX = "SC-";
    static final String ZONE_PREFIX = "zone-";
    static final String FLOW_SENSOR_PREFIX = "FS-";
    static final String CHLORINE_SENSOR_PREFIX = "CL-";

    private DemoUtilityNetwork() {}

    /**
     * @param model the imported L-Town model
     * @param pressureSensorNodes junction ids that carry a pressure sensor
     */
    public static Network build(EpanetModel model, Collection<String> pressureSensorNodes) {
        Network hydraulic = model.network();
        Network.Builder utility = Network.builder("L-Town demo utility").addAll(hydraulic);
        Map<String, String> zoneOfNode = pressureZones(hydraulic);
        Set<String> servedZones = hydraulic
                .elements(ElementKind.JUNCTION)
                .filter(j -> j.number(Attr.BASE_DEMAND_LPS).orElse(0.0) > 0)
                .map(j -> zoneOfNode.get(j.id()))
                .collect(Collectors.toSet());
        new HashSet<>(zoneOfNode.values())
                .stream().sorted().forEach(zone -> addZone(utility, zone, servedZones.contains(zone)));
        zoneOfNode.forEach((node, zone) -> utility.relate(node, RelationType.LOCATED_IN, zone));

        hydraulic
                .elements(ElementKind.JUNCTION)
                .filter(j -> j.number(Attr.BASE_DEMAND_LPS).orElse(0.0) > 0)
                .forEach(junction -> addCustomer(utility, junction, zoneOfNode.get(junction.id())));
        markCriticalCustomers(utility, hydraulic);
        for (String node : pressureSensorNodes) {
            NetworkElement junction = hydraulic
                    .element(node)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "pressure sensor node " + node + " is not in " + hydraulic.name()));
            utility.add(new NetworkElement(
                    SENSOR_PREFIX + node,
                    ElementKind.SENSOR,
                    "Pressure at " + node,
                    junction.location(),
                    Map.of(Attr.MEASURAND, Measurand.PRESSURE.name())));
            utility.relate(SENSOR_PREFIX + node, RelationType.MEASURES, node);
        }
        return utility.build();
    }

    /** Critical uses given to the demo's largest commercial customers, largest first. */
    static final List<String> CRITICAL_USES = List.of("hospital", "dialysis clinic", "care home");

    /** The largest commercial customers become a hospital, a dialysis clinic and a care home, for what-if runs. */
    private static void markCriticalCustomers(Network.Builder utility, Network hydraulic) {
        List<NetworkElement> largest = hydraulic
                .elements(ElementKind.JUNCTION)
                .filter(j -> j.number(Attr.BASE_DEMAND_LPS).orElse(0.0) > 0)
                .filter(j -> customerClass(j.attribute(Attr.DEMAND_PATTERN).orElse(""))
                        .equals("commercial"))
                .sorted(java.util.Comparator.comparingDouble((NetworkElement j) ->
                                j.number(Attr.BASE_DEMAND_LPS).orElse(0.0))
                        .reversed()
                        .thenComparing(NetworkElement::id))
                .limit(CRITICAL_USES.size())
                .toList();
        for (int i = 0; i < largest.size(); i++) {
            String use = CRITICAL_USES.get(i);
            utility.get(PREMISE_PREFIX + largest.get(i).id())
                    .ifPresent(p -> utility.replace(p.withAttribute(Attr.CRITICAL_USE, use)));
        }
    }

    /**
     * Adds an online water-quality station at {@code node}: one sensor per replayed GECCO channel
     * (chlorine, pH, conductivity, turbidity, temperature), each MEASURING the node.
     */
    static Network withWaterQualityStation(Network utility, String node) {
        NetworkElement junction = utility.element(node)
                .orElseThrow(() -> new IllegalArgumentException(
                        "water-quality station node " + node + " is not in " + utility.name()));
        Network.Builder builder = Network.builder(utility.name()).addAll(utility);
        for (SimulatedWaterQualityStation.Replayed channel : SimulatedWaterQualityStation.CHANNELS) {
            String id = SimulatedWaterQualityStation.sensorId(channel, node);
            builder.add(new NetworkElement(
                    id,
                    ElementKind.SENSOR,
                    channel.measurand().name().toLowerCase(Locale.ROOT) + " at " + node,
                    junction.location(),
                    Map.of(Attr.MEASURAND, channel.measurand().name())));
            builder.relate(id, RelationType.MEASURES, node);
        }
        return builder.build();
    }

    /**
     * A pressure zone and, when it serves customers, the SCADA flow sensor at its inlet, whose hourly
     * inflow the DMA forecast learns. A zone serving no customer (in L-Town a reservoir and the node
     * before its valve) has no simulated inflow, so it gets no sensor that would never report.
     */
    private static void addZone(Network.Builder utility, String zone, boolean servesCustomers) {
        String name = zone.substring(ZONE_PREFIX.length());
        utility.add(new NetworkElement(zone, ElementKind.PRESSURE_ZONE, "Pressure zone " + name, null, Map.of()));
        if (!servesCustomers) {
            return;
        }
        utility.add(new NetworkElement(
                FLOW_SENSOR_PREFIX + zone,
                ElementKind.SENSOR,
                "Inflow of pressure zone " + name,
                null,
                Map.of(Attr.MEASURAND, Measurand.FLOW.name())));
        utility.relate(FLOW_SENSOR_PREFIX + zone, RelationType.MEASURES, zone);
    }

    private static void addCustomer(Network.Builder utility, NetworkElement junction, String zone) {
        String id = junction.id();
        String customerClass =
                customerClass(junction.attribute(Attr.DEMAND_PATTERN).orElse(""));
        utility.add(new NetworkElement(
                PREMISE_PREFIX + id,
                ElementKind.PREMISE,
                "Premise at " + id,
                junction.location(),
                Map.of(Attr.CUSTOMER_CLASS, customerClass, Attr.ZONE, zone)));
        Map<String, String> meter =
                new LinkedHashMap<>(meterSpecFor(junction, customerClass).toAttributes());
        meter.put(Attr.SERIAL, "SN" + id.toUpperCase(Locale.ROOT));
        utility.add(
                new NetworkElement(METER_PREFIX + id, ElementKind.METER, "Meter " + id, junction.location(), meter));
        utility.add(new NetworkElement(
                ACCOUNT_PREFIX + id,
                ElementKind.ACCOUNT,
                "Account " + id,
                null,
                Map.of(Attr.CUSTOMER_CLASS, customerClass)));
        utility.relate(METER_PREFIX + id, RelationType.SERVES, PREMISE_PREFIX + id);
        utility.relate(PREMISE_PREFIX + id, RelationType.LOCATED_IN, zone);
        utility.add(new NetworkElement(
                CONNECTION_PREFIX + id,
                ElementKind.SERVICE_CONNECTION,
                "Service connection " + id,
                junction.location(),
                Map.of()));
        utility.relate(CONNECTION_PREFIX + id, RelationType.STARTS_AT, id);
        utility.relate(CONNECTION_PREFIX + id, RelationType.ENDS_AT, PREMISE_PREFIX + id);
        utility.relate(ACCOUNT_PREFIX + id, RelationType.ACCOUNT_FOR, PREMISE_PREFIX + id);
    }

    private static String customerClass(String demandPattern) {
        String p = demandPattern.toLowerCase(Locale.ROOT);
        if (p.contains("industrial")) {
            return "industrial";
        }
        return p.contains("commercial") ? "commercial" : "residential";
    }

    // Larger services get larger meters; one in ten residential meters is an older mechanical one.
    private static MeterSpec meterSpecFor(NetworkElement junction, String customerClass) {
        MeterSpec base = MeterSpec.residentialDefault();
        double size = switch (customerClass) {
            case "industrial" -> 2.0;
            case "commercial" -> 1.0;
            default -> 0.625;
        };
        boolean mechanical = customerClass.equals("residential")
                && Math.floorMod(junction.id().hashCode(), 10) == 0;
        return new MeterSpec(
                mechanical ? MeterSpec.MeterType.MECHANICAL : MeterSpec.MeterType.SOLID_STATE,
                size,
                base.installDate(),
                base.orientation(),
                !customerClass.equals("residential"),
                !customerClass.equals("residential"),
                base.registerUnit(),
                base.registerRollover(),
                base.readInterval(),
                base.transmissionInterval());
    }

    /** Node id to zone id: connected components of the graph without valves and pumps, numbered by size. */
    static Map<String, String> pressureZones(Network hydraulic) {
        Map<String, List<String>> neighbours = new HashMap<>();
        hydraulic.elements(ElementKind.PIPE).forEach(pipe -> {
            List<String> ends = new ArrayList<>();
            for (Relation r : hydraulic.from(pipe.id())) {
                if (r.type() == RelationType.STARTS_AT || r.type() == RelationType.ENDS_AT) {
                    ends.add(r.to());
                }
            }
            if (ends.size() == 2) {
                neighbours.computeIfAbsent(ends.get(0), k -> new ArrayList<>()).add(ends.get(1));
                neighbours.computeIfAbsent(ends.get(1), k -> new ArrayList<>()).add(ends.get(0));
            }
        });
        List<List<String>> components = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> nodes = new ArrayList<>();
        for (ElementKind kind : List.of(ElementKind.JUNCTION, ElementKind.TANK, ElementKind.RESERVOIR)) {
            hydraulic.elements(kind).forEach(n -> nodes.add(n.id()));
        }
        for (String start : nodes) {
            if (seen.add(start)) {
                List<String> component = new ArrayList<>();
                Deque<String> queue = new ArrayDeque<>(List.of(start));
                while (!queue.isEmpty()) {
                    String node = queue.poll();
                    component.add(node);
                    for (String next : neighbours.getOrDefault(node, List.of())) {
                        if (seen.add(next)) {
                            queue.add(next);
                        }
                    }
                }
                components.add(component);
            }
        }
        components.sort((a, b) -> Integer.compare(b.size(), a.size()));
        Map<String, String> zoneOfNode = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            String zone = ZONE_PREFIX + (char) ('A' + Math.min(i, 25)) + (i >= 26 ? Integer.toString(i) : "");
            components.get(i).forEach(node -> zoneOfNode.put(node, zone));
        }
        return zoneOfNode;
    }
}
