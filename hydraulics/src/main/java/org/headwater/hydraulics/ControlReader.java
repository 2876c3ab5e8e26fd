package org.headwater.hydraulics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headwater.hydraulics.inp.InpLine;

/** Reads [CONTROLS] and [RULES] into a model, in EPANET's internal units (controldata, rules.c). */
final class ControlReader {

    private final HydraulicModel m;
    private final Map<String, Integer> nodes;
    private final Map<String, Integer> links;

    ControlReader(HydraulicModel m, Map<String, Integer> nodes, Map<String, Integer> links) {
        this.m = m;
        this.nodes = nodes;
        this.links = links;
    }

    void read(List<InpLine> controls, List<InpLine> rules) {
        readControls(controls);
        readRules(rules);
    }

    private int link(InpLine line, int i) {
        String id = line.text(i, "Link");
        Integer k = links.get(id);
        if (k == null) {
            throw line.error("Link", "undefined link '" + id + "' (error 204)");
        }
        return k;
    }

    private int node(InpLine line, int i) {
        String id = line.text(i, "Node");
        Integer n = nodes.get(id);
        if (n == null) {
            throw line.error("Node", "undefined node '" + id + "' (error 203)");
        }
        return n;
    }

    private void readControls(List<InpLine> lines) {
        int n = lines.size();
        m.nControls = n;
        m.ctlLink = new int[n];
        m.ctlNode = new int[n];
        m.ctlType = new int[n];
        m.ctlStatus = new byte[n];
        m.ctlSetting = new double[n];
        m.ctlTime = new long[n];
        m.ctlGrade = new double[n];
        for (int i = 0; i < n; i++) {
            InpLine line = lines.get(i);
            if (line.size() < 6) {
                throw line.error("control", "a control needs at least 6 fields (error 201)");
            }
            int k = link(line, 1);
            LinkType t = m.type[k];
            if (t == LinkType.CVPIPE) {
                throw line.error("Link", "cannot control check valve " + m.linkIds[k] + " (error 207)");
            }
            String word = line.text(2, "Status").toUpperCase(Locale.ROOT);
            byte status = LinkStatus.ACTIVE;
            double setting = HydraulicModel.MISSING;
            if (word.equals("OPEN")) {
                status = LinkStatus.OPEN;
                setting = t == LinkType.PUMP ? 1.0 : t == LinkType.GPV ? m.kc[k] : setting;
            } else if (word.equals("CLOSED")) {
                status = LinkStatus.CLOSED;
                setting = t == LinkType.PUMP ? 0.0 : t == LinkType.GPV ? m.kc[k] : setting;
            } else if (t == LinkType.GPV) {
                throw line.error("Setting", "a GPV control must be OPEN or CLOSED (error 206)");
            } else {
                setting = line.number(2, "Setting");
            }
            if ((t == LinkType.PUMP || t == LinkType.PIPE) && setting != HydraulicModel.MISSING) {
                if (setting < 0) {
                    throw line.error("Setting", "illegal control setting " + setting + " (error 202)");
                }
                status = setting == 0 ? LinkStatus.CLOSED : LinkStatus.OPEN;
            }
            String kind = line.text(4, "type").toUpperCase(Locale.ROOT);
            int node = -1;
            int type;
            double level = 0;
            long time = 0;
            if (kind.equals("TIME") || kind.equals("CLOCKTIME")) {
                type = kind.equals("TIME") ? HydraulicModel.TIMER : HydraulicModel.TIMEOFDAY;
                String unit = line.size() > 6 ? line.text(6, "unit") : "";
                double h = InpModelReader.hours(line, line.text(5, "time"), unit);
                if (h < 0) {
                    throw line.error("time", "illegal control time (error 201)");
                }
                time = (long) (3600.0 * h);
                if (type == HydraulicModel.TIMEOFDAY) {
                    time %= 86_400;
                }
            } else {
                if (line.size() < 8) {
                    throw line.error("control", "a node control needs 8 fields (error 201)");
                }
                node = node(line, 5);
                String rel = line.text(6, "relation").toUpperCase(Locale.ROOT);
                type = switch (rel) {
                    case "BELOW" -> HydraulicModel.LOWLEVEL;
                    case "ABOVE" -> HydraulicModel.HILEVEL;
                    default -> throw line.error("relation", "expected ABOVE or BELOW (error 201)");
                };
                level = line.number(7, "level");
                level = node >= m.nJunctions
                        ? m.elevation[node] + level / m.units.head()
                        : m.elevation[node] + level / m.units.pressure();
            }
            if (setting != HydraulicModel.MISSING) {
                setting = switch (t) {
                    case PRV, PSV, PBV -> setting / m.units.pressure();
                    case FCV -> setting / m.units.flow();
                    default -> setting;
                };
            }
            m.ctlLink[i] = k;
            m.ctlNode[i] = node;
            m.ctlType[i] = type;
            m.ctlStatus[i] = status;
            m.ctlSetting[i] = setting;
            m.ctlTime[i] = time;
            m.ctlGrade[i] = level;
        }
    }

