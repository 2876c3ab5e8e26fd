package org.headwater.hydraulics.battledim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One BattLeDIM leak: pipe, start and end (repair), hole diameter, abrupt or incipient (growing linearly from
 * nothing at the start to the full hole at the peak time), times in the competition's clock (UTC-like, no DST).
 */
public record BattleDimLeak(
        String pipe, LocalDateTime start, LocalDateTime end, double diameterM, boolean incipient, LocalDateTime peak) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Reads {@code leakages_2018_repaired.csv}: link_id,start_time,end_time,leak_diameter_m,leak_type,peak_time. */
    public static List<BattleDimLeak> read(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            List<BattleDimLeak> leaks = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(",");
                if (f.length < 6) {
                    throw new IllegalArgumentException(csv + " line " + (i + 1) + ": expected 6 fields, got " + line);
                }
                leaks.add(new BattleDimLeak(
                        f[0].strip(),
                        LocalDateTime.parse(f[1].strip(), TIME),
                        LocalDateTime.parse(f[2].strip(), TIME),
                        Double.parseDouble(f[3].strip()),
                        f[4].strip().equalsIgnoreCase("incipient"),
                        LocalDateTime.parse(f[5].strip(), TIME)));
            }
            return leaks;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /** The hole's area at {@code t}, m²: 0 outside [start, end), growing to full by the peak when incipient. */
    public double areaM2(LocalDateTime t) {
        if (t.isBefore(start) || !t.isBefore(end)) {
            return 0;
        }
        double full = Math.PI * diameterM * diameterM / 4;
        if (!incipient || !t.isBefore(peak)) {
            return full;
        }
        double total = java.time.Duration.between(start, peak).toSeconds();
        double elapsed = java.time.Duration.between(start, t).toSeconds();
        return total <= 0 ? full : full * elapsed / total;
    }
}
