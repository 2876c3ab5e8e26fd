package org.headwater.ingest.network;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.ingest.network.EpanetModel.CurvePoint;
import org.headwater.network.Attr;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * Reads an EPANET 2.2 input file ({@code .inp}, or {@code .inp.gz}) into the network graph.
 *
 * <ul>
 *   <li>Junctions, reservoirs and tanks become nodes; pipes, pumps and valves become links with
 *       {@code STARTS_AT} and {@code ENDS_AT} relations to their nodes.
 *   <li>Ids: node ids are kept; a link whose id is also a node id is prefixed with its kind
 *       ({@code pipe:10}), because the graph has one namespace where EPANET has two. The element's
 *       name and its {@link Attr#SOURCE_ID} attribute always hold the EPANET id.
 *   <li>Units: every value is converted to SI from the units [OPTIONS] declares (see {@link FlowUnits}).
 *   <li>Demands: {@link Attr#BASE_DEMAND_LPS} is a junction's total base demand and
 *       {@link Attr#DEMAND_PATTERN} the pattern of its largest category; the categories themselves
 *       and the patterns and curves are in the returned {@link EpanetModel}.
 *   <li>Coordinates are the model's drawing coordinates, kept in {@code CoordinateSystem.local(name)};
 *       links are placed at the midpoint of their end nodes; [VERTICES] are not imported.
 * </ul>
 *
 * A truncated or corrupt file (a missing field, a number that does not parse, a link to an unknown
 * node, no {@code [END]}) raises a {@link NetworkImportException} naming file, line, section and field.
 */
public final class EpanetInpReader {

    /** Reads a file; a name ending in {@code .gz} is decompressed. */
    public EpanetModel read(Path file) {
        return NetworkFiles.read(file, this::read);
    }

    /** Reads from an open reader; {@code fileName} names the source in errors and in the network. */
    public EpanetModel read(BufferedReader in, String fileName) {
        InpSections sections = InpSections.read(in, fileName);
        String name = NetworkFiles.baseName(Path.of(fileName));
        InpOptions options = InpOptions.of(sections, name);
        Map<String, List<Double>> patterns = patterns(sections);
        EpanetDrafts drafts = new EpanetDrafts();
        EpanetNodeSections nodes = new EpanetNodeSections(sections, options, patterns.keySet(), drafts);
        nodes.read();
        new EpanetLinkSections(sections, options, drafts).read();
        sections.requireEnd();
        return new EpanetModel(
                build(name, drafts),
                title(sections),
                options.flowUnits(),
                patterns,
                options.patternTimestep(),
                curves(sections),
                nodes.demands());
    }

    private static Network build(String name, EpanetDrafts drafts) {
        Network.Builder network = Network.builder(name);
        for (ElementDraft node : drafts.nodes.values()) {
            network.add(node.put(Attr.SOURCE_ID, node.name)
                    .put(Attr.SOURCE_FORMAT, "epanet")
                    .toElement());
        }
        for (ElementDraft link : drafts.links.values()) {
            ElementDraft start = drafts.nodes.get(link.startNode);
            ElementDraft end = drafts.nodes.get(link.endNode);
            link.location = midpoint(start.location, end.location);
            network.add(link.put(Attr.SOURCE_ID, link.name)
                    .put(Attr.SOURCE_FORMAT, "epanet")
                    .toElement());
            network.relate(link.id, RelationType.STARTS_AT, start.id);
            network.relate(link.id, RelationType.ENDS_AT, end.id);
        }
        return network.build();
    }

    private static @Nullable Location midpoint(@Nullable Location a, @Nullable Location b) {
        if (a == null || b == null) {
            return null;
        }
        return new Location((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, a.crs());
    }

    /** A pattern may continue over several lines with the same id. */
    private static Map<String, List<Double>> patterns(InpSections sections) {
        Map<String, List<Double>> patterns = new LinkedHashMap<>();
        for (InpLine line : sections.of(InpSection.PATTERNS)) {
            List<Double> multipliers = patterns.computeIfAbsent(line.text(0, "id"), k -> new ArrayList<>());
            line.text(1, "multiplier");
            for (int i = 1; i < line.size(); i++) {
                multipliers.add(line.number(i, "multiplier"));
            }
        }
        return patterns;
    }

    private static Map<String, List<CurvePoint>> curves(InpSections sections) {
        Map<String, List<CurvePoint>> curves = new LinkedHashMap<>();
        for (InpLine line : sections.of(InpSection.CURVES)) {
            curves.computeIfAbsent(line.text(0, "id"), k -> new ArrayList<>())
                    .add(new CurvePoint(line.number(1, "x"), line.number(2, "y")));
        }
        return curves;
    }

    private static String title(InpSections sections) {
        return sections.of(InpSection.TITLE).stream()
                .map(line -> String.join(" ", line.tokens()))
                .collect(Collectors.joining("\n"));
    }
}
