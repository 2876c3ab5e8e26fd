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
 * time) for replay. Reads whose register goes down are dropped so every series is non-decreasing:
 * the replay adds its own reverse flow only where an event is injected.
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
            long[] seconds = new long[rows.size()];
            double[] litres = new double[rows.size()];
            int n = 0;
            for (double[] row : rows) {
                boolean later = n == 0 || (long) row[0] > seconds[n - 1];
                if (later && (n == 0 || row[1] >= litres[n - 1])) {
                    seconds[n] = (long) row[0];
                    litres[n] = row[1];
                    n++;
                }
            }
            // Homes with under a week of data make a poor replay source.
            if (n >= 168) {
                series.add(new HouseholdSeries(
                        key, java.util.Arrays.copyOf(seconds, n), java.util.Arrays.copyOf(litres, n)));
            }
        });
        return series;
    }
}
