package org.headwater.app.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.Measurand;

/**
 * The areas whose inflow is metered: every DMA or pressure zone that a SENSOR with
 * {@code measurand=FLOW} MEASURES. Several inlet sensors of one area add up.
 */
public final class InflowAreas {

    private InflowAreas() {}

    /** Flow sensor ids by area id, areas in id order. */
    public static Map<String, List<String>> of(Network network) {
        Map<String, List<String>> sensorsByArea = new LinkedHashMap<>();
        network.elements(ElementKind.SENSOR)
                .filter(InflowAreas::measuresFlow)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(sensor -> network.targets(sensor.id(), RelationType.MEASURES).stream()
                        .flatMap(target -> network.element(target).stream())
                        .filter(InflowAreas::isArea)
                        .forEach(area -> sensorsByArea
                                .computeIfAbsent(area.id(), id -> new ArrayList<>())
                                .add(sensor.id())));
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        sensorsByArea.keySet().stream()
                .sorted()
                .forEach(area -> sorted.put(area, List.copyOf(sensorsByArea.get(area))));
        return sorted;
    }

    public static boolean isArea(NetworkElement element) {
        return element.kind() == ElementKind.DMA || element.kind() == ElementKind.PRESSURE_ZONE;
    }

    private static boolean measuresFlow(NetworkElement sensor) {
        return sensor.attribute(Attr.MEASURAND)
                .map(value -> value.equalsIgnoreCase(Measurand.FLOW.name()))
                .orElse(false);
    }
}
