package org.headwater.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.ingest.reads.DaiadReader;
import org.headwater.testkit.fuzz.Sample;

/**
 * The real inputs fuzz mutants derive from: files of the repository's {@code data/} folder, test
 * resources and documented examples, cut to excerpts where a file is large so each input stays small.
 */
final class FuzzCorpus {

    private final Path root;

    FuzzCorpus(Path root) {
        this.root = root;
    }

    /** The repository root: the nearest directory at or above the working directory that holds {@code data/}. */
    static FuzzCorpus fromWorkingDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("data/epanet-networks")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return new FuzzCorpus(d);
            }
        }
        throw new IllegalArgumentException("run from inside the Headwater repository: no data/ folder above " + dir);
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /** The whole file (decompressed if it ends in .gz). */
    Sample whole(String relative) {
        return new Sample(relative, bytes(relative, Integer.MAX_VALUE));
    }

    /** The first {@code lines} lines of the file (decompressed if it ends in .gz). */
    Sample head(String relative, int lines) {
        return new Sample(relative + " (first " + lines + " lines)", bytes(relative, lines));
    }

    /** A fenced block of a Markdown document: the first that starts with {@code firstLine}. */
    Sample documented(String markdown, String firstLine) {
        String text = new String(bytes(markdown, Integer.MAX_VALUE), StandardCharsets.UTF_8);
        int start = text.indexOf(firstLine);
        int fence = text.indexOf("```", start);
        if (start < 0 || fence < 0) {
            throw new IllegalStateException(markdown + " no longer holds the example starting " + firstLine);
        }
        return new Sample(markdown + " (example)", text.substring(start, fence).getBytes(StandardCharsets.UTF_8));
    }

    /** DAIAD lines rewritten as Headwater CSV register reads: real meter keys, times and values. */
    Sample daiadAsHeadwaterCsv(int lines) {
        DateTimeFormatter daiad = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
        StringBuilder csv = new StringBuilder("source_id,time,kind,value,unit,code,serial\n");
        for (String line : daiadLines(lines)) {
            String[] f = line.split(";");
            String time = LocalDateTime.parse(f[1], daiad)
                    .atZone(DaiadReader.ALICANTE)
                    .toOffsetDateTime()
                    .toString();
            csv.append(f[0])
                    .append(',')
                    .append(time)
                    .append(",register,")
                    .append(f[2])
                    .append(",L,,\n");
        }
        return new Sample("data/ami-daiad-alicante (first " + lines + " lines as Headwater CSV)", utf8(csv));
    }

    /** DAIAD lines as one JSON read payload, as a head-end would push them. */
    Sample daiadAsJsonPayload(int lines) {
        DateTimeFormatter daiad = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
        StringBuilder json = new StringBuilder("{\"reads\": [\n");
        List<String> data = daiadLines(lines);
        for (int i = 0; i < data.size(); i++) {
            String[] f = data.get(i).split(";");
            String time = LocalDateTime.parse(f[1], daiad)
                    .atZone(DaiadReader.ALICANTE)
                    .toOffsetDateTime()
                    .toString();
            json.append("  {\"source\": \"")
                    .append(f[0])
                    .append("\", \"time\": \"")
                    .append(time)
                    .append("\", \"kind\": \"register\", \"value\": ")
                    .append(f[2])
                    .append(", \"unit\": \"L\"}")
                    .append(i + 1 < data.size() ? ",\n" : "\n");
        }
        json.append("],\n \"alarms\": [{\"time\": \"2016-03-01T02:00:00Z\", \"code\": \"LEAK\"}]}\n");
        return new Sample("data/ami-daiad-alicante (first " + lines + " lines as a JSON payload)", utf8(json));
    }

    private List<String> daiadLines(int lines) {
        String text = new String(
                bytes("data/ami-daiad-alicante/swm_trialA_clean_2016-03_2017-02.csv.gz", lines + 1),
                StandardCharsets.UTF_8);
        List<String> data = new ArrayList<>(List.of(text.split("\n")));
        data.remove(0);
        return data;
    }

    private byte[] bytes(String relative, int maxLines) {
        Path file = root.resolve(relative);
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = relative.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            if (maxLines == Integer.MAX_VALUE) {
                return in.readAllBytes();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            String line;
            for (int i = 0; i < maxLines && (line = reader.readLine()) != null; i++) {
                text.append(line).append('\n');
            }
            return utf8(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fuzz sample " + file, e);
        }
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
