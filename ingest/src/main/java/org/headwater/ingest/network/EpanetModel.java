package org.headwater.ingest.network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headwater.network.Network;

/**
 * What an EPANET file holds besides the graph: the time patterns and curves that junction, pump and
 * tank attributes refer to by id, and each junction's demand categories. Attribute values in the
 * network are already in SI units (see {@link org.headwater.network.Attr}).
 *
 * @param network the graph; link ids may be prefixed (see {@link EpanetInpReader})
 * @param title the [TITLE] text, lines joined by a newline (empty when absent)
 * @param flowUnits the file's declared flow units (all converted values are SI regardless)
 * @param patterns multipliers by pattern id, in file order
 * @param patternTimestep how long each multiplier applies ([TIMES] Pattern Timestep; EPANET's default 1 h)
 * @param curves x/y points by curve id, in the file's units (pump curves: flow and head)
 * @param demands demand categories by junction id (graph id), in litres per second
 */
public record EpanetModel(
        Network network,
        String title,
        FlowUnits flowUnits,
        Map<String, List<Double>> patterns,
        Duration patternTimestep,
        Map<String, List<CurvePoint>> curves,
        Map<String, List<JunctionDemand>> demands) {

    public EpanetModel {
        patterns = deepCopy(patterns);
        curves = deepCopy(curves);
        demands = deepCopy(demands);
    }

    private static <T> Map<String, List<T>> deepCopy(Map<String, List<T>> map) {
        return map.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** One point of an EPANET curve, in the units the file uses. */
    public record CurvePoint(double x, double y) {}

    /**
     * One demand category of a junction.
     *
     * @param baseDemandLitresPerSecond base demand, before pattern multipliers
     * @param pattern the pattern id that scales it, or empty for a constant demand
     */
    public record JunctionDemand(double baseDemandLitresPerSecond, String pattern) {}
}
