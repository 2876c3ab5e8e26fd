package org.headwater.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.headwater.detect.quality.LabelledSeries;
import org.headwater.detect.quality.WaterQualityCsv;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Unit;

/**
 * The demo's online water-quality station: the real GECCO slice (4 days of 1-minute values from a
 * German utility's monitoring station) without the rows its experts labelled as events, replayed
 * forwards then backwards: minute {@code m} since the epoch shows normal row {@code m mod 2n} counted
 * from the start, or from the end in the second half — a pure function of time that a restart replays
 * identically. The labelled rows are left out because they are the GECCO organisers' own events (pH
 * raised by 0.2): replayed, each is a true detection that the demo did not inject. Playing the slice
 * backwards instead of jumping from its last row to its first keeps every step a real minute-to-minute
 * change (the slice ends at pH 8.33 and starts at 8.49, a jump the detector rightly calls an event). An
 * injected chlorine drop lowers chlorine by its magnitude in mg/L.
 */
final class SimulatedWaterQualityStation {

    static final Duration STEP = Duration.ofMinutes(1);

    /** Slice column, measurand and sensor id prefix of each replayed channel (redox and the flows are not replayed). */
    record Replayed(String column, Measurand measurand, Unit unit, String prefix) {}

    static final List<Replayed> CHANNELS = List.of(
            new Replayed("Cl", Measurand.CHLORINE, Unit.MILLIGRAM_PER_LITRE, DemoUtilityNetwork.CHLORINE_SENSOR_PREFIX),
            new Replayed("pH", Measurand.PH, Unit.PH, "PH-"),
            new Replayed("Leit", Measurand.CONDUCTIVITY, Unit.MICROSIEMENS_PER_CM, "EC-"),
            new Replayed("Trueb", Measurand.TURBIDITY, Unit.NTU, "TU-"),
            new Replayed("Tp", Measurand.TEMPERATURE, Unit.CELSIUS, "TE-"));

    private final String node;
    private final LabelledSeries slice;
    private final int[] columns;
    private final int[] normalRows;
    private final List<InjectedEvent> chlorineDrops;

    SimulatedWaterQualityStation(String node, LabelledSeries slice, List<InjectedEvent> chlorineDrops) {
        this.node = node;
        this.slice = slice;
        this.columns =
                CHANNELS.stream().mapToInt(c -> columnOf(slice, c.column())).toArray();
        this.chlorineDrops = List.copyOf(chlorineDrops);
        this.normalRows = normalRows(slice);
    }

    // Rows not labelled as events; an unlabelled slice is all normal.
    private static int[] normalRows(LabelledSeries slice) {
        boolean[] labels = slice.labels();
        int[] rows = IntStream.range(0, slice.size())
                .filter(i -> labels == null || !labels[i])
                .toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException(slice.source() + " has no rows outside labelled events to replay");
        }
        return rows;
    }

    /** The slice row shown at {@code minute} since the epoch: forwards through the normal rows, then backwards. */
    int rowAt(long minute) {
        int n = normalRows.length;
        int position = (int) Math.floorMod(minute, 2L * n);
        return normalRows[position < n ? position : 2 * n - 1 - position];
    }

    static LabelledSeries loadSlice(InputStream gzipped) throws IOException {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            return WaterQualityCsv.read(in, DemoUtility.WATER_QUALITY_RESOURCE, WaterQualityCsv.GECCO);
        }
    }

    static String sensorId(Replayed channel, String node) {
        return channel.prefix() + node;
    }

    String node() {
        return node;
    }

    /** The value of {@code channel} at minute {@code time}, NaN where the slice has none. */
    double value(int channel, Instant time) {
        long minute = Math.floorDiv(time.getEpochSecond(), 60);
        double value = slice.samples().get(rowAt(minute)).values()[columns[channel]];
        if (CHANNELS.get(channel).measurand() == Measurand.CHLORINE) {
            for (InjectedEvent drop : chlorineDrops) {
                if (drop.covers(time)) {
                    value = Math.max(0, value - drop.magnitude());
                }
            }
        }
        return value;
    }

    private static int columnOf(LabelledSeries slice, String column) {
        for (int i = 0; i < slice.channels().size(); i++) {
            if (slice.channels().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("water-quality slice has no column '" + column + "'");
    }
}