    private static final List<String> VARIABLES = List.of(
            "DEMAND",
            "HEAD",
            "GRADE",
            "LEVEL",
            "PRESSURE",
            "FLOW",
            "STATUS",
            "SETTING",
            "POWER",
            "TIME",
            "CLOCKTIME",
            "FILLTIME",
            "DRAINTIME");

    private String label;
    private List<Rule.Premise> premises;
    private List<Rule.Action> thenActions;
    private List<Rule.Action> elseActions;
    private double priority;
    private String state;

    private void readRules(List<InpLine> lines) {
        for (InpLine line : lines) {
            String key = line.text(0, "keyword").toUpperCase(Locale.ROOT);
            switch (key) {
                case "RULE" -> {
                    flushRule();
                    label = line.text(1, "Rule");
                    premises = new ArrayList<>();
                    thenActions = new ArrayList<>();
                    elseActions = new ArrayList<>();
                    priority = 0;
                    state = "RULE";
                }
                case "IF" -> {
                    expect(line, state != null && state.equals("RULE"));
                    state = "IF";
                    premises.add(premise(line, false));
                }
                case "AND" -> {
                    expect(line, state != null);
                    if (state.equals("IF")) {
                        premises.add(premise(line, false));
                    } else if (state.equals("THEN")) {
                        thenActions.add(action(line));
                    } else if (state.equals("ELSE")) {
                        elseActions.add(action(line));
                    } else {
                        expect(line, false);
                    }
                }
                case "OR" -> {
                    expect(line, "IF".equals(state));
                    premises.add(premise(line, true));
                }
                case "THEN" -> {
                    expect(line, "IF".equals(state));
                    state = "THEN";
                    thenActions.add(action(line));
                }
                case "ELSE" -> {
                    expect(line, "THEN".equals(state));
                    state = "ELSE";
                    elseActions.add(action(line));
                }
                case "PRIORITY" -> {
                    expect(line, "THEN".equals(state) || "ELSE".equals(state));
                    state = "PRIORITY";
                    priority = line.number(1, "Priority");
                }
                default -> throw line.error("keyword", "unknown rule keyword '" + key + "' (error 201)");
            }
        }
        flushRule();
    }

    private static void expect(InpLine line, boolean ok) {
        if (!ok) {
            throw line.error("keyword", "misplaced rule clause (error 221)");
        }
    }

    private void flushRule() {
        if (label != null) {
            m.rules.add(new Rule(
                    label,
                    premises.toArray(Rule.Premise[]::new),
                    thenActions.toArray(Rule.Action[]::new),
                    elseActions.toArray(Rule.Action[]::new),
                    priority));
            label = null;
        }
    }

