package org.headwater.ingest.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.NetworkElement;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One GeoJSON feature read into an element; every error names the file and the feature. */
final class GeoJsonFeature {

    private static final Set<String> RESERVED = Set.of("id", "kind", "name", "from", "to");

    private final String file;
    private final int number;
    private final JsonNode properties;
    private final String id;
    private final ElementKind kind;
    private final List<Location> vertices;

    GeoJsonFeature(String file, int number, JsonNode feature, Function<ElementKind.Shape, ElementKind> defaults) {
        this.file = file;
        this.number = number;
        this.properties = feature.path("properties");
        this.id = readId(feature);
        JsonNode geometry = feature.path("geometry");
        if (geometry.isMissingNode() || geometry.isNull()) {
            throw error("geometry", "the feature has no geometry");
        }
        String type = geometry.path("type").asString("");
        ElementKind.Shape shape = shapeOf(type);
        this.kind = readKind(shape, defaults.apply(shape));
        this.vertices = vertices(type, geometry.path("coordinates"));
    }

    String id() {
        return id;
    }

    ElementKind kind() {
        return kind;
    }

    List<Location> vertices() {
        return vertices;
    }

    @Nullable
    String property(String name) {
        JsonNode value = properties.path(name);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    NetworkElement element() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            JsonNode value = p.getValue();
            if (!RESERVED.contains(p.getKey()) && !value.isNull()) {
                attributes.put(p.getKey(), value.isValueNode() ? value.asString() : value.toString());
            }
        }
        attributes.put(Attr.SOURCE_FORMAT, "geojson");
        Location location = switch (kind.shape()) {
            case LINK -> {
                Polyline line = new Polyline(vertices);
                attributes.putIfAbsent(Attr.LENGTH_M, Double.toString(line.lengthMetres()));
                yield line.midpoint();
            }
            case AREA -> meanOf(vertices);
            default -> vertices.get(0);
        };
        String name = property("name");
        return new NetworkElement(id, kind, name == null ? id : name, location, attributes);
    }

    NetworkImportException error(String field, String problem) {
        String which = id == null ? "feature #" + number : "feature #" + number + " (id '" + id + "')";
        return new NetworkImportException(file, 0, which, field, problem);
    }

    private String readId(JsonNode feature) {
        JsonNode value = feature.path("id");
        if (!value.isValueNode() || value.isNull()) {
            value = properties.path("id");
        }
        if (!value.isValueNode() || value.isNull() || value.asString().isBlank()) {
            throw error("id", "the feature has no id (neither an 'id' member nor an 'id' property)");
        }
        return value.asString();
    }

    private ElementKind readKind(ElementKind.Shape shape, ElementKind fallback) {
        String declared = property("kind");
        if (declared == null) {
            return fallback;
        }
        ElementKind named = Arrays.stream(ElementKind.values())
                .filter(k -> k.name().equals(declared.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> error(
                        "kind",
                        "unknown kind '" + declared + "', expected one of " + Arrays.toString(ElementKind.values())));
        if (named.shape() != shape) {
            throw error("kind", "a " + named + " is a " + named.shape() + " but the geometry is a " + shape);
        }
        return named;
    }

    private ElementKind.Shape shapeOf(String type) {
        return switch (type) {
            case "Point" -> ElementKind.Shape.NODE;
            case "LineString", "MultiLineString" -> ElementKind.Shape.LINK;
            case "Polygon" -> ElementKind.Shape.AREA;
            default ->
                throw error(
                        "geometry",
                        "unsupported geometry type '" + type + "' (Point, LineString, MultiLineString, Polygon)");
        };
    }

    private List<Location> vertices(String type, JsonNode coordinates) {
        List<Location> points = new ArrayList<>();
        switch (type) {
            case "Point" -> points.add(position(coordinates));
            case "LineString" -> coordinates.values().forEach(c -> points.add(position(c)));
            // a multi-line's parts are joined in order; a polygon's holes do not move the element
            case "MultiLineString" ->
                coordinates.values().forEach(part -> part.values().forEach(c -> points.add(position(c))));
            default -> coordinates.path(0).values().forEach(c -> points.add(position(c)));
        }
        if (kind.shape() == ElementKind.Shape.LINK && points.size() < 2) {
            throw error("geometry", "a line needs at least two positions, found " + points.size());
        }
        if (points.isEmpty()) {
            throw error("geometry", "the geometry has no coordinates");
        }
        return points;
    }

    private Location position(JsonNode position) {
        if (position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw error("geometry", "a position must be [longitude, latitude], found " + position);
        }
        try {
            // Number.doubleValue: an integer beyond double's range becomes infinite (and is refused) instead of
            // throwing.
            return Location.wgs84(
                    position.get(0).numberValue().doubleValue(),
                    position.get(1).numberValue().doubleValue());
        } catch (IllegalArgumentException e) {
            throw error("geometry", e.getMessage());
        }
    }

    private static Location meanOf(List<Location> ring) {
        // A closed ring repeats its first position at the end; count it once.
        int n = ring.size() > 1 && ring.get(0).equals(ring.getLast()) ? ring.size() - 1 : ring.size();
        double x = 0;
        double y = 0;
        for (int i = 0; i < n; i++) {
            x += ring.get(i).x();
            y += ring.get(i).y();
        }
        return Location.wgs84(x / n, y / n);
    }
}
