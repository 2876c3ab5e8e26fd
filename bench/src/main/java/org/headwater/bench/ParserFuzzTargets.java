package org.headwater.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.ingest.network.AssetRegisterMapping;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.ingest.reads.DaiadReader;
import org.headwater.ingest.reads.HeadwaterCsvReader;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.reads.ReadPayloadParser;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.testkit.fuzz.ClearErrors;
import org.headwater.testkit.fuzz.FuzzTarget;
import org.headwater.testkit.fuzz.Sample;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every parser of outside input, each fed through the entry point production uses, with the real
 * samples its mutants derive from and the exception it documents for bad input. Parsers with a
 * quarantine must never throw for a bad record; each quarantined record must carry its reason.
 */
final class ParserFuzzTargets {

    private static final String DAIAD = "data/ami-daiad-alicante/swm_trialA_clean_2016-03_2017-02.csv.gz";
    private static final String KITCHENER = "data/water-main-breaks-kitchener/water_mains_inventory_snapshot2023";

    private final FuzzCorpus corpus;
    private final Path directory;

    /** Inputs read from disk in production are written to {@code directory} and read from there. */
    ParserFuzzTargets(FuzzCorpus corpus) {
        this.corpus = corpus;
        this.directory = temporaryDirectory();
    }

    List<FuzzTarget> all() {
        return List.of(
                epanet(),
                assetRegister(),
                assetMapping(),
                breakHistory(),
                geoJson(),
                readsCsv(),
                daiad(),
                readPayload(),
                thresholdBody(),
                thresholdScope());
    }

    FuzzTarget epanet() {
        List<Sample> samples = Arrays.stream(
                        new String[] {"Net1", "Net2", "Net3", "Anytown", "Hanoi_HAN", "BWSN_Network_1"})
                .map(n -> corpus.whole("data/epanet-networks/" + n + ".inp.gz"))
                .toList();
        Path file = inDirectory("fuzz.inp");
        return new FuzzTarget(
                "epanet-inp",
                samples,
                input -> imported(file, input),
                ClearErrors.ofType(NetworkImportException.class));
    }

    /** Imported as {@code ./headwater import} does: the register with the Kitchener mapping beside it. */
    FuzzTarget assetRegister() {
        Path file = inDirectory("fuzz.csv");
        copy(KITCHENER + ".mapping.properties", inDirectory("fuzz.mapping.properties"));
        return new FuzzTarget(
                "asset-register-csv",
                List.of(corpus.head(KITCHENER + ".csv.gz", 120)),
                input -> imported(file, input),
                ClearErrors.ofType(NetworkImportException.class));
    }

    /** The column mapping is a file the administrator writes: read through the same loader, from disk. */
    FuzzTarget assetMapping() {
        Path file = inDirectory("mapping-only.mapping.properties");
        return new FuzzTarget(
                "asset-mapping",
                List.of(
                        corpus.whole(KITCHENER + ".mapping.properties"),
                        corpus.whole("app/src/test/resources/risk/kitchener-sample.mapping.properties")),
                input -> {
                    Files.write(file, input);
                    AssetRegisterMapping.load(file);
                    return 0;
                },
                ClearErrors.ofType(IllegalArgumentException.class));
    }

    /** A break or work-order history, read from disk as the risk import reads it, with coordinates. */
    FuzzTarget breakHistory() {
        Path file = inDirectory("breaks.csv");
        return new FuzzTarget(
                "break-history-csv",
                List.of(
                        corpus.head("data/water-main-breaks-kitchener/water_main_breaks_1985-2019.csv.gz", 150),
                        corpus.whole("app/src/test/resources/risk/kitchener-sample-breaks.csv"),
                        corpus.documented("docs/break-risk.md", "incident_id,date,asset_id,x,y,crs")),
                input -> {
                    Files.write(file, input);
                    BreakHistory.readLocated(file, new ArrayList<>());
                    return 0;
                },
                ClearErrors.ofType(IllegalArgumentException.class));
    }

    FuzzTarget geoJson() {
        Path file = inDirectory("fuzz.geojson");
        return new FuzzTarget(
                "geojson",
                List.of(corpus.whole("ingest/src/test/resources/network/small-network.geojson")),
                input -> imported(file, input),
                ClearErrors.ofType(NetworkImportException.class));
    }