    private Rule.Premise premise(InpLine line, boolean or) {
        int n = line.size();
        if (n != 5 && n != 6) {
            throw line.error("premise", "a premise has 5 or 6 fields (error 201)");
        }
        String objWord = line.text(1, "object").toUpperCase(Locale.ROOT);
        int object;
        int index = -1;
        int variable;
        if (objWord.equals("SYSTEM")) {
            object = Rule.OBJ_SYSTEM;
            variable = VARIABLES.indexOf(line.text(2, "variable").toUpperCase(Locale.ROOT));
            if (variable != Rule.V_DEMAND && variable != Rule.V_TIME && variable != Rule.V_CLOCKTIME) {
                throw line.error("variable", "unknown system variable (error 201)");
            }
        } else {
            variable = VARIABLES.indexOf(line.text(3, "variable").toUpperCase(Locale.ROOT));
            if (variable < 0) {
                throw line.error("variable", "unknown variable '" + line.text(3, "variable") + "' (error 201)");
            }
            switch (objWord) {
                case "NODE", "JUNCTION", "RESERVOIR", "TANK" -> {
                    object = Rule.OBJ_NODE;
                    index = node(line, 2);
                }
                case "LINK", "PIPE", "PUMP", "VALVE" -> {
                    object = Rule.OBJ_LINK;
                    index = link(line, 2);
                }
                default -> throw line.error("object", "unknown object '" + objWord + "' (error 201)");
            }
        }
        int opAt = object == Rule.OBJ_SYSTEM ? 3 : 4;
        String op = line.text(opAt, "operator").toUpperCase(Locale.ROOT);
        int relop = switch (op) {
            case "=", "IS" -> Rule.EQ;
            case "<>", "NOT" -> Rule.NE;
            case "<=" -> Rule.LE;
            case ">=" -> Rule.GE;
            case "<", "BELOW" -> Rule.LT;
            case ">", "ABOVE" -> Rule.GT;
            default -> throw line.error("operator", "unknown operator '" + op + "' (error 201)");
        };
        int status = Rule.IS_NUMBER;
        double value = HydraulicModel.MISSING;
        if (variable == Rule.V_TIME || variable == Rule.V_CLOCKTIME) {
            String unit = n == 6 ? line.text(5, "unit") : "";
            double h = InpModelReader.hours(line, line.text(4, "time"), unit);
            if (h < 0) {
                throw line.error("time", "illegal time (error 202)");
            }
            value = Math.floor(h * 3600.0 + 0.5);
        } else {
            String last = line.text(n - 1, "value").toUpperCase(Locale.ROOT);
            switch (last) {
                case "OPEN" -> status = Rule.IS_OPEN;
                case "CLOSED" -> status = Rule.IS_CLOSED;
                case "ACTIVE" -> status = Rule.IS_ACTIVE;
                default -> {
                    value = line.number(n - 1, "value");
                    if (variable == Rule.V_FILLTIME || variable == Rule.V_DRAINTIME) {
                        value *= 3600.0;
                    }
                }
            }
        }
        if (status > Rule.IS_NUMBER && object != Rule.OBJ_LINK) {
            throw line.error("value", "only a link has a status (error 202)");
        }
        return new Rule.Premise(object, index, variable, relop, or, status, value);
    }

    private Rule.Action action(InpLine line) {
        if (line.size() != 6) {
            throw line.error("action", "an action has 6 fields (error 201)");
        }
        int k = link(line, 2);
        if (m.type[k] == LinkType.CVPIPE) {
            throw line.error("Link", "cannot control check valve " + m.linkIds[k] + " (error 207)");
        }
        String v = line.text(5, "value").toUpperCase(Locale.ROOT);
        int status = -1;
        double setting = HydraulicModel.MISSING;
        switch (v) {
            case "OPEN" -> status = Rule.IS_OPEN;
            case "CLOSED" -> status = Rule.IS_CLOSED;
            case "ACTIVE" -> status = Rule.IS_ACTIVE;
            default -> {
                setting = line.number(5, "value");
                if (setting < 0) {
                    throw line.error("value", "illegal setting " + setting + " (error 202)");
                }
            }
        }
        if (setting != HydraulicModel.MISSING && m.type[k] == LinkType.GPV) {
            throw line.error("value", "cannot change the setting of GPV " + m.linkIds[k] + " (error 202)");
        }
        if (setting != HydraulicModel.MISSING && m.type[k] == LinkType.PIPE) {
            status = setting == 0 ? Rule.IS_CLOSED : Rule.IS_OPEN;
            setting = HydraulicModel.MISSING;
        }
        return new Rule.Action(k, status, setting);
    }
}
