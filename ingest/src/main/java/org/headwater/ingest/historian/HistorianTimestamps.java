package org.headwater.ingest.historian;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The timestamp spellings historian exports use: ISO 8601 with an offset or {@code Z}; epoch
 * milliseconds (Ignition's {@code t_stamp}); and, read in the export's zone, ISO local date-times
 * ({@code 2026-03-01 10:00:00[.SSS]}) and PI's {@code 01-Mar-2026 10:00:00[.SSS]}.
 */
final class HistorianTimestamps {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            new DateTimeFormatterBuilder()
                    .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                    .optionalEnd()
                    .toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("dd-MMM-yyyy HH:mm:ss")
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                    .optionalEnd()
                    .toFormatter(Locale.ENGLISH));

    private final ZoneId zone;

    HistorianTimestamps(ZoneId zone) {
        this.zone = zone;
    }

    @Nullable
    Instant parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() >= 10) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notIsoWithOffset) {
            for (DateTimeFormatter format : LOCAL) {
                try {
                    return LocalDateTime.parse(t, format).atZone(zone).toInstant();
                } catch (DateTimeParseException tryNext) {
                    // next spelling
                }
            }
            return null;
        }
    }
}
