package org.headwater.hydraulics;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;

/**
 * Builds a {@link HydraulicModel} from the sections of an .inp file, converting to EPANET's
 * internal units as its input2/input3/convertunits code does, and refusing what EPANET refuses
 * (unknown ids, illegal valve settings and connections, unfit pump curves) with the element named.
 */
final class InpModelReader {

    private final HydraulicModel m;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final Map<String, Integer> links = new HashMap<>();
    private final Map<String, Integer> curves = new HashMap<>();
    private final Map<String, Integer> patterns = new HashMap<>();
    private String defaultPattern = "1";
    private String flowUnits = "GPM";

    InpModelReader(String name) {
        this.m = new HydraulicModel(name);
    }

    HydraulicModel read(BufferedReader in) {
        InpSections s = InpSections.read(in, m.name);
        s.requireEnd();
        readPatterns(s);
        readCurves(s);
        readOptions(s);
        m.units = Units.of(flowUnits, m.specificGravity);
        readTimes(s);
        readNodes(s);
        readLinks(s);
        readDemands(s);
        readEmitters(s);
        readStatus(s);
        readEnergy(s);
        finishPumps();
        finishTanks();
        checkValves();
        checkConnected();
        new ControlReader(m, nodes, links).read(s.of(InpSection.CONTROLS), s.of(InpSection.RULES));
        m.quality = new QualityReader(m, nodes, links, patterns).read(s);
        return m;
    }

    private void readPatterns(InpSections s) {
        Map<String, List<Double>> values = new java.util.LinkedHashMap<>();
        for (InpLine line : s.of(InpSection.PATTERNS)) {
            List<Double> f = values.computeIfAbsent(line.text(0, "pattern"), k -> new ArrayList<>());
            for (int i = 1; i < line.size(); i++) {
                f.add(line.number(i, "multiplier"));
            }
        }
        for (Map.Entry<String, List<Double>> e : values.entrySet()) {
            double[] f = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            patterns.put(e.getKey().toUpperCase(Locale.ROOT), m.patterns.size());
            m.patternIds.add(e.getKey());
            m.patterns.add(f.length == 0 ? new double[] {1.0} : f);
        }
    }

    private void readCurves(InpSections s) {
        Map<String, List<double[]>> points = new java.util.LinkedHashMap<>();
        for (InpLine line : s.of(InpSection.CURVES)) {
            points.computeIfAbsent(line.text(0, "curve"), k -> new ArrayList<>())
                    .add(new double[] {line.number(1, "X-value"), line.number(2, "Y-value")});
        }
        for (Map.Entry<String, List<double[]>> e : points.entrySet()) {
            List<double[]> p = e.getValue();
            double[] x = new double[p.size()];
            double[] y = new double[p.size()];
            for (int i = 0; i < p.size(); i++) {
                x[i] = p.get(i)[0];
                y[i] = p.get(i)[1];
            }
            curves.put(e.getKey().toUpperCase(Locale.ROOT), m.curveIds.size());
            m.curveIds.add(e.getKey());
            m.curveX.add(x);
            m.curveY.add(y);
        }
    }

