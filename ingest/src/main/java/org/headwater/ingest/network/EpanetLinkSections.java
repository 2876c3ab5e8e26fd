package org.headwater.ingest.network;

import java.util.Locale;
import java.util.Set;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;

/** Reads [PIPES], [PUMPS], [VALVES] and [STATUS] into link drafts, in SI units. */
final class EpanetLinkSections {

    private static final Set<String> VALVE_TYPES = Set.of("PRV", "PSV", "PBV", "FCV", "TCV", "GPV", "PCV");
    private static final Set<String> LINK_STATUSES = Set.of("OPEN", "CLOSED", "CV", "ACTIVE");

    private final InpSections sections;
    private final InpOptions options;
    private final EpanetDrafts drafts;

    EpanetLinkSections(InpSections sections, InpOptions options, EpanetDrafts drafts) {
        this.sections = sections;
        this.options = options;
        this.drafts = drafts;
    }

    void read() {
        sections.of(InpSection.PIPES).forEach(this::readPipe);
        sections.of(InpSection.PUMPS).forEach(this::readPump);
        sections.of(InpSection.VALVES).forEach(this::readValve);
        sections.of(InpSection.STATUS).forEach(this::readStatus);
    }

    private void readPipe(InpLine line) {
        FlowUnits u = options.flowUnits();
        ElementDraft pipe = drafts.addLink(line, ElementKind.PIPE)
                .put(Attr.LENGTH_M, u.toMetres(line.number(3, "length")))
                .put(Attr.DIAMETER_MM, u.toMillimetres(line.number(4, "diameter")))
                .put(Attr.HEADLOSS_FORMULA, options.headloss());
        double roughness = line.number(5, "roughness");
        pipe.put(
                Attr.ROUGHNESS,
                options.headloss().equals("D-W") ? u.darcyRoughnessToMillimetres(roughness) : roughness);
        // EPANET accepts the status right after the roughness when the minor loss is left out.
        int statusIndex = 6;
        String sixth = line.optionalText(6);
        if (sixth != null && !LINK_STATUSES.contains(sixth.toUpperCase(Locale.ROOT))) {
            pipe.put(Attr.MINOR_LOSS, line.number(6, "minorLoss"));
            statusIndex = 7;
        }
        String status = line.optionalText(statusIndex);
        pipe.put(Attr.STATUS, status == null ? "OPEN" : status(line, statusIndex, "status"));
    }

    /** Pumps: keyword/value pairs (HEAD curve, POWER, SPEED, PATTERN), or a bare power (EPANET 1 format). */
    private void readPump(InpLine line) {
        ElementDraft pump = drafts.addLink(line, ElementKind.PUMP).put(Attr.STATUS, "OPEN");
        line.text(3, "parameters");
        if (line.size() == 4) {
            pump.put(Attr.POWER_KW, options.flowUnits().powerToKilowatts(line.number(3, "power")));
            return;
        }
        for (int i = 3; i < line.size(); i += 2) {
            String keyword = line.text(i, "parameters").toUpperCase(Locale.ROOT);
            switch (keyword) {
                case "HEAD" -> pump.put(Attr.PUMP_CURVE, line.text(i + 1, "HEAD"));
                case "POWER" ->
                    pump.put(Attr.POWER_KW, options.flowUnits().powerToKilowatts(line.number(i + 1, "POWER")));
                case "SPEED" -> pump.put(Attr.PUMP_SPEED, line.number(i + 1, "SPEED"));
                case "PATTERN" -> pump.put(Attr.PUMP_PATTERN, line.text(i + 1, "PATTERN"));
                default -> throw line.error("parameters", "unknown pump keyword '" + keyword + "'");
            }
        }
    }

    private void readValve(InpLine line) {
        ElementDraft valve = drafts.addLink(line, ElementKind.VALVE)
                .put(Attr.DIAMETER_MM, options.flowUnits().toMillimetres(line.number(3, "diameter")));
        String type = line.text(4, "type").toUpperCase(Locale.ROOT);
        if (!VALVE_TYPES.contains(type)) {
            throw line.error("type", "unknown valve type '" + type + "', expected one of " + VALVE_TYPES);
        }
        valve.put(Attr.VALVE_TYPE, type).put(Attr.STATUS, "ACTIVE");
        valve.put(Attr.SETTING, setting(type, line, 5));
        Double minorLoss = line.optionalNumber(6, "minorLoss");
        if (minorLoss != null) {
            valve.put(Attr.MINOR_LOSS, minorLoss);
        }
    }

    /**
     * A valve setting in SI: metres of head for pressure valves, litres per second for flow control,
     * the loss coefficient for throttle valves, and the headloss curve id for general-purpose valves.
     */
    private String setting(String type, InpLine line, int index) {
        FlowUnits u = options.flowUnits();
        return switch (type) {
            case "GPV" -> line.text(index, "setting");
            case "PRV", "PSV", "PBV" -> Double.toString(u.pressureToMetres(line.number(index, "setting")));
            case "FCV" -> Double.toString(u.toLitresPerSecond(line.number(index, "setting")));
            default -> Double.toString(line.number(index, "setting"));
        };
    }

    /** [STATUS] overrides the initial status, or sets a pump's speed or a valve's setting. */
    private void readStatus(InpLine line) {
        ElementDraft link = drafts.link(line, 0, "link");
        String value = line.text(1, "status");
        if (LINK_STATUSES.contains(value.toUpperCase(Locale.ROOT))) {
            link.put(Attr.STATUS, status(line, 1, "status"));
        } else if (link.kind == ElementKind.PUMP) {
            link.put(Attr.PUMP_SPEED, line.number(1, "status"));
        } else if (link.kind == ElementKind.VALVE) {
            link.put(Attr.SETTING, setting(link.attributes.get(Attr.VALVE_TYPE), line, 1));
        } else {
            throw line.error("status", "'" + value + "' is not a pipe status (OPEN, CLOSED or CV)");
        }
    }

    private static String status(InpLine line, int index, String field) {
        String value = line.text(index, field).toUpperCase(Locale.ROOT);
        if (!LINK_STATUSES.contains(value)) {
            throw line.error(field, "unknown status '" + value + "', expected one of " + LINK_STATUSES);
        }
        return value;
    }
}
