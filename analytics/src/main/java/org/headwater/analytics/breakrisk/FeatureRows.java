package org.headwater.analytics.breakrisk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Computes the {@link RiskFeature} values of segments at a reference date, in row-major order. */
final class FeatureRows {

    static final int WIDTH = RiskFeature.values().length;

    private final BreakIndex index;
    private final CategoryCodes materials;
    private final CategoryCodes zones;

    FeatureRows(BreakIndex index, CategoryCodes materials, CategoryCodes zones) {
        this.index = index;
        this.materials = materials;
        this.zones = zones;
    }

    /** Features over {@code history}, which the caller has already cut at the as-of date. */
    static FeatureRows over(AssetRegister register, BreakHistory history) {
        return new FeatureRows(
                new BreakIndex(history),
                new CategoryCodes(register.segments(), PipeSegment::material),
                new CategoryCodes(register.segments(), PipeSegment::pressureZone));
    }

    /** One row per segment; callers must pass only breaks up to {@code reference} in the index. */
    double[] at(List<PipeSegment> segments, LocalDate reference) {
        double[] values = new double[segments.size() * WIDTH];
        for (int i = 0; i < segments.size(); i++) {
            fill(segments.get(i), reference, values, i * WIDTH);
        }
        return values;
    }

    private void fill(PipeSegment pipe, LocalDate reference, double[] row, int offset) {
        LocalDate installed = pipe.installed();
        int onPipe = 0;
        int lastThreeYears = 0;
        int beforeInstall = 0;
        LocalDate lastBreak = null;
        for (LocalDate date : index.onAsset(pipe.assetId())) {
            if (date.isAfter(reference)) {
                break;
            }
            if (installed != null && date.isBefore(installed)) {
                // the register is a later snapshot: this break happened on the pipe this one replaced
                beforeInstall++;
                continue;
            }
            onPipe++;
            lastBreak = date;
            if (date.isAfter(reference.minusYears(3))) {
                lastThreeYears++;
            }
        }
        row[offset + RiskFeature.MATERIAL.ordinal()] = materials.code(pipe.material());
        row[offset + RiskFeature.DIAMETER_MM.ordinal()] = pipe.diameterMm();
        row[offset + RiskFeature.LENGTH_M.ordinal()] = pipe.lengthMetres();
        row[offset + RiskFeature.INSTALL_YEAR.ordinal()] = installed == null ? Double.NaN : installed.getYear();
        row[offset + RiskFeature.AGE_YEARS.ordinal()] =
                installed == null ? Double.NaN : ChronoUnit.DAYS.between(installed, reference) / 365.25;
        row[offset + RiskFeature.BREAKS_ON_PIPE.ordinal()] = onPipe;
        row[offset + RiskFeature.BREAKS_LAST_3_YEARS.ordinal()] = lastThreeYears;
        row[offset + RiskFeature.YEARS_SINCE_LAST_BREAK.ordinal()] =
                lastBreak == null ? Double.NaN : ChronoUnit.DAYS.between(lastBreak, reference) / 365.25;
        row[offset + RiskFeature.BREAKS_BEFORE_INSTALL.ordinal()] = beforeInstall;
        row[offset + RiskFeature.ROAD_SEGMENT_BREAKS.ordinal()] =
                index.onSameStreetExcept(pipe.roadSegmentId(), pipe.assetId(), reference);
        row[offset + RiskFeature.PRESSURE_ZONE.ordinal()] = zones.code(pipe.pressureZone());
        row[offset + RiskFeature.LINED.ordinal()] = pipe.linedBy(reference) ? 1 : 0;
        row[offset + RiskFeature.SHALLOW.ordinal()] = pipe.shallow() ? 1 : 0;
    }

    /** A feature value in words, for an explanation. */
    String describe(RiskFeature feature, double value) {
        if (Double.isNaN(value)) {
            return feature == RiskFeature.YEARS_SINCE_LAST_BREAK ? "none" : "unknown";
        }
        return switch (feature) {
            case MATERIAL -> materials.value(value);
            case PRESSURE_ZONE -> zones.value(value);
            case LINED, SHALLOW -> value > 0 ? "yes" : "no";
            default -> String.format(Locale.ROOT, "%.0f", value);
        };
    }
}