    private void readOptions(InpSections s) {
        for (InpLine line : s.of(InpSection.OPTIONS)) {
            String key = line.text(0, "option").toUpperCase(Locale.ROOT);
            String second = line.size() > 1 ? line.text(1, "value").toUpperCase(Locale.ROOT) : "";
            switch (key) {
                case "UNITS" -> flowUnits = second;
                case "HEADLOSS" -> {
                    m.darcyWeisbach = second.equals("D-W");
                    m.chezyManning = second.equals("C-M");
                    if (!m.darcyWeisbach && !m.chezyManning && !second.equals("H-W")) {
                        throw line.error("Headloss", "unknown headloss formula '" + second + "'");
                    }
                    m.hexp = m.darcyWeisbach || m.chezyManning ? 2.0 : 1.852;
                }
                case "SPECIFIC" -> m.specificGravity = line.number(2, "Specific Gravity");
                case "VISCOSITY" -> m.viscosity = 1.1e-5 * line.number(1, "Viscosity");
                case "TRIALS" -> m.maxIter = (int) line.number(1, "Trials");
                case "ACCURACY" -> m.accuracy = Math.max(1.0e-8, line.number(1, "Accuracy"));
                case "CHECKFREQ" -> m.checkFreq = (int) line.number(1, "CheckFreq");
                case "MAXCHECK" -> m.maxCheck = (int) line.number(1, "MaxCheck");
                case "DAMPLIMIT" -> m.dampLimit = line.number(1, "DampLimit");
                case "HEADERROR" -> m.headErrorLimit = line.number(1, "HeadError");
                case "FLOWCHANGE" -> m.flowChangeLimit = line.number(1, "FlowChange");
                case "UNBALANCED" ->
                    m.extraIter =
                            second.startsWith("STOP") ? -1 : line.size() > 2 ? (int) line.number(2, "Unbalanced") : 0;
                case "PATTERN" -> defaultPattern = line.text(1, "Pattern");
                case "DEMAND" -> {
                    if (second.equals("MULTIPLIER")) {
                        m.demandMultiplier = line.number(2, "Demand Multiplier");
                    } else if (second.equals("MODEL")) {
                        m.pressureDriven = line.text(2, "Demand Model")
                                .toUpperCase(Locale.ROOT)
                                .equals("PDA");
                    }
                }
                case "EMITTER" -> {
                    if (second.equals("EXPONENT")) {
                        m.qexp = 1.0 / line.number(2, "Emitter Exponent");
                    } else if (second.equals("BACKFLOW")) {
                        m.emitterBackflow = !line.text(2, "Emitter Backflow").equalsIgnoreCase("NO");
                    }
                }
                case "MINIMUM" -> m.pmin = line.number(2, "Minimum Pressure");
                case "REQUIRED" -> m.preq = line.number(2, "Required Pressure");
                case "PRESSURE" -> {
                    if (second.equals("EXPONENT")) {
                        m.pexp = line.number(2, "Pressure Exponent");
                    }
                }
                default -> {
                    // quality, map, hydraulics file: not used by the hydraulic solver
                }
            }
        }
    }

    private void readTimes(InpSections s) {
        for (InpLine line : s.of(InpSection.TIMES)) {
            String key = line.text(0, "time").toUpperCase(Locale.ROOT);
            String second = line.size() > 1 ? line.text(1, "value").toUpperCase(Locale.ROOT) : "";
            switch (key) {
                case "DURATION" -> m.duration = seconds(line, 1);
                case "HYDRAULIC" -> m.hydStep = seconds(line, 2);
                case "PATTERN" -> {
                    if (second.equals("TIMESTEP")) {
                        m.patternStep = seconds(line, 2);
                    } else {
                        m.patternStart = seconds(line, 2);
                    }
                }
                case "REPORT" -> {
                    if (second.equals("TIMESTEP")) {
                        m.reportStep = seconds(line, 2);
                    } else {
                        m.reportStart = seconds(line, 2);
                    }
                }
                case "RULE" -> m.ruleStep = seconds(line, 2);
                case "START" -> m.startClock = seconds(line, 2) % 86_400;
                default -> {
                    // quality timestep, statistic: not used here
                }
            }
        }
        // EPANET adjustdata(): hydraulic step no longer than the pattern and report steps
        if (m.patternStep <= 0) {
            m.patternStep = 3600;
        }
        if (m.reportStep == 0) {
            m.reportStep = m.patternStep;
        }
        if (m.hydStep <= 0) {
            m.hydStep = 3600;
        }
        m.hydStep = Math.min(m.hydStep, Math.min(m.patternStep, m.reportStep));
        if (m.reportStart > m.duration) {
            m.reportStart = 0;
        }
        if (m.ruleStep == 0) {
            m.ruleStep = m.hydStep / 10;
        }
        m.ruleStep = Math.min(m.ruleStep, m.hydStep);
    }

    /** A time value at token {@code i} with optional units after it, in whole seconds. */
    static long seconds(InpLine line, int i) {
        String value = line.text(i, "time");
        String unit = line.size() > i + 1 ? line.text(i + 1, "unit") : "";
        double h = hours(line, value, unit);
        if (h < 0) {
            throw line.error("time", "'" + value + " " + unit + "' is not a time");
        }
        return (long) (3600.0 * h + 0.5);
    }

