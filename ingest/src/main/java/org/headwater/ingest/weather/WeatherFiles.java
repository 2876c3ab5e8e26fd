package org.headwater.ingest.weather;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.headwater.weather.WeatherHour;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an hourly weather forecast file into {@link WeatherHour}s, in either of two shapes:
 *
 * <ul>
 *   <li><b>Open-Meteo JSON</b> (a file starting with <code>{</code>): the {@code hourly} object of the
 *       forecast API, {@code time} with {@code temperature_2m}, {@code precipitation},
 *       {@code relative_humidity_2m} and optionally {@code wind_speed_10m}, in the API's default units
 *       (°C, mm, %, km/h; other units in {@code hourly_units} are refused). Times are local in the
 *       response's {@code timezone} (GMT when absent), or Unix seconds ({@code timeformat=unixtime}).
 *   <li><b>CSV</b>: a header {@code time,temperature_2m,precipitation,relative_humidity_2m[,wind_speed_10m]}
 *       (any order), one row per hour; {@code time} is ISO-8601 with an offset ({@code 2022-07-25T00:00+02:00},
 *       {@code …Z}) or local without one, read in the utility's zone. An empty cell or {@code NaN} is unknown.
 * </ul>
 *
 * A bad file is refused whole, with the file, line or field and the value; a repeated hour keeps its last row.
 */
public final class WeatherFiles {

    static final String TIME = "time";
    static final String TEMPERATURE = "temperature_2m";
    static final String PRECIPITATION = "precipitation";
    static final String HUMIDITY = "relative_humidity_2m";
    static final String WIND = "wind_speed_10m";
    private static final List<String> REQUIRED = List.of(TEMPERATURE, PRECIPITATION, HUMIDITY);
    private static final Map<String, String> UNITS =
            Map.of(TEMPERATURE, "°C", PRECIPITATION, "mm", HUMIDITY, "%", WIND, "km/h");

    private WeatherFiles() {}

    /**
     * @param localZone the zone of times written without an offset (the utility's)
     * @return the file's hours in time order
     */
    public static List<WeatherHour> read(Path file, ZoneId localZone) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("weather: cannot read " + file, e);
        }
        try {
            return text.stripLeading().startsWith("{") ? openMeteo(text) : csv(text, localZone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static List<WeatherHour> openMeteo(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode hourly = root.path("hourly");
        if (!hourly.isObject()) {
            throw new IllegalArgumentException("no 'hourly' object (Open-Meteo's forecast shape)");
        }
        JsonNode times = hourly.path(TIME);
        if (!times.isArray() || times.isEmpty()) {
            throw new IllegalArgumentException("hourly.time: missing or empty");
        }
        for (String name : REQUIRED) {
            requireColumn(hourly, name, times.size());
        }
        JsonNode units = root.path("hourly_units");
        for (var unit : UNITS.entrySet()) {
            String given = units.path(unit.getKey()).asString("");
            if (!given.isEmpty() && !given.equals(unit.getValue())) {
                throw new IllegalArgumentException("hourly_units." + unit.getKey() + ": '" + given + "', expected '"
                        + unit.getValue() + "' (the API's default unit)");
            }
        }
        ZoneId zone = zone(root);
        Map<Instant, WeatherHour> hours = new TreeMap<>();
        for (int i = 0; i < times.size(); i++) {
            JsonNode time = times.get(i);
            Instant hour = time.isNumber()
                    ? Instant.ofEpochSecond(time.asLong())
                    : local(time.asString(), zone, "hourly.time[" + i + "]");
            hours.put(
                    hour,
                    hour(
                            hour,
                            number(hourly, TEMPERATURE, i),
                            number(hourly, PRECIPITATION, i),
                            number(hourly, HUMIDITY, i),
                            hourly.has(WIND) ? number(hourly, WIND, i) : Double.NaN,
                            "hourly.time[" + i + "]"));
        }
        return List.copyOf(hours.values());
    }

    private static ZoneId zone(JsonNode root) {
        String name = root.path("timezone").asString("GMT");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            // An abbreviation Java does not know: the response's fixed offset still says where the hours are.
            return ZoneOffset.ofTotalSeconds(root.path("utc_offset_seconds").asInt(0));
        }
    }

    private static void requireColumn(JsonNode hourly, String name, int size) {
        JsonNode column = hourly.path(name);
        if (!column.isArray()) {
            throw new IllegalArgumentException("hourly." + name + ": missing");
        }
        if (column.size() != size) {
            throw new IllegalArgumentException(
                    "hourly." + name + ": " + column.size() + " values for " + size + " times");
        }
    }

    private static double number(JsonNode hourly, String name, int index) {
        JsonNode value = hourly.path(name).get(index);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("hourly." + name + "[" + index + "]: '" + value + "' is not a number");
        }
        return value.asDouble();
    }

    static List<WeatherHour> csv(String text, ZoneId localZone) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty file");
        }
        List<String> header = Arrays.stream(lines.getFirst().split(",", -1))
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        int time = column(header, TIME, true);
        int temperature = column(header, TEMPERATURE, true);
        int precipitation = column(header, PRECIPITATION, true);
        int humidity = column(header, HUMIDITY, true);
        int wind = column(header, WIND, false);
        Map<Instant, WeatherHour> hours = new TreeMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String at = "line " + (n + 1);
            String[] cells = line.split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(
                        at + ": " + cells.length + " fields, the header has " + header.size());
            }
            Instant hour = instant(cells[time].trim(), localZone, at + ", time");
            hours.put(
                    hour,
                    hour(
                            hour,
                            cell(cells, temperature, at, TEMPERATURE),
                            cell(cells, precipitation, at, PRECIPITATION),
                            cell(cells, humidity, at, HUMIDITY),
                            wind < 0 ? Double.NaN : cell(cells, wind, at, WIND),
                            at));
        }
        return List.copyOf(hours.values());
    }

    private static int column(List<String> header, String name, boolean required) {
        int index = header.indexOf(name);
        if (index < 0 && required) {
            throw new IllegalArgumentException("header: no column '" + name + "', found " + header
                    + " (expected time,temperature_2m,precipitation,relative_humidity_2m[,wind_speed_10m])");
        }
        return index;
    }

    private static double cell(String[] cells, int index, String at, String name) {
        String value = cells[index].trim();
        if (value.isEmpty() || value.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + ", " + name + ": '" + value + "' is not a number", e);
        }
    }

    private static Instant instant(String text, ZoneId localZone, String at) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return local(text, localZone, at);
        }
    }

    /** A local time; the repeated hour of an autumn change is read as the first of the two. */
    private static Instant local(String text, ZoneId zone, String at) {
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at + ": '" + text + "' is not an ISO-8601 time", e);
        }
    }

    private static WeatherHour hour(
            Instant hour, double temperature, double precipitation, double humidity, double wind, String at) {
        if (hour.getEpochSecond() % 3600 != 0) {
            throw new IllegalArgumentException(at + ": " + hour + " is not on a whole hour");
        }
        if (precipitation < 0 || humidity < 0 || humidity > 100 || wind < 0 || temperature < -90 || temperature > 60) {
            throw new IllegalArgumentException(at + ": implausible weather (temperature " + temperature
                    + " °C, precipitation " + precipitation + " mm, humidity " + humidity + " %, wind " + wind
                    + " km/h)");
        }
        return new WeatherHour(hour, temperature, precipitation, humidity, wind);
    }

    /** Several files as one: where they overlap, the later file in the list wins (a newer forecast). */
    public static List<WeatherHour> merge(List<List<WeatherHour>> files) {
        Map<Instant, WeatherHour> hours = new TreeMap<>();
        files.forEach(file -> file.forEach(hour -> hours.put(hour.hour(), hour)));
        List<WeatherHour> merged = new ArrayList<>(hours.values());
        merged.sort(Comparator.comparing(WeatherHour::hour));
        return List.copyOf(merged);
    }
}
