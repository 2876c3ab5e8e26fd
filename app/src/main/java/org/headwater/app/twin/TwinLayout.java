package org.headwater.app.twin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;

/**
 * Which live sensors the network model knows: pressure sensors that MEASURE one of its junctions, flow sensors that
 * MEASURE a zone (a pressure zone or DMA) whose junctions the model holds, and the zone of each junction.
 *
 * @param pressureNodes pressure sensor id to the junction it measures, in sensor id order
 * @param inflowZones flow sensor id to the zone whose inflow it measures, in sensor id order
 * @param zoneOfJunction junction id to zone id
 */
record TwinLayout(
        Map<String, String> pressureNodes, Map<String, String> inflowZones, Map<String, String> zoneOfJunction) {

    private static final List<ElementKind> ZONES = List.of(ElementKind.PRESSURE_ZONE, ElementKind.DMA);

    static TwinLayout of(Network graph, HydraulicModel model) {
        Map<String, String> zoneOfJunction = new HashMap<>();
        for (int j = 0; j < model.junctionCount(); j++) {
            String node = model.nodeId(j);
            graph.targets(node, RelationType.LOCATED_IN).stream()
                    .filter(z ->
                            graph.element(z).map(e -> ZONES.contains(e.kind())).orElse(false))
                    .findFirst()
                    .ifPresent(zone -> zoneOfJunction.put(node, zone));
        }
        Map<String, String> pressure = new TreeMap<>();
        Map<String, String> inflow = new TreeMap<>();
        graph.elements(ElementKind.SENSOR).forEach(sensor -> {
            for (String target : graph.targets(sensor.id(), RelationType.MEASURES)) {
                int n = model.nodeIndex(target);
                if (measures(sensor, Measurand.PRESSURE) && n >= 0 && n < model.junctionCount()) {
                    pressure.put(sensor.id(), target);
                } else if (measures(sensor, Measurand.FLOW) && zoneOfJunction.containsValue(target)) {
                    inflow.put(sensor.id(), target);
                }
            }
        });
        return new TwinLayout(pressure, inflow, zoneOfJunction);
    }

    private static boolean measures(NetworkElement sensor, Measurand measurand) {
        return sensor.attribute(Attr.MEASURAND).map(measurand.name()::equals).orElse(false);
    }

    boolean empty() {
        return pressureNodes.isEmpty();
    }
}
