package org.headwater.analytics.breakrisk;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stable integer codes for a categorical attribute, taken from the whole register (never from breaks). */
final class CategoryCodes {

    private final List<String> values;
    private final Map<String, Integer> codes;

    CategoryCodes(List<PipeSegment> segments, Function<PipeSegment, String> attribute) {
        this.values = List.copyOf(segments.stream().map(attribute).collect(Collectors.toCollection(TreeSet::new)));
        this.codes = values.stream().collect(Collectors.toMap(v -> v, values::indexOf));
    }

    /** The code, or NaN (LightGBM's missing value) for a value the register did not hold. */
    double code(String value) {
        Integer code = codes.get(value);
        return code == null ? Double.NaN : code;
    }

    String value(double code) {
        return Double.isNaN(code) ? "?" : values.get((int) code);
    }
}
