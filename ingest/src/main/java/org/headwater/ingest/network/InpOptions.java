package org.headwater.ingest.network;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.hydraulics.inp.InpSection;
import org.headwater.hydraulics.inp.InpSections;

/**
 * The [OPTIONS] and [TIMES] entries the importer needs: units, headloss formula, default demand
 * pattern and pattern timestep. Everything else there is about simulation and is not imported.
 */
record InpOptions(
        String sourceName, FlowUnits flowUnits, String headloss, String defaultPattern, Duration patternTimestep) {

    static InpOptions of(InpSections sections, String sourceName) {
        FlowUnits units = FlowUnits.GPM; // EPANET's default when [OPTIONS] does not say
        String headloss = "H-W";
        String defaultPattern = "1";
        for (InpLine line : sections.of(InpSection.OPTIONS)) {
            switch (line.text(0, "option").toUpperCase(Locale.ROOT)) {
                case "UNITS" -> {
                    String name = line.text(1, "Units");
                    units = FlowUnits.named(name)
                            .orElseThrow(() -> line.error("Units", "unknown flow units '" + name + "'"));
                }
                case "HEADLOSS" -> headloss = line.text(1, "Headloss").toUpperCase(Locale.ROOT);
                case "PATTERN" -> defaultPattern = line.text(1, "Pattern");
                default -> {
                    // a simulation option: not part of the network model
                }
            }
        }
        return new InpOptions(sourceName, units, headloss, defaultPattern, patternTimestep(sections));
    }

    private static Duration patternTimestep(InpSections sections) {
        for (InpLine line : sections.of(InpSection.TIMES)) {
            List<String> t = line.tokens();
            if (t.size() >= 2
                    && t.get(0).equalsIgnoreCase("PATTERN")
                    && t.get(1).equalsIgnoreCase("TIMESTEP")) {
                return duration(line, 2, "Pattern Timestep");
            }
        }
        return Duration.ofHours(1);
    }

    /** EPANET times: {@code h:mm[:ss]}, or a number with an optional unit (hours by default). */
    static Duration duration(InpLine line, int index, String field) {
        String value = line.text(index, field);
        if (value.contains(":")) {
            String[] parts = value.split(":");
            double seconds = 0;
            double scale = 3600;
            for (String part : parts) {
                seconds += line.parse(part, field) * scale;
                scale /= 60;
            }
            return Duration.ofSeconds(Math.round(seconds));
        }
        double amount = line.parse(value, field);
        String unit = line.optionalText(index + 1);
        double secondsPerUnit = unit == null ? 3600 : secondsPer(unit, line, field);
        return Duration.ofSeconds(Math.round(amount * secondsPerUnit));
    }

    private static double secondsPer(String unit, InpLine line, String field) {
        String u = unit.toUpperCase(Locale.ROOT);
        if (u.startsWith("SEC")) {
            return 1;
        }
        if (u.startsWith("MIN")) {
            return 60;
        }
        if (u.startsWith("HOUR")) {
            return 3600;
        }
        if (u.startsWith("DAY")) {
            return 86_400;
        }
        throw line.error(field, "unknown time unit '" + unit + "'");
    }
}