    /** EPANET's hour(): "h[:m[:s]]" optionally with AM/PM, or a number in SEC/MIN/HOURS/DAYS. */
    static double hours(InpLine line, String value, String unit) {
        String[] parts = value.split(":");
        double[] y = new double[3];
        for (int k = 0; k < parts.length && k < 3; k++) {
            y[k] = line.parse(parts[k], "time");
        }
        double hms = y[0] + y[1] / 60.0 + y[2] / 3600.0;
        String u = unit.toUpperCase(Locale.ROOT);
        if (u.isEmpty()) {
            return hms;
        }
        if (u.equals("AM")) {
            return y[0] >= 13 ? -1 : y[0] >= 12 ? hms - 12 : hms;
        }
        if (u.equals("PM")) {
            return y[0] >= 13 ? -1 : y[0] >= 12 ? hms : hms + 12;
        }
        if (u.startsWith("SEC")) {
            return y[0] / 3600.0;
        }
        if (u.startsWith("MIN")) {
            return y[0] / 60.0;
        }
        if (u.startsWith("HOUR")) {
            return y[0];
        }
        if (u.startsWith("DAY")) {
            return y[0] * 24;
        }
        return hms;
    }

    private int pattern(InpLine line, String id) {
        Integer p = patterns.get(id.toUpperCase(Locale.ROOT));
        if (p == null) {
            throw line.error("pattern", "undefined pattern '" + id + "' (error 205)");
        }
        return p;
    }

    private int curve(InpLine line, String id) {
        Integer c = curves.get(id.toUpperCase(Locale.ROOT));
        if (c == null) {
            throw line.error("curve", "undefined curve '" + id + "' (error 206)");
        }
        return c;
    }

    private int defaultPatternIndex() {
        return patterns.getOrDefault(defaultPattern.toUpperCase(Locale.ROOT), -1);
    }

    private void readNodes(InpSections s) {
        List<InpLine> junctions = s.of(InpSection.JUNCTIONS);
        List<InpLine> reservoirs = s.of(InpSection.RESERVOIRS);
        List<InpLine> tanks = s.of(InpSection.TANKS);
        Units u = m.units;
        int nj = junctions.size();
        int nt = reservoirs.size() + tanks.size();
        int nn = nj + nt;
        m.nJunctions = nj;
        m.nNodes = nn;
        m.nTanks = nt;
        m.nodeIds = new String[nn];
        m.elevation = new double[nn];
        m.emitterKe = new double[nj];
        m.tankArea = new double[nt];
        m.tankH0 = new double[nt];
        m.tankHmin = new double[nt];
        m.tankHmax = new double[nt];
        m.tankVmin = new double[nt];
        m.tankVmax = new double[nt];
        m.tankV0 = new double[nt];
        m.tankVolCurve = new int[nt];
        m.tankPattern = new int[nt];
        m.tankOverflow = new boolean[nt];
        java.util.Arrays.fill(m.tankVolCurve, -1);
        java.util.Arrays.fill(m.tankPattern, -1);
        junctionDemands = new ArrayList<>(nj);
        int i = 0;
        for (InpLine line : junctions) {
            addNode(line, i);
            m.elevation[i] = line.number(1, "Elevation") / u.head();
            List<double[]> d = new ArrayList<>();
            if (line.size() > 2) {
                double base = line.number(2, "Demand");
                int pat = line.size() > 3 ? pattern(line, line.text(3, "Pattern")) : defaultPatternIndex();
                d.add(new double[] {base / u.flow(), pat});
            }
            junctionDemands.add(d);
            i++;
        }
        int t = 0;
        for (InpLine line : reservoirs) {
            addNode(line, i);
            m.elevation[i] = line.number(1, "Head") / u.head();
            m.tankH0[t] = m.elevation[i];
            if (line.size() > 2) {
                m.tankPattern[t] = pattern(line, line.text(2, "Pattern"));
            }
            i++;
            t++;
        }
        for (InpLine line : tanks) {
            addNode(line, i);
            double el = line.number(1, "Elevation");
            double init = line.number(2, "InitLevel");
            double min = line.number(3, "MinLevel");
            double max = line.number(4, "MaxLevel");
            double diam = line.number(5, "Diameter");
            double minvol = line.size() > 6 ? line.number(6, "MinVol") : 0;
            if (line.size() > 7 && !line.text(7, "VolCurve").equals("*")) {
                m.tankVolCurve[t] = curve(line, line.text(7, "VolCurve"));
            }
            if (line.size() > 8) {
                m.tankOverflow[t] =
                        line.text(8, "Overflow").toUpperCase(Locale.ROOT).startsWith("Y");
            }
            if (diam <= 0 && m.tankVolCurve[t] < 0) {
                throw line.error("Diameter", "tank diameter must be positive (error 211)");
            }
            double area = Math.PI * diam * diam / 4.0;
            double vmin = minvol > 0 ? minvol : area * min;
            m.elevation[i] = el / u.head();
            tankLevelRange.put(t, new double[] {min, max});
            m.tankH0[t] = m.elevation[i] + init / u.head();
            m.tankHmin[t] = m.elevation[i] + min / u.head();
            m.tankHmax[t] = m.elevation[i] + max / u.head();
            m.tankArea[t] = Math.PI * Math.pow(diam / u.head(), 2) / 4.0;
            m.tankVmin[t] = vmin / u.volume();
            m.tankV0[t] = (vmin + area * (init - min)) / u.volume();
            m.tankVmax[t] = (vmin + area * (max - min)) / u.volume();
            if (m.tankH0[t] > m.tankHmax[t] || m.tankHmin[t] > m.tankHmax[t] || m.tankH0[t] < m.tankHmin[t]) {
                throw line.error("InitLevel", "illegal tank levels for tank " + m.nodeIds[i] + " (error 225)");
            }
            i++;
            t++;
        }
    }

