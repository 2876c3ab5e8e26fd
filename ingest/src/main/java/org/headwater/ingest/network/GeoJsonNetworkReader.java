package org.headwater.ingest.network;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.RelationType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a GeoJSON FeatureCollection (RFC 7946, so WGS84 longitude/latitude). Each feature becomes
 * one element:
 *
 * <ul>
 *   <li>id: the feature's {@code id}, else its {@code id} property; kind: the {@code kind} property
 *       (an {@link ElementKind} name, any case), else the default for its geometry;
 *   <li>Point: a node at that point; LineString or MultiLineString: a link placed halfway along it,
 *       with {@code length_m} computed when the properties do not give it; Polygon: an area placed at
 *       the mean of its ring;
 *   <li>a link starts and ends at the nodes its {@code from} and {@code to} properties name, else
 *       at nodes lying exactly on its first and last vertex, if any;
 *   <li>every other property becomes an attribute, as text ({@code name} becomes the name).
 * </ul>
 *
 * A feature without geometry or id, an unknown kind, a kind that does not fit the geometry or a
 * link end that names no node is a {@link NetworkImportException} naming the feature.
 */
public final class GeoJsonNetworkReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElementKind defaultNodeKind;
    private final ElementKind defaultLinkKind;
    private final ElementKind defaultAreaKind;

    /** Points default to junctions, lines to pipes, polygons to pressure zones. */
    public GeoJsonNetworkReader() {
        this(ElementKind.JUNCTION, ElementKind.PIPE, ElementKind.PRESSURE_ZONE);
    }

    /** The kinds given to features without a {@code kind} property, by geometry. */
    public GeoJsonNetworkReader(ElementKind defaultNodeKind, ElementKind defaultLinkKind, ElementKind defaultAreaKind) {
        this.defaultNodeKind = requireShape(defaultNodeKind, ElementKind.Shape.NODE);
        this.defaultLinkKind = requireShape(defaultLinkKind, ElementKind.Shape.LINK);
        this.defaultAreaKind = requireShape(defaultAreaKind, ElementKind.Shape.AREA);
    }

    /** Reads a file; a name ending in {@code .gz} is decompressed. */
    public Network read(Path file) {
        return NetworkFiles.read(file, this::read);
    }

    public Network read(BufferedReader in, String fileName) {
        JsonNode root = parse(in, fileName);
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new NetworkImportException(
                    fileName,
                    0,
                    "root",
                    "type",
                    "expected a GeoJSON FeatureCollection, found '"
                            + root.path("type").asString("") + "'");
        }
        requireWgs84(root, fileName);
        List<GeoJsonFeature> features = new ArrayList<>();
        int number = 0;
        for (JsonNode node : root.path("features").values()) {
            features.add(new GeoJsonFeature(fileName, ++number, node, this::defaultKind));
        }
        return build(NetworkFiles.baseName(Path.of(fileName)), features);
    }

    private static Network build(String name, List<GeoJsonFeature> features) {
        Network.Builder network = Network.builder(name);
        Map<Location, String> nodesAt = new HashMap<>();
        for (GeoJsonFeature feature : features) {
            if (network.get(feature.id()).isPresent()) {
                throw feature.error("id", "duplicate id '" + feature.id() + "'");
            }
            network.add(feature.element());
            if (feature.kind().shape() == ElementKind.Shape.NODE) {
                nodesAt.putIfAbsent(feature.vertices().get(0), feature.id());
            }
        }
        for (GeoJsonFeature link : features) {
            if (link.kind().shape() == ElementKind.Shape.LINK) {
                relateEnd(
                        network,
                        link,
                        RelationType.STARTS_AT,
                        "from",
                        nodesAt.get(link.vertices().get(0)));
                relateEnd(
                        network,
                        link,
                        RelationType.ENDS_AT,
                        "to",
                        nodesAt.get(link.vertices().getLast()));
            }
        }
        return network.build();
    }

    private static void relateEnd(
            Network.Builder network, GeoJsonFeature link, RelationType type, String property, String nodeAtVertex) {
        String node = link.property(property);
        if (node == null) {
            node = nodeAtVertex;
        } else if (network.get(node)
                .filter(e -> e.kind().shape() == ElementKind.Shape.NODE)
                .isEmpty()) {
            throw link.error(property, "no node with id '" + node + "'");
        }
        if (node != null) {
            network.relate(link.id(), type, node);
        }
    }

    private ElementKind defaultKind(ElementKind.Shape shape) {
        return switch (shape) {
            case NODE -> defaultNodeKind;
            case LINK -> defaultLinkKind;
            default -> defaultAreaKind;
        };
    }

    private static JsonNode parse(BufferedReader in, String fileName) {
        try {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new NetworkImportException(
                    fileName, line, "document", "json", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** RFC 7946 drops the crs member; an old file that declares a non-WGS84 one would be misplaced. */
    private static void requireWgs84(JsonNode root, String fileName) {
        String crs = root.path("crs").path("properties").path("name").asString("");
        String upper = crs.toUpperCase(Locale.ROOT);
        if (!crs.isEmpty() && !upper.endsWith("CRS84") && !upper.endsWith("4326")) {
            throw new NetworkImportException(
                    fileName,
                    0,
                    "root",
                    "crs",
                    "'" + crs + "' is not WGS84; GeoJSON (RFC 7946) must be WGS84 longitude/latitude");
        }
    }

    private static ElementKind requireShape(ElementKind kind, ElementKind.Shape shape) {
        if (kind.shape() != shape) {
            throw new IllegalArgumentException(kind + " is not a " + shape + " kind; expected one of "
                    + Arrays.stream(ElementKind.values())
                            .filter(k -> k.shape() == shape)
                            .toList());
        }
        return kind;
    }
}
