package org.headwater.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loads the DAIAD household series ({@code user.key;datetime;meter.reading;diff}, local Alicante
 * time) for replay, as hourly use on a regular grid (see {@link #onHourlyGrid}): every series is
 * non-decreasing, and the replay adds reverse flow only where an event is injected.
 */
final class HouseholdSeriesLoader {

    private static final DateTimeFormatter DAIAD_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final ZoneId ALICANTE = ZoneId.of("Europe/Madrid");

    private HouseholdSeriesLoader() {}

    /** @param gzipped the shipped {@code .csv.gz} file */
    static List<HouseholdSeries> load(InputStream gzipped) throws IOException {
        Map<String, List<double[]>> byHome = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8), 1 << 16)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("user.key;datetime;meter.reading")) {
                throw new IOException("not a DAIAD reads file: header is " + header);
            }
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String[] fields = line.split(";");
                if (fields.length < 3) {
                    throw new IOException("DAIAD line " + lineNumber + " has " + fields.length + " fields: " + line);
                }
                long second = LocalDateTime.parse(fields[1], DAIAD_TIME)
                        .atZone(ALICANTE)
                        .toEpochSecond();
                byHome.computeIfAbsent(fields[0], k -> new ArrayList<>())
                        .add(new double[] {second, Double.parseDouble(fields[2])});
            }
        }
        List<HouseholdSeries> series = new ArrayList<>();
        byHome.forEach((key, rows) -> {
            rows.sort((a, b) -> Double.compare(a[0], b[0]));
            HouseholdSeries hourly = onHourlyGrid(key, rows);
            // Homes with under a week of data make a poor replay source.
            if (hourly != null) {
                series.add(hourly);
            }
        });
        return series;
    }

    /**
     * The household's use on a regular hourly grid. An hour's use is the register difference between
     * reads in consecutive hours; an hour without such a pair (a gap in the trial data) takes the use
     * of the same hour a week earlier or later, so a gap never turns into days of small steady flow
     * that would look like a leak. Decreases count as no use.
     */
    static HouseholdSeries onHourlyGrid(String key, List<double[]> sortedRows) {
        Map<Long, Double> registerBySlot = new java.util.HashMap<>();
        for (double[] row : sortedRows) {
            registerBySlot.putIfAbsent(Math.floorDiv((long) row[0], 3600L), row[1]);
        }
        if (registerBySlot.size() < 168) {
            return null;
        }
        long first = registerBySlot.keySet().stream()
                .mapToLong(Long::longValue)
                .min()
                .orElseThrow();
        long last = registerBySlot.keySet().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElseThrow();
        int hours = (int) (last - first);
        double[] use = new double[hours + 1];
        boolean[] known = new boolean[hours + 1];
        for (int h = 1; h <= hours; h++) {
            Double now = registerBySlot.get(first + h);
            Double before = registerBySlot.get(first + h - 1);
            if (now != null && before != null) {
                use[h] = Math.max(0, now - before);
                known[h] = true;
            }
        }
        for (int h = 1; h <= hours; h++) {
            if (!known[h]) {
                use[h] = sameHourOtherWeek(use, known, h);
            }
        }
        long[] seconds = new long[hours + 1];
        double[] cumulative = new double[hours + 1];
        for (int h = 0; h <= hours; h++) {
            seconds[h] = (first + h) * 3600L;
            cumulative[h] = h == 0 ? 0 : cumulative[h - 1] + use[h];
        }
        HouseholdSeries series = new HouseholdSeries(key, seconds, cumulative);
        // The replay loops over whole weeks from a Monday; a home without one is no replay source.
        return series.replaySpanSeconds() >= HouseholdSeries.WEEK_SECONDS ? series : null;
    }

    private static double sameHourOtherWeek(double[] use, boolean[] known, int hour) {
        for (int weeks = 1; weeks <= 8; weeks++) {
            for (int candidate : new int[] {hour - 168 * weeks, hour + 168 * weeks}) {
                if (candidate > 0 && candidate < use.length && known[candidate]) {
                    return use[candidate];
                }
            }
        }
        return 0;
    }
}