    private List<List<double[]>> junctionDemands;

    /** Tank min and max levels as written, in the file's units: EPANET checks them against the volume curve so. */
    private final Map<Integer, double[]> tankLevelRange = new HashMap<>();

    private void addNode(InpLine line, int i) {
        String id = line.text(0, "ID");
        if (nodes.put(id, i) != null) {
            throw line.error("ID", "duplicate node id '" + id + "' (error 215)");
        }
        m.nodeIds[i] = id;
    }

    private int node(InpLine line, int index, String field) {
        String id = line.text(index, field);
        Integer n = nodes.get(id);
        if (n == null) {
            throw line.error(field, "undefined node '" + id + "' (error 203)");
        }
        return n;
    }

    private void readLinks(InpSections s) {
        List<InpLine> pipes = s.of(InpSection.PIPES);
        List<InpLine> pumps = s.of(InpSection.PUMPS);
        List<InpLine> valves = s.of(InpSection.VALVES);
        int nl = pipes.size() + pumps.size() + valves.size();
        m.nLinks = nl;
        m.linkIds = new String[nl];
        m.from = new int[nl];
        m.to = new int[nl];
        m.type = new LinkType[nl];
        m.diameter = new double[nl];
        m.length = new double[nl];
        m.kc = new double[nl];
        m.km = new double[nl];
        m.resistance = new double[nl];
        m.initStatus = new byte[nl];
        m.linkPump = new int[nl];
        java.util.Arrays.fill(m.linkPump, -1);
        m.nPumps = pumps.size();
        int np = m.nPumps;
        m.pumpLink = new int[np];
        m.pumpType = new int[np];
        m.pumpH0 = new double[np];
        m.pumpR = new double[np];
        m.pumpN = new double[np];
        m.pumpHmax = new double[np];
        m.pumpQmax = new double[np];
        m.pumpQ0 = new double[np];
        m.pumpHeadCurve = new int[np];
        m.pumpSpeedPattern = new int[np];
        m.pumpEffCurve = new int[np];
        m.pumpPrice = new double[np];
        m.pumpPricePattern = new int[np];
        java.util.Arrays.fill(m.pumpPricePattern, -1);
        Units u = m.units;
        int k = 0;
        for (InpLine line : pipes) {
            addLink(line, k);
            double len = line.number(3, "Length");
            double diam = line.number(4, "Diameter");
            double rough = line.number(5, "Roughness");
            double minor = line.size() > 6 ? line.number(6, "MinorLoss") : 0;
            if (len <= 0 || diam <= 0 || rough <= 0 || minor < 0) {
                throw line.error("Length", "illegal pipe property (error 211)");
            }
            m.type[k] = LinkType.PIPE;
            m.initStatus[k] = LinkStatus.OPEN;
            if (line.size() > 7) {
                String st = line.text(7, "Status").toUpperCase(Locale.ROOT);
                if (st.equals("CV")) {
                    m.type[k] = LinkType.CVPIPE;
                } else if (st.equals("CLOSED")) {
                    m.initStatus[k] = LinkStatus.CLOSED;
                }
            }
            double d = diam / u.diameter();
            m.diameter[k] = d;
            m.length[k] = len / u.head();
            m.km[k] = 0.02517 * minor / (d * d * d * d);
            m.kc[k] = m.darcyWeisbach ? rough / (1000.0 * u.head()) : rough;
            k++;
        }
        int p = 0;
        for (InpLine line : pumps) {
            addLink(line, k);
            m.type[k] = LinkType.PUMP;
            m.initStatus[k] = LinkStatus.OPEN;
            m.kc[k] = 1.0;
            m.linkPump[k] = p;
            m.pumpLink[p] = k;
            m.pumpType[p] = -1;
            m.pumpHeadCurve[p] = -1;
            m.pumpSpeedPattern[p] = -1;
            m.pumpEffCurve[p] = -1;
            for (int i = 3; i + 1 < line.size(); i += 2) {
                String key = line.text(i, "keyword").toUpperCase(Locale.ROOT);
                switch (key) {
                    case "HEAD" -> {
                        m.pumpType[p] = HydraulicModel.NOCURVE;
                        m.pumpHeadCurve[p] = curve(line, line.text(i + 1, "HEAD"));
                    }
                    case "POWER" -> {
                        double power = line.number(i + 1, "POWER");
                        if (power <= 0) {
                            throw line.error("POWER", "pump power must be positive (error 202)");
                        }
                        m.pumpType[p] = HydraulicModel.CONST_HP;
                        m.km[k] = power;
                    }
                    case "SPEED" -> {
                        double speed = line.number(i + 1, "SPEED");
                        if (speed < 0) {
                            throw line.error("SPEED", "pump speed cannot be negative (error 202)");
                        }
                        m.kc[k] = speed;
                    }
                    case "PATTERN" -> m.pumpSpeedPattern[p] = pattern(line, line.text(i + 1, "PATTERN"));
                    default -> throw line.error(key, "unknown pump keyword '" + key + "' (error 201)");
                }
            }
            if (m.pumpType[p] < 0) {
                throw line.error("HEAD", "pump " + m.linkIds[k] + " has no head curve or power (error 226)");
            }
            k++;
            p++;
        }
        for (InpLine line : valves) {
            addLink(line, k);
            double diam = line.number(3, "Diameter");
            String t = line.text(4, "Type").toUpperCase(Locale.ROOT);
            LinkType type;
            try {
                type = LinkType.valueOf(t);
            } catch (IllegalArgumentException e) {
                throw line.error("Type", "unknown valve type '" + t + "' (error 213)");
            }
            if (!type.isValve()) {
                throw line.error("Type", "unknown valve type '" + t + "' (error 213)");
            }
            double setting;
            if (type == LinkType.GPV) {
                setting = curve(line, line.text(5, "Setting"));
            } else {
                setting = line.number(5, "Setting");
                if (setting < 0 && type != LinkType.PRV && type != LinkType.PSV) {
                    throw line.error(
                            "Setting",
                            "illegal setting " + setting + " for " + t + " " + m.linkIds[k] + " (error 211)");
                }
            }
            double minor = line.size() > 6 ? line.number(6, "MinorLoss") : 0;
            if (diam <= 0) {
                throw line.error("Diameter", "valve diameter must be positive (error 211)");
            }
            double d = diam / u.diameter();
            m.type[k] = type;
            m.diameter[k] = d;
            m.km[k] = 0.02517 * minor / (d * d * d * d);
            m.kc[k] = switch (type) {
                case PRV, PSV, PBV -> setting / u.pressure();
                case FCV -> setting / u.flow();
                default -> setting;
            };
            // EPANET's valvedata(): a GPV starts OPEN (it has no active state), the others ACTIVE
            m.initStatus[k] = type == LinkType.GPV ? LinkStatus.OPEN : LinkStatus.ACTIVE;
            k++;
        }
        for (int j = 0; j < nl; j++) {
            m.computeResistance(j);
        }
    }

