package org.headwater.analytics.demand;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes forecasts in the BWDF layout, one file per week ({@code forecast-YYYY-MM-DD.csv}): local
 * time label, then one column per DMA in L/s, so the files read back with {@link BwdfCsv}.
 */
public final class ForecastCsv {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private ForecastCsv() {}

    public static void writePerWeek(Path directory, List<DmaWeekForecast> results) {
        Map<ForecastWeek, Map<String, double[]>> byWeek = new LinkedHashMap<>();
        for (DmaWeekForecast result : results) {
            byWeek.computeIfAbsent(result.week(), w -> new LinkedHashMap<>()).put(result.dma(), result.forecast());
        }
        try {
            Files.createDirectories(directory);
            for (var week : byWeek.entrySet()) {
                write(directory.resolve("forecast-" + week.getKey() + ".csv"), week.getKey(), week.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write forecasts to " + directory, e);
        }
    }

    private static void write(Path file, ForecastWeek week, Map<String, double[]> forecasts) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Date-time CET-CEST (DD/MM/YYYY HH:mm)");
            for (String dma : forecasts.keySet()) {
                out.write("," + dma + " (L/s)");
            }
            out.newLine();
            for (int h = 0; h < ForecastWeek.HOURS; h++) {
                out.write(LOCAL_TIME.format(week.calendar().local(week.hour(h))));
                for (double[] forecast : forecasts.values()) {
                    out.write(String.format(Locale.ROOT, ",%.4f", forecast[h]));
                }
                out.newLine();
            }
        }
    }
}
