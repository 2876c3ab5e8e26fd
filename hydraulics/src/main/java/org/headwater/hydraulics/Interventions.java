package org.headwater.hydraulics;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits that turn a model into a what-if scenario: a link closed for the whole run, a run started at
 * a time of day, a run length. Like the model's own scenario edits they change the model in place, so
 * read a fresh model per scenario and edit it before creating its {@link Simulation}.
 */
public final class Interventions {

    private static final long SECONDS_PER_DAY = 86_400;

    private Interventions() {}

    /**
     * Closes a pipe, valve or pump for the whole run: its initial status is closed and no simple
     * control, rule action or speed pattern can reopen it (a crew's closure overrides the automation).
     */
    public static void closeLink(HydraulicModel m, int link) {
        m.initStatus[link] = LinkStatus.CLOSED;
        LinkType type = m.type[link];
        if (type.isValve() && type != LinkType.GPV) {
            m.kc[link] = HydraulicModel.MISSING; // a valve with a setting would start ACTIVE
        }
        int pump = m.linkPump[link];
        if (pump >= 0) {
            m.pumpSpeedPattern[pump] = -1;
        }
        dropControls(m, link);
        dropRuleActions(m, link);
    }

    /** Starts the run at {@code secondsOfDay} clock time: demand patterns and clock-time controls shift with it. */
    public static void startAtClock(HydraulicModel m, long secondsOfDay) {
        if (secondsOfDay < 0 || secondsOfDay >= SECONDS_PER_DAY) {
            throw new IllegalArgumentException("secondsOfDay must be in [0, 86400), was " + secondsOfDay);
        }
        long shift = Math.floorMod(secondsOfDay - m.startClock, SECONDS_PER_DAY);
        m.patternStart += shift;
        m.startClock = secondsOfDay;
    }

    /** Sets the length of an extended-period run, keeping the model's hydraulic, pattern and report steps. */
    public static void setDuration(HydraulicModel m, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("duration must not be negative, was " + seconds);
        }
        m.duration = seconds;
    }

    /** A pipe's cross-section in square metres. */
    public static double boreAreaM2(HydraulicModel m, int link) {
        double d = m.diameter[link] * Units.MPERFT;
        return Math.PI * d * d / 4.0;
    }

    /** A tank's minimum level above its bottom in the file's units (feet or metres); 0 for a reservoir. */
    public static double minimumLevel(HydraulicModel m, int node) {
        int t = node - m.nJunctions;
        if (t < 0) {
            throw new IllegalArgumentException("node " + m.nodeIds[node] + " is not a tank");
        }
        return m.tankArea[t] == 0 ? 0.0 : (m.tankHmin[t] - m.elevation[node]) * m.units.head();
    }

    /** Pounds per square inch per unit of the file's pressure (psi or metres of water). */
    public static double psiPerPressureUnit(HydraulicModel m) {
        return m.units.si() ? Units.PSIPERFT / Units.MPERFT : 1.0;
    }

    private static void dropControls(HydraulicModel m, int link) {
        int kept = 0;
        for (int c = 0; c < m.nControls; c++) {
            if (m.ctlLink[c] == link) {
                continue;
            }
            m.ctlLink[kept] = m.ctlLink[c];
            m.ctlNode[kept] = m.ctlNode[c];
            m.ctlType[kept] = m.ctlType[c];
            m.ctlStatus[kept] = m.ctlStatus[c];
            m.ctlSetting[kept] = m.ctlSetting[c];
            m.ctlTime[kept] = m.ctlTime[c];
            m.ctlGrade[kept] = m.ctlGrade[c];
            kept++;
        }
        m.nControls = kept;
    }

    private static void dropRuleActions(HydraulicModel m, int link) {
        List<Rule> rules = new ArrayList<>(m.rules.size());
        for (Rule r : m.rules) {
            rules.add(new Rule(
                    r.label(),
                    r.premises(),
                    without(r.thenActions(), link),
                    without(r.elseActions(), link),
                    r.priority()));
        }
        m.rules = rules;
    }

    private static Rule.Action[] without(Rule.Action[] actions, int link) {
        return java.util.Arrays.stream(actions).filter(a -> a.link() != link).toArray(Rule.Action[]::new);
    }
}