    FuzzTarget readsCsv() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-02T00:00:00Z"), ZoneOffset.UTC);
        HeadwaterCsvReader reader = new HeadwaterCsvReader(ReadIntake.withDefaults(directory(), clock), clock);
        return new FuzzTarget(
                "reads-csv",
                List.of(
                        corpus.documented("docs/ingest-formats.md", "source_id,time,kind"),
                        corpus.daiadAsHeadwaterCsv(200)),
                input -> quarantined(sink -> reader.read(new ByteArrayInputStream(input), "csv:fuzz.csv", sink)),
                ClearErrors.ofType(IllegalArgumentException.class));
    }

    FuzzTarget daiad() {
        Clock clock = Clock.fixed(Instant.parse("2017-03-01T00:00:00Z"), ZoneOffset.UTC);
        DaiadReader reader = new DaiadReader(ReadIntake.withDefaults(directory(), clock), clock);
        return new FuzzTarget(
                "daiad",
                List.of(corpus.head(DAIAD, 300)),
                input -> quarantined(sink -> reader.read(new ByteArrayInputStream(input), "daiad:fuzz.csv", sink)),
                ClearErrors.ofType(IllegalArgumentException.class));
    }

    /** The parser behind {@code POST /api/v1/reads} and the MQTT subscriber: it must never throw. */
    FuzzTarget readPayload() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-02T00:00:00Z"), ZoneOffset.UTC);
        ReadPayloadParser parser = new ReadPayloadParser(
                ReadIntake.withDefaults(directory(), clock), ReadPayloadParser.DEFAULT_MAX_PAYLOAD_BYTES);
        return new FuzzTarget(
                "read-payload-json",
                List.of(corpus.documented("docs/ingest-formats.md", "{\n  \"reads\""), corpus.daiadAsJsonPayload(60)),
                input -> checked(parser.parse(
                        input, "mqtt:headwater/v1/fuzz/meters/MTR-100001/reads", "MTR-100001", clock.instant())),
                ClearErrors.none());
    }

    /**
     * {@code PUT /api/v1/thresholds}: the body read as Spring reads it (a JSON object of strings; a
     * JSON error is answered 400 with its location), then {@link ThresholdValues#parse}.
     */
    FuzzTarget thresholdBody() {
        JsonMapper json = JsonMapper.builder().build();
        TypeReference<Map<String, String>> fields = new TypeReference<>() {};
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ThresholdKey key : ThresholdKey.values()) {
            defaults.put(key.fieldName(), Double.toString(key.defaultValue()));
        }
        String all = defaults.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        return new FuzzTarget(
                "threshold-json",
                List.of(
                        new Sample("ThresholdKey defaults (GET /api/v1/thresholds systemWide)", utf8(all)),
                        new Sample("app ApiTest body", utf8("{\"backflow_volume_litres\": \"-3\"}"))),
                input -> {
                    Map<String, String> body = json.readValue(input, fields);
                    if (body == null) {
                        // Spring answers a JSON null for a required @RequestBody with 400 before the controller
                        throw new IllegalArgumentException("Required request body is missing (the body is JSON null)");
                    }
                    ThresholdValues.parse(body);
                    return 0;
                },
                ClearErrors.ofType(JacksonException.class, IllegalArgumentException.class));
    }

    FuzzTarget thresholdScope() {
        return new FuzzTarget(
                "threshold-scope",
                List.of(
                        new Sample("scope system", utf8("system")),
                        new Sample("scope class", utf8("class:SOLID_STATE/0.625")),
                        new Sample("scope meter", utf8("meter:M-17"))),
                input -> {
                    ThresholdScope.parse(new String(input, StandardCharsets.UTF_8));
                    return 0;
                },
                ClearErrors.ofType(IllegalArgumentException.class));
    }

    private static InMemoryMeterDirectory directory() {
        return new InMemoryMeterDirectory()
                .putMeter("MTR-100001", MeterSpec.residentialDefault())
                .putMeter("1f8730a9-5d67-4895-9215-6e247087ea00", MeterSpec.residentialDefault())
                .putSensor("PT-17")
                .putSensor("CL-3");
    }

    private interface Read {
        void into(TelemetrySink sink) throws IOException;
    }

    /** Runs a reader into a sink that checks every batch; returns the records quarantined. */
    private static int quarantined(Read read) throws IOException {
        AtomicInteger count = new AtomicInteger();
        read.into(batch -> count.addAndGet(checked(batch)));
        return count.get();
    }

    /** Every quarantined record must say why; returns how many there are. */
    private static int checked(IngestBatch batch) {
        for (RejectedRecord r : batch.rejected()) {
            if (r.detail().isBlank()) {
                throw new AssertionError("quarantined at " + r.position() + " without a reason: " + r.raw());
            }
        }
        return batch.rejected().size();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Through {@link NetworkImport#read}, the entry point of {@code ./headwater import}: BOM, gzip and format choice. */
    private static int imported(Path file, byte[] input) throws IOException {
        Files.write(file, input);
        NetworkImport.read(file);
        return 0;
    }

    /** A file in the inputs' directory, removed when the JVM exits (the directory after its files). */
    private Path inDirectory(String name) {
        Path file = directory.resolve(name);
        file.toFile().deleteOnExit();
        return file;
    }

    private void copy(String relative, Path to) {
        try {
            Files.copy(corpus.file(relative), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + relative, e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            // In memory where the machine has it: 100,000 writes to a disk-backed /tmp take minutes.
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "headwater-fuzz")
                    : Files.createTempDirectory("headwater-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for fuzz inputs", e);
        }
    }
}
