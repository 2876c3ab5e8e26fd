package org.headwater.app.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * The network as the map draws it: links as lines between their end nodes, coloured by the pressure
 * zone or DMA of their start node; the facilities as points; meters as two flat arrays so a fleet of
 * 100,000 travels as a few megabytes and the browser clusters it.
 */
public final class MapLayers {

    /** Nodes worth a symbol of their own on the map; junctions are only the ends of pipes. */
    static final Set<ElementKind> FACILITIES = Set.of(
            ElementKind.TANK,
            ElementKind.RESERVOIR,
            ElementKind.PUMP_STATION,
            ElementKind.PLANT,
            ElementKind.HYDRANT,
            ElementKind.SENSOR);

    private static final Set<ElementKind> AREAS = Set.of(ElementKind.PRESSURE_ZONE, ElementKind.DMA);

    private MapLayers() {}

    /**
     * @param crs the coordinate system code; WGS84 is {@code EPSG:4326}, anything else is drawn as a plane
     * @param geographic whether x/y are longitude/latitude, so a base map can lie underneath
     * @param bounds minX, minY, maxX, maxY over every located element; empty when nothing is located
     */
    public record NetworkLayer(
            String name,
            String crs,
            boolean geographic,
            double[] bounds,
            List<Zone> zones,
            List<Link> links,
            List<Facility> facilities) {}

    public record Zone(String id, String name) {}

    /** A pipe, pump or valve from its start node to its end node. */
    public record Link(
            String id,
            ElementKind kind,
            double[] from,
            double[] to,
            @Nullable String zone,
            @Nullable Double diameter) {}

    public record Facility(String id, ElementKind kind, String name, double x, double y) {}

    /** Meters with a location, as parallel arrays: {@code ids[i]} sits at {@code xy[2i], xy[2i+1]}. */
    public record MeterLayer(String crs, int count, List<String> ids, double[] xy) {}

    public static NetworkLayer network(Network network) {
        Bounds bounds = new Bounds();
        List<Link> links = new ArrayList<>();
        List<Facility> facilities = new ArrayList<>();
        for (NetworkElement element : network.elements()) {
            if (element.kind().shape() == ElementKind.Shape.LINK && element.kind() != ElementKind.SERVICE_CONNECTION) {
                link(network, element).ifPresent(link -> {
                    bounds.add(link.from());
                    bounds.add(link.to());
                    links.add(link);
                });
            } else if (FACILITIES.contains(element.kind()) && element.location() != null) {
                Location at = element.location();
                bounds.add(new double[] {at.x(), at.y()});
                facilities.add(new Facility(element.id(), element.kind(), element.name(), at.x(), at.y()));
            }
        }
        List<Zone> zones = network.elements().stream()
                .filter(e -> AREAS.contains(e.kind()))
                .sorted(Comparator.comparing(NetworkElement::id))
                .map(e -> new Zone(e.id(), e.name()))
                .toList();
        String crs = coordinateSystem(network);
        return new NetworkLayer(
                network.name(), crs, crs.equals("EPSG:4326"), bounds.toArray(), zones, links, facilities);
    }

    public static MeterLayer meters(Network network) {
        List<NetworkElement> located = network.elements(ElementKind.METER)
                .filter(m -> m.location() != null)
                .toList();
        String crs = coordinateSystem(network);
        // A map needs no more than about 1 cm: fewer digits halve what 100,000 meters weigh on the wire.
        double scale = crs.equals("EPSG:4326") ? 1e7 : 100;
        double[] xy = new double[located.size() * 2];
        List<String> ids = new ArrayList<>(located.size());
        for (int i = 0; i < located.size(); i++) {
            Location at = located.get(i).location();
            xy[2 * i] = Math.round(at.x() * scale) / scale;
            xy[2 * i + 1] = Math.round(at.y() * scale) / scale;
            ids.add(located.get(i).id());
        }
        return new MeterLayer(crs, located.size(), ids, xy);
    }

    private static Optional<Link> link(Network network, NetworkElement link) {
        Optional<NetworkElement> start = end(network, link, RelationType.STARTS_AT);
        Optional<NetworkElement> finish = end(network, link, RelationType.ENDS_AT);
        if (start.isEmpty()
                || finish.isEmpty()
                || start.get().location() == null
                || finish.get().location() == null) {
            return Optional.empty();
        }
        Location a = start.get().location();
        Location b = finish.get().location();
        return Optional.of(new Link(
                link.id(),
                link.kind(),
                new double[] {a.x(), a.y()},
                new double[] {b.x(), b.y()},
                zoneOf(network, start.get()),
                diameter(link)));
    }

    private static Optional<NetworkElement> end(Network network, NetworkElement link, RelationType type) {
        return network.targets(link.id(), type).stream().findFirst().flatMap(network::element);
    }

    private static @Nullable String zoneOf(Network network, NetworkElement node) {
        return network.targets(node.id(), RelationType.LOCATED_IN).stream()
                .filter(id ->
                        network.element(id).map(e -> AREAS.contains(e.kind())).orElse(false))
                .findFirst()
                .orElse(node.attribute(Attr.ZONE).orElse(null));
    }

    private static @Nullable Double diameter(NetworkElement link) {
        try {
            return link.number(Attr.DIAMETER_MM).orElse(null);
        } catch (IllegalStateException e) {
            return null; // a register with text in the diameter column still draws its pipe
        }
    }

    /** The most common system among located elements: a network is imported from one source. */
    private static String coordinateSystem(Network network) {
        Map<String, Long> counts = network.elements().stream()
                .filter(e -> e.location() != null)
                .collect(java.util.stream.Collectors.groupingBy(
                        e -> e.location().crs().code(), java.util.stream.Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("EPSG:4326");
    }

    private static final class Bounds {
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        void add(double[] point) {
            minX = Math.min(minX, point[0]);
            minY = Math.min(minY, point[1]);
            maxX = Math.max(maxX, point[0]);
            maxY = Math.max(maxY, point[1]);
        }

        double[] toArray() {
            return minX > maxX ? new double[0] : new double[] {minX, minY, maxX, maxY};
        }
    }
}
