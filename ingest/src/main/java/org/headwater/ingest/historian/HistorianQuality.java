package org.headwater.ingest.historian;

import java.util.Locale;
import org.headwater.ingest.sources.SourceQuality;

/**
 * Quality columns as historians write them: names (PI {@code Good}, {@code Questionable},
 * {@code Substituted}, {@code Bad}; Ignition {@code Good}, {@code Good_*}, {@code Uncertain*},
 * {@code Bad*}, {@code Error*}) or OPC DA numeric codes (192-255 good, 64-127 uncertain, 0-63 bad).
 * An empty quality is good.
 */
final class HistorianQuality {

    private HistorianQuality() {}

    static SourceQuality parse(String text) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || q.equals("good") || q.startsWith("good_") || q.equals("true")) {
            return SourceQuality.GOOD;
        }
        if (q.chars().allMatch(Character::isDigit)) {
            int code = Integer.parseInt(q) & 0xFF;
            if (code >= 192) {
                return SourceQuality.GOOD;
            }
            return code >= 64 ? SourceQuality.UNCERTAIN : SourceQuality.BAD;
        }
        if (q.startsWith("uncertain") || q.equals("questionable") || q.equals("substituted") || q.equals("annotated")) {
            return SourceQuality.UNCERTAIN;
        }
        return SourceQuality.BAD;
    }
}