    private void addLink(InpLine line, int k) {
        String id = line.text(0, "ID");
        if (links.put(id, k) != null) {
            throw line.error("ID", "duplicate link id '" + id + "' (error 215)");
        }
        m.linkIds[k] = id;
        m.from[k] = node(line, 1, "Node1");
        m.to[k] = node(line, 2, "Node2");
        if (m.from[k] == m.to[k]) {
            throw line.error("Node2", "link " + id + " starts and ends at the same node (error 222)");
        }
    }

    private void readDemands(InpSections s) {
        boolean[] replaced = new boolean[m.nJunctions];
        for (InpLine line : s.of(InpSection.DEMANDS)) {
            int j = node(line, 0, "Junction");
            if (j >= m.nJunctions) {
                throw line.error(
                        "Junction", "demand given for " + m.nodeIds[j] + ", which is not a junction (error 208)");
            }
            if (!replaced[j]) {
                // the [DEMANDS] entries replace the demand given in [JUNCTIONS]
                junctionDemands.get(j).clear();
                replaced[j] = true;
            }
            double base = line.number(1, "Demand");
            int pat = line.size() > 2 ? pattern(line, line.text(2, "Pattern")) : defaultPatternIndex();
            junctionDemands.get(j).add(new double[] {base / m.units.flow(), pat});
        }
        int total = 0;
        for (List<double[]> d : junctionDemands) {
            total += d.size();
        }
        m.demandStart = new int[m.nJunctions + 1];
        m.demandBase = new double[total];
        m.demandPattern = new int[total];
        int at = 0;
        for (int j = 0; j < m.nJunctions; j++) {
            m.demandStart[j] = at;
            for (double[] d : junctionDemands.get(j)) {
                m.demandBase[at] = d[0];
                m.demandPattern[at] = (int) d[1];
                at++;
            }
        }
        m.demandStart[m.nJunctions] = at;
    }

