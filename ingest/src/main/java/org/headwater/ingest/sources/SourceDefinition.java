package org.headwater.ingest.sources;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One named source from {@code headwater.sources.<kind>.<name>.*}: whether it runs, its tag (or
 * register) map file and its protocol's own settings. Each connector reads its settings through the
 * typed getters here, which refuse a bad value naming the full property.
 *
 * @param kind the protocol, e.g. {@code opcua}
 * @param name the source's name, unique within its kind
 * @param settings every key under the source, e.g. {@code endpoint}, {@code map}, {@code security.policy}
 */
public record SourceDefinition(String kind, String name, Map<String, String> settings) {

    public static final String PREFIX = "headwater.sources.";

    public SourceDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        settings = Map.copyOf(settings);
    }

    /** The full property name of one of this source's keys, as error messages show it. */
    public String property(String key) {
        return PREFIX + kind + "." + name + "." + key;
    }

    /** {@code enabled}, true unless set to false: defining a source is asking for it. */
    public boolean enabled() {
        return flag("enabled", true);
    }

    /** {@code map}: the tag (or register) map file. */
    public Path mapFile() {
        return Path.of(required("map"));
    }

    /** Reads the map file; a bad map is refused naming the file, line and field. */
    public TagMap tagMap() {
        Path file = mapFile();
        if (!file.toFile().isFile()) {
            throw new SourceConfigException(property("map"), "file " + file.toAbsolutePath() + " does not exist");
        }
        return TagMap.read(file);
    }

    public @Nullable String optional(String key) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String text(String key, String absent) {
        String value = optional(key);
        return value == null ? absent : value;
    }

    public String required(String key) {
        String value = optional(key);
        if (value == null) {
            throw new SourceConfigException(property(key), "is required");
        }
        return value;
    }

    public boolean flag(String key, boolean absent) {
        String value = optional(key);
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SourceConfigException(property(key), "\"" + value + "\" is not true or false");
        };
    }

    public int integer(String key, int absent, int min, int max) {
        String value = optional(key);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new SourceConfigException(property(key), number + " is outside " + min + ".." + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new SourceConfigException(property(key), "\"" + value + "\" is not a whole number");
        }
    }

    public double number(String key, double absent) {
        String value = optional(key);
        if (value == null) {
            return absent;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number) || number < 0) {
                throw new SourceConfigException(property(key), value + " is not a finite number >= 0");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new SourceConfigException(property(key), "\"" + value + "\" is not a number");
        }
    }

    /** An ISO-8601 duration ({@code PT1S}) or a number with a unit suffix ({@code 500ms}, {@code 1s}, {@code 2m}). */
    public Duration duration(String key, Duration absent) {
        String value = optional(key);
        if (value == null) {
            return absent;
        }
        Duration duration = parseDuration(value);
        if (duration == null || duration.isNegative()) {
            throw new SourceConfigException(
                    property(key), "\"" + value + "\" is not a duration (PT1S, 500ms, 1s, 2m, 1h)");
        }
        return duration;
    }

    private static @Nullable Duration parseDuration(String value) {
        String text = value.toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt") || text.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Refuses keys the connector does not know, so a misspelt setting is not silently ignored;
     * {@code enabled} and {@code map} are always allowed.
     */
    public void allowOnly(Set<String> known) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(known);
        unknown.remove("enabled");
        unknown.remove("map");
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new SourceConfigException(
                    property(first), "is not a setting of a " + kind + " source; known: " + new TreeSet<>(known));
        }
    }
}
