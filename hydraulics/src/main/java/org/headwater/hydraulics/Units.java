package org.headwater.hydraulics;

import java.util.Locale;

/**
 * EPANET's unit conversion factors: the solver works in feet and cubic feet per second, the file
 * and the results in the file's units (OWA-EPANET types.h constants, so converted values match).
 */
public record Units(
        String flowUnits,
        boolean si,
        double flow,
        double head,
        double diameter,
        double pressure,
        double volume,
        double power) {

    static final double MPERFT = 0.3048;
    static final double PSIPERFT = 0.4333;
    static final double KWPERHP = 0.7457;

    /** The factors for flow units {@code name} and specific gravity {@code sg}; empty name means GPM. */
    static Units of(String name, double sg) {
        String u = name.toUpperCase(Locale.ROOT);
        double qcf = switch (u) {
            case "CFS" -> 1.0;
            case "GPM" -> 448.831;
            case "MGD" -> 0.64632;
            case "IMGD" -> 0.5382;
            case "AFD" -> 1.9837;
            case "LPS" -> 28.317;
            case "LPM" -> 1699.0;
            case "MLD" -> 2.4466;
            case "CMH" -> 101.94;
            case "CMD" -> 2446.6;
            default -> throw new IllegalArgumentException("unknown flow units '" + name + "'");
        };
        boolean si = switch (u) {
            case "LPS", "LPM", "MLD", "CMH", "CMD" -> true;
            default -> false;
        };
        if (si) {
            return new Units(u, true, qcf, MPERFT, 1000 * MPERFT, MPERFT * sg, MPERFT * MPERFT * MPERFT, KWPERHP);
        }
        return new Units(u, false, qcf, 1.0, 12.0, PSIPERFT * sg, 1.0, 1.0);
    }
}