    private void readEmitters(InpSections s) {
        double ucf = Math.pow(m.units.flow(), m.qexp) / m.units.pressure();
        for (InpLine line : s.of(InpSection.EMITTERS)) {
            int j = node(line, 0, "Junction");
            double c = line.number(1, "Coefficient");
            if (j >= m.nJunctions || c < 0) {
                throw line.error("Coefficient", "illegal emitter at " + m.nodeIds[j] + " (error 209)");
            }
            m.emitterKe[j] = c > 0 ? ucf / Math.pow(c, m.qexp) : 0;
        }
    }

    private void readStatus(InpSections s) {
        for (InpLine line : s.of(InpSection.STATUS)) {
            String id = line.text(0, "Link");
            Integer k = links.get(id);
            if (k == null) {
                throw line.error("Link", "undefined link '" + id + "' (error 204)");
            }
            String v = line.text(1, "Status").toUpperCase(Locale.ROOT);
            byte status;
            double y = 0;
            if (v.equals("OPEN")) {
                status = LinkStatus.OPEN;
            } else if (v.equals("CLOSED")) {
                status = LinkStatus.CLOSED;
            } else {
                status = LinkStatus.ACTIVE;
                y = line.number(1, "Status");
                if (y < 0) {
                    throw line.error("Status", "illegal setting " + y + " for " + id + " (error 211)");
                }
            }
            if (m.type[k] == LinkType.CVPIPE) {
                throw line.error("Link", "cannot set the status of check valve " + id + " (error 207)");
            }
            changeStatus(k, status, y);
        }
    }

    /** [ENERGY]: global efficiency, price and price pattern, and per-pump curve, price, pattern. */
    private void readEnergy(InpSections s) {
        for (InpLine line : s.of(InpSection.ENERGY)) {
            String key = line.text(0, "keyword").toUpperCase(Locale.ROOT);
            if (key.equals("DEMAND")) {
                m.demandCharge = line.number(2, "Demand Charge");
                continue;
            }
            if (!key.equals("GLOBAL") && !key.equals("PUMP")) {
                throw line.error("keyword", "unknown energy keyword '" + key + "' (error 201)");
            }
            boolean global = key.equals("GLOBAL");
            int p = -1;
            if (!global) {
                Integer k = links.get(line.text(1, "Pump"));
                if (k == null || m.linkPump[k] < 0) {
                    throw line.error("Pump", "'" + line.text(1, "Pump") + "' is not a pump (error 216)");
                }
                p = m.linkPump[k];
            }
            int at = global ? 1 : 2;
            String what = line.text(at, "parameter").toUpperCase(Locale.ROOT);
            String value = line.text(at + 1, "value");
            if (what.startsWith("EFFI")) {
                if (global) {
                    m.globalEfficiency = line.number(at + 1, "Efficiency");
                } else {
                    m.pumpEffCurve[p] = curve(line, value);
                }
            } else if (what.startsWith("PRIC")) {
                double price = line.number(at + 1, "Price");
                if (global) {
                    m.globalPrice = price;
                } else {
                    m.pumpPrice[p] = price;
                }
            } else if (what.startsWith("PATT")) {
                if (global) {
                    m.globalPricePattern = pattern(line, value);
                } else {
                    m.pumpPricePattern[p] = pattern(line, value);
                }
            } else {
                throw line.error("parameter", "unknown energy parameter '" + what + "' (error 201)");
            }
        }
    }

