package org.headwater.hydraulics;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;

/**
 * Reads the water-quality sections of an .inp file into {@link QualitySettings} as EPANET's input3.c
 * does: single ids or id ranges (numeric when both ends are numbers, else by string order).
 */
final class QualityReader {

    private final HydraulicModel m;
    private final Map<String, Integer> nodes;
    private final Map<String, Integer> links;
    private final Map<String, Integer> patterns;
    private final QualitySettings q;

    QualityReader(
            HydraulicModel m, Map<String, Integer> nodes, Map<String, Integer> links, Map<String, Integer> patterns) {
        this.m = m;
        this.nodes = nodes;
        this.links = links;
        this.patterns = patterns;
        this.q = new QualitySettings(m.nNodes, m.nLinks, m.nTanks);
    }

    QualitySettings read(InpSections s) {
        for (InpLine line : s.of(InpSection.OPTIONS)) {
            option(line);
        }
        for (InpLine line : s.of(InpSection.TIMES)) {
            if (line.size() > 2
                    && upper(line, 0).equals("QUALITY")
                    && upper(line, 1).equals("TIMESTEP")) {
                q.qualityStep = InpModelReader.seconds(line, 2);
            }
        }
        for (InpLine line : s.of(InpSection.QUALITY)) {
            initialQuality(line);
        }
        for (InpLine line : s.of(InpSection.REACTIONS)) {
            reaction(line);
        }
        for (InpLine line : s.of(InpSection.SOURCES)) {
            source(line);
        }
        for (InpLine line : s.of(InpSection.MIXING)) {
            mixing(line);
        }
        if (m.duration == 0) {
            q.type = QualityType.NONE; // EPANET: no quality analysis for a single period
        }
        return q;
    }

    private static String upper(InpLine line, int i) {
        return line.text(i, "keyword").toUpperCase(Locale.ROOT);
    }

    private void option(InpLine line) {
        String key = upper(line, 0);
        if (line.size() < 2) {
            return;
        }
        if (key.equals("QUALITY")) {
            String kind = upper(line, 1);
            if (kind.startsWith("NONE")) {
                q.type = QualityType.NONE;
            } else if (kind.startsWith("AGE")) {
                q.type = QualityType.AGE;
            } else if (kind.startsWith("TRACE")) {
                q.type = QualityType.TRACE;
                q.traceNode = node(line, 2);
            } else {
                q.type = QualityType.CHEMICAL;
                if (!kind.startsWith("CHEM")) {
                    q.chemicalName = line.text(1, "Quality");
                }
                if (line.size() > 2) {
                    q.chemicalUnits = line.text(2, "Quality units");
                }
            }
        } else if (key.startsWith("DIFF")) {
            q.diffusivity = line.number(1, "Diffusivity");
        } else if (key.startsWith("TOLER")) {
            q.tolerance = line.number(1, "Tolerance");
        }
    }

    private int node(InpLine line, int i) {
        Integer n = nodes.get(line.text(i, "node"));
        if (n == null) {
            throw line.error("node", "unknown node '" + line.text(i, "node") + "'");
        }
        return n;
    }

    private void initialQuality(InpLine line) {
        if (line.size() < 2) {
            return;
        }
        double c0 = line.number(line.size() == 2 ? 1 : 2, "InitQual");
        if (c0 < 0) {
            throw line.error("InitQual", "initial quality must not be negative (error 209)");
        }
        if (line.size() == 2) {
            q.initialQuality[node(line, 0)] = c0;
        } else {
            forRange(m.nodeIds, 0, m.nNodes, line.text(0, "node"), line.text(1, "node"), j -> q.initialQuality[j] = c0);
        }
    }

