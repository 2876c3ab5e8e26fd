package org.headwater.ingest.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;
import org.headwater.ingest.network.EpanetModel.JunctionDemand;
import org.headwater.network.Attr;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/** Reads [JUNCTIONS], [RESERVOIRS], [TANKS], [DEMANDS] and [COORDINATES] into node drafts, in SI units. */
final class EpanetNodeSections {

    private final InpSections sections;
    private final InpOptions options;
    private final Set<String> patternIds;
    private final EpanetDrafts drafts;
    private final Map<String, List<JunctionDemand>> demands = new LinkedHashMap<>();

    EpanetNodeSections(InpSections sections, InpOptions options, Set<String> patternIds, EpanetDrafts drafts) {
        this.sections = sections;
        this.options = options;
        this.patternIds = patternIds;
        this.drafts = drafts;
    }

    /** Demand categories by junction id, once {@link #read()} has run. */
    Map<String, List<JunctionDemand>> demands() {
        return demands;
    }

    void read() {
        FlowUnits u = options.flowUnits();
        for (InpLine line : sections.of(InpSection.JUNCTIONS)) {
            ElementDraft j = drafts.addNode(line, ElementKind.JUNCTION);
            j.put(Attr.ELEVATION_M, u.toMetres(line.number(1, "elevation")));
            Double demand = line.optionalNumber(2, "demand");
            if (demand != null) {
                demands.put(
                        j.id, new ArrayList<>(List.of(demandOf(u.toLitresPerSecond(demand), line.optionalText(3)))));
            }
        }
        for (InpLine line : sections.of(InpSection.RESERVOIRS)) {
            drafts.addNode(line, ElementKind.RESERVOIR)
                    .put(Attr.HEAD_M, u.toMetres(line.number(1, "head")))
                    .put(Attr.HEAD_PATTERN, line.optionalText(2));
        }
        for (InpLine line : sections.of(InpSection.TANKS)) {
            readTank(line, u);
        }
        readDemandSection(u);
        summariseDemands();
        readCoordinates();
    }

    private void readTank(InpLine line, FlowUnits u) {
        ElementDraft tank = drafts.addNode(line, ElementKind.TANK)
                .put(Attr.ELEVATION_M, u.toMetres(line.number(1, "elevation")))
                .put(Attr.INIT_LEVEL_M, u.toMetres(line.number(2, "initLevel")))
                .put(Attr.MIN_LEVEL_M, u.toMetres(line.number(3, "minLevel")))
                .put(Attr.MAX_LEVEL_M, u.toMetres(line.number(4, "maxLevel")))
                .put(Attr.TANK_DIAMETER_M, u.toMetres(line.number(5, "diameter")));
        Double minVolume = line.optionalNumber(6, "minVolume");
        if (minVolume != null) {
            tank.put(Attr.MIN_VOLUME_M3, u.volumeToCubicMetres(minVolume));
        }
        String curve = line.optionalText(7);
        if (curve != null && !curve.equals("*")) {
            tank.put(Attr.VOLUME_CURVE, curve);
        }
    }

    /** EPANET 2.2: a junction listed in [DEMANDS] takes its demands from there, replacing [JUNCTIONS]. */
    private void readDemandSection(FlowUnits u) {
        Map<String, List<JunctionDemand>> listed = new LinkedHashMap<>();
        for (InpLine line : sections.of(InpSection.DEMANDS)) {
            ElementDraft j = drafts.node(line, 0, "junction");
            if (j.kind != ElementKind.JUNCTION) {
                throw line.error("junction", "'" + j.id + "' is a " + j.kind + ", not a junction");
            }
            double demand = u.toLitresPerSecond(line.number(1, "demand"));
            listed.computeIfAbsent(j.id, k -> new ArrayList<>()).add(demandOf(demand, line.optionalText(2)));
        }
        demands.putAll(listed);
    }

    /** A blank pattern means EPANET's default pattern, when the file defines one; otherwise constant. */
    private JunctionDemand demandOf(double litresPerSecond, @Nullable String pattern) {
        if (pattern == null || pattern.isBlank()) {
            pattern = patternIds.contains(options.defaultPattern()) ? options.defaultPattern() : "";
        }
        return new JunctionDemand(litresPerSecond, pattern);
    }

    /** Total base demand, and the pattern of the largest category, as attributes for quick selection. */
    private void summariseDemands() {
        demands.forEach((id, categories) -> {
            double total = 0;
            JunctionDemand largest = categories.get(0);
            for (JunctionDemand d : categories) {
                total += d.baseDemandLitresPerSecond();
                if (Math.abs(d.baseDemandLitresPerSecond()) > Math.abs(largest.baseDemandLitresPerSecond())) {
                    largest = d;
                }
            }
            drafts.nodes.get(id).put(Attr.BASE_DEMAND_LPS, total).put(Attr.DEMAND_PATTERN, largest.pattern());
        });
    }

    private void readCoordinates() {
        CoordinateSystem local = CoordinateSystem.local(options.sourceName());
        for (InpLine line : sections.of(InpSection.COORDINATES)) {
            ElementDraft node = drafts.node(line, 0, "node");
            node.location = new Location(line.number(1, "x"), line.number(2, "y"), local);
        }
    }
}