    /** EPANET changestatus(): a [STATUS] entry for link k. */
    private void changeStatus(int k, byte status, double y) {
        LinkType t = m.type[k];
        if (t == LinkType.PIPE || t == LinkType.GPV) {
            if (status != LinkStatus.ACTIVE) {
                m.initStatus[k] = status;
            }
        } else if (t == LinkType.PUMP) {
            if (status == LinkStatus.ACTIVE) {
                m.kc[k] = y;
                status = y == 0 ? LinkStatus.CLOSED : LinkStatus.OPEN;
            } else if (status == LinkStatus.OPEN) {
                m.kc[k] = 1.0;
            }
            m.initStatus[k] = status;
        } else if (t.isValve()) {
            m.kc[k] = switch (t) {
                case PRV, PSV, PBV -> y / m.units.pressure();
                case FCV -> y / m.units.flow();
                default -> y;
            };
            m.initStatus[k] = status;
            if (status != LinkStatus.ACTIVE) {
                m.kc[k] = HydraulicModel.MISSING;
            }
        }
    }

    /** EPANET updatepumpparams(): fits the head curve of each pump, or refuses it (error 227). */
    private void finishPumps() {
        Units u = m.units;
        for (int p = 0; p < m.nPumps; p++) {
            int k = m.pumpLink[p];
            if (m.pumpType[p] == HydraulicModel.CONST_HP) {
                m.pumpH0[p] = 0;
                m.pumpR[p] = -8.814 * m.km[k] / u.power();
                m.pumpN[p] = -1.0;
                m.pumpHmax[p] = 1.0e10;
                m.pumpQmax[p] = 1.0e10;
                m.pumpQ0[p] = 1.0;
                m.km[k] = 0;
                continue;
            }
            double[] x = m.curveX.get(m.pumpHeadCurve[p]);
            double[] y = m.curveY.get(m.pumpHeadCurve[p]);
            int n = x.length;
            double h0;
            double h1;
            double h2;
            double q1;
            double q2;
            if (n == 1) {
                q1 = x[0];
                h1 = y[0];
                h0 = 1.33334 * h1;
                q2 = 2.0 * q1;
                h2 = 0;
            } else if (n == 3 && x[0] == 0.0) {
                h0 = y[0];
                q1 = x[1];
                h1 = y[1];
                q2 = x[2];
                h2 = y[2];
            } else {
                m.pumpType[p] = HydraulicModel.CUSTOM;
                for (int i = 1; i < n; i++) {
                    if (y[i] >= y[i - 1]) {
                        throw unfit(p);
                    }
                }
                m.pumpQmax[p] = x[n - 1] / u.flow();
                m.pumpQ0[p] = (x[0] + x[n - 1]) / 2.0 / u.flow();
                m.pumpHmax[p] = y[0] / u.head();
                continue;
            }
            m.pumpType[p] = HydraulicModel.POWER_FUNC;
            double tiny = 1.0e-6;
            if (h0 < tiny || h0 - h1 < tiny || h1 - h2 < tiny || q1 < tiny || q2 - q1 < tiny) {
                throw unfit(p);
            }
            double h4 = h0 - h1;
            double h5 = h0 - h2;
            double c = Math.log(h5 / h4) / Math.log(q2 / q1);
            if (c <= 0.0 || c > 20.0) {
                throw unfit(p);
            }
            double b = -h4 / Math.pow(q1, c);
            if (b >= 0.0) {
                throw unfit(p);
            }
            m.pumpH0[p] = -h0 / u.head();
            m.pumpR[p] = -b * Math.pow(u.flow(), c) / u.head();
            m.pumpN[p] = c;
            m.pumpQ0[p] = q1 / u.flow();
            m.pumpQmax[p] = Math.pow(-h0 / b, 1.0 / c) / u.flow();
            m.pumpHmax[p] = h0 / u.head();
        }
    }