    private void reaction(InpLine line) {
        int n = line.size();
        if (n < 3) {
            return;
        }
        String key = upper(line, 0);
        String what = upper(line, 1);
        double y = line.number(n - 1, "coefficient");
        switch (key) {
            case "ORDER" -> {
                if (what.startsWith("BULK")) {
                    q.bulkOrder = y;
                } else if (what.startsWith("TANK")) {
                    q.tankOrder = y;
                } else if (what.startsWith("WALL") && (y == 0.0 || y == 1.0)) {
                    q.wallOrder = y;
                } else {
                    throw line.error("Order", "illegal reaction order (error 213)");
                }
            }
            case "ROUGHNESS" -> q.roughnessFactor = y;
            case "LIMITING" -> q.limitingPotential = y;
            case "GLOBAL" -> {
                if (what.startsWith("BULK")) {
                    q.globalBulk = y;
                } else if (what.startsWith("WALL")) {
                    q.globalWall = y;
                } else {
                    throw line.error("Global", "expected BULK or WALL (error 213)");
                }
            }
            case "BULK", "WALL" -> {
                double[] target = key.equals("BULK") ? q.pipeBulk : q.pipeWall;
                if (n == 3) {
                    Integer k = links.get(line.text(1, "link"));
                    if (k != null) {
                        target[k] = y;
                    }
                } else {
                    forRange(m.linkIds, 0, m.nLinks, line.text(1, "link"), line.text(2, "link"), k -> target[k] = y);
                }
            }
            case "TANK" -> {
                int nj = m.nJunctions;
                if (n == 3) {
                    Integer j = nodes.get(line.text(1, "tank"));
                    if (j != null && j >= nj) {
                        q.tankBulk[j - nj] = y;
                    }
                } else {
                    forRange(
                            m.nodeIds,
                            nj,
                            m.nNodes,
                            line.text(1, "tank"),
                            line.text(2, "tank"),
                            j -> q.tankBulk[j - nj] = y);
                }
            }
            default -> throw line.error("Reactions", "unknown keyword '" + line.text(0, "keyword") + "' (error 213)");
        }
    }

    /** EPANET's id ranges: numeric comparison when both ends are positive integers, else string order. */
    private static void forRange(String[] ids, int from, int to, String lo, String hi, IntConsumer action) {
        long i1 = leadingLong(lo);
        long i2 = leadingLong(hi);
        for (int j = from; j < to; j++) {
            boolean inside = i1 > 0 && i2 > 0
                    ? leadingLong(ids[j]) >= i1 && leadingLong(ids[j]) <= i2
                    : lo.compareTo(ids[j]) <= 0 && hi.compareTo(ids[j]) >= 0;
            if (inside) {
                action.accept(j);
            }
        }
    }

    /** C's atol(): the leading integer of a string, 0 when none. */
    private static long leadingLong(String s) {
        int i = 0;
        long v = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < Long.MAX_VALUE / 10) {
            v = v * 10 + (s.charAt(i) - '0');
            i++;
        }
        return neg ? -v : v;
    }

    private void source(InpLine line) {
        if (line.size() < 2) {
            throw line.error("Sources", "a source needs a node and a strength (error 201)");
        }
        int j = node(line, 0);
        String kind = upper(line, 1);
        QualitySettings.SourceType type = QualitySettings.SourceType.CONCEN;
        int i = 2;
        if (kind.startsWith("CONCEN")) {
            type = QualitySettings.SourceType.CONCEN;
        } else if (kind.startsWith("MASS")) {
            type = QualitySettings.SourceType.MASS;
        } else if (kind.startsWith("SETPOINT")) {
            type = QualitySettings.SourceType.SETPOINT;
        } else if (kind.startsWith("FLOW")) {
            type = QualitySettings.SourceType.FLOWPACED;
        } else {
            i = 1;
        }
        double c0 = line.number(i, "Strength");
        int pattern = -1;
        if (line.size() > i + 1 && !line.text(i + 1, "Pattern").equals("*")) {
            Integer p = patterns.get(line.text(i + 1, "Pattern").toUpperCase(Locale.ROOT));
            if (p == null) {
                throw line.error("Pattern", "unknown pattern '" + line.text(i + 1, "Pattern") + "' (error 205)");
            }
            pattern = p;
        }
        q.source(j, type, c0, pattern);
    }

    private void mixing(InpLine line) {
        if (line.size() < 2) {
            return;
        }
        int j = node(line, 0);
        if (j < m.nJunctions || m.tankArea[j - m.nJunctions] == 0.0) {
            return; // EPANET ignores mixing data of junctions and reservoirs
        }
        TankMixing model = TankMixing.named(line.text(1, "MixModel"));
        if (model == null) {
            throw line.error("MixModel", "unknown mixing model '" + line.text(1, "MixModel") + "' (error 213)");
        }
        double fraction = model == TankMixing.TWO_COMPARTMENT && line.size() > 2 ? line.number(2, "Fraction") : 1.0;
        q.mixing(j, model, fraction, m);
    }
}
