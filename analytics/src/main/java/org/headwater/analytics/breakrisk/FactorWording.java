package org.headwater.analytics.breakrisk;

import java.util.Arrays;
import java.util.Map;

/**
 * A model factor in the words a distribution superintendent uses: "cast iron", "installed 1952",
 * "3 breaks on this pipe since it was laid" rather than {@code prior breaks on pipe=3 (+1.39)}.
 */
public final class FactorWording {

    private static final Map<String, String> MATERIAL_NAMES = Map.ofEntries(
            Map.entry("CI", "cast iron"),
            Map.entry("DI", "ductile iron"),
            Map.entry("AC", "asbestos cement"),
            Map.entry("PVC", "PVC"),
            Map.entry("PVCO", "oriented PVC"),
            Map.entry("PVCB", "PVC (PVCB)"),
            Map.entry("PVCF", "PVC (PVCF)"),
            Map.entry("CPP", "concrete pressure pipe"),
            Map.entry("HDPE", "polyethylene (HDPE)"),
            Map.entry("PE", "polyethylene"),
            Map.entry("HDPE IN CI", "polyethylene inside cast iron"),
            Map.entry("COP", "copper"),
            Map.entry("CU", "copper"),
            Map.entry("ST", "steel"));

    private FactorWording() {}

    public static String of(RiskFactor factor) {
        RiskFeature feature = Arrays.stream(RiskFeature.values())
                .filter(f -> f.label().equals(factor.factor()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown risk factor: " + factor.factor()));
        String value = factor.value();
        if (value.equals("unknown")) {
            return feature.label() + " unknown";
        }
        return switch (feature) {
            case MATERIAL -> MATERIAL_NAMES.getOrDefault(value, "material " + value);
            case DIAMETER_MM -> value + " mm diameter";
            case LENGTH_M -> value + " m long";
            case INSTALL_YEAR -> "installed " + value;
            case AGE_YEARS -> value + " years old";
            case BREAKS_ON_PIPE -> count(value, "break") + " on this pipe since it was laid";
            case BREAKS_LAST_3_YEARS -> count(value, "break") + " in the last 3 years";
            case YEARS_SINCE_LAST_BREAK ->
                value.equals("none") ? "no break recorded on this pipe" : "last break " + ago(value);
            case BREAKS_BEFORE_INSTALL -> count(value, "break") + " on the pipe it replaced";
            case ROAD_SEGMENT_BREAKS -> count(value, "break") + " on other mains of the same street";
            case PRESSURE_ZONE -> "pressure zone " + value;
            case LINED -> value.equals("yes") ? "lined" : "unlined";
            case SHALLOW -> value.equals("yes") ? "shallow main" : "normal cover";
        };
    }

    private static String count(String value, String noun) {
        return value + " " + noun + (value.equals("1") ? "" : "s");
    }

    private static String ago(String years) {
        return years.equals("0") ? "less than a year ago" : count(years, "year") + " ago";
    }
}