    private HydraulicsException unfit(int p) {
        int k = m.pumpLink[p];
        return new HydraulicsException(
                227,
                m.linkIds[k],
                "invalid head curve " + m.curveIds.get(m.pumpHeadCurve[p]) + " for pump " + m.linkIds[k]
                        + ": it cannot be fitted (heads must fall as flow rises)");
    }

    /** EPANET inittanks(): volumes from a tank's volume curve, whose range must span its levels. */
    private void finishTanks() {
        for (int t = 0; t < m.nTanks; t++) {
            int c = m.tankVolCurve[t];
            if (c < 0 || m.tankArea[t] == 0 && m.tankHmax[t] == 0) {
                continue;
            }
            double[] x = m.curveX.get(c);
            double[] y = m.curveY.get(c);
            int n = x.length - 1;
            // in the file's units, before conversion, as EPANET's inittanks(): a max level equal to the
            // curve's last depth must not fail by a rounding of the unit conversion
            double[] levels = tankLevelRange.get(t);
            if (levels[0] < x[0] || levels[1] > x[n]) {
                throw new HydraulicsException(
                        225,
                        m.nodeIds[m.nJunctions + t],
                        "tank " + m.nodeIds[m.nJunctions + t] + " has levels outside its volume curve");
            }
            m.tankVmin[t] = m.tankVolume(t, m.tankHmin[t]);
            m.tankVmax[t] = m.tankVolume(t, m.tankHmax[t]);
            m.tankV0[t] = m.tankVolume(t, m.tankH0[t]);
            double a = (y[n] - y[0]) / (x[n] - x[0]);
            m.tankArea[t] = Math.sqrt(4.0 * a / Math.PI);
        }
    }

    /** EPANET valvecheck(): pressure and flow control valves may not touch tanks or share nodes. */
    private void checkValves() {
        for (int k = 0; k < m.nLinks; k++) {
            LinkType t = m.type[k];
            if (t != LinkType.PRV && t != LinkType.PSV && t != LinkType.FCV) {
                continue;
            }
            int n1 = m.from[k];
            int n2 = m.to[k];
            if (n1 >= m.nJunctions || n2 >= m.nJunctions) {
                throw new HydraulicsException(
                        219,
                        m.linkIds[k],
                        "illegal valve connection: " + t + " " + m.linkIds[k] + " is attached to a tank or reservoir");
            }
            for (int j = 0; j < k; j++) {
                LinkType s = m.type[j];
                if (s != LinkType.PRV && s != LinkType.PSV && s != LinkType.FCV) {
                    continue;
                }
                int j1 = m.from[j];
                int j2 = m.to[j];
                boolean clash = switch (t) {
                    case PRV ->
                        s == LinkType.PSV && (j1 == n2)
                                || s == LinkType.PRV && (j2 == n2 || j2 == n1 || j1 == n2)
                                || s == LinkType.FCV && j1 == n2;
                    case PSV ->
                        s == LinkType.PSV && (j1 == n1 || j1 == n2 || j2 == n1)
                                || s == LinkType.PRV && j2 == n1
                                || s == LinkType.FCV && j2 == n1;
                    default -> s == LinkType.PRV && j2 == n1 || s == LinkType.PSV && j1 == n2;
                };
                if (clash) {
                    throw new HydraulicsException(
                            220,
                            m.linkIds[k],
                            "illegal valve connection: " + t + " " + m.linkIds[k] + " shares a node with " + s + " "
                                    + m.linkIds[j]);
                }
            }
        }
    }

    /** EPANET refuses a node that no link touches (error 233). */
    private void checkConnected() {
        boolean[] linked = new boolean[m.nNodes];
        for (int k = 0; k < m.nLinks; k++) {
            linked[m.from[k]] = true;
            linked[m.to[k]] = true;
        }
        for (int i = 0; i < m.nNodes; i++) {
            if (!linked[i]) {
                throw new HydraulicsException(
                        233, m.nodeIds[i], "node " + m.nodeIds[i] + " is not connected to any link");
            }
        }
    }
}
