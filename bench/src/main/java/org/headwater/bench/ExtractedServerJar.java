package org.headwater.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The server jar in its extracted form (Spring Boot's {@code jarmode=tools extract}: the jar plus
 * {@code lib/}), as the launcher runs it: classes load from plain files, and a start that loads classes
 * from many virtual threads cannot wait on the nested-jar loader (seen once as a 3-minute hang).
 */
final class ExtractedServerJar {

    private ExtractedServerJar() {}

    /** Extracts {@code appJar} into {@code work/extracted} unless that was done already; @return the jar to run */
    static Path of(Path appJar, Path work) throws IOException, InterruptedException {
        if (Files.isDirectory(appJar.resolveSibling("lib"))) {
            return appJar; // already the extracted form: the thin jar beside its lib/
        }
        Path destination = work.resolve("extracted");
        Path extracted = destination.resolve(appJar.getFileName());
        if (Files.isRegularFile(extracted)) {
            return extracted;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = work.resolve("extract.log");
        Process extracting = new ProcessBuilder(
                        java,
                        "-Djarmode=tools",
                        "-jar",
                        appJar.toString(),
                        "extract",
                        "--destination",
                        destination.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!extracting.waitFor(3, TimeUnit.MINUTES)
                || extracting.exitValue() != 0
                || !Files.isRegularFile(extracted)) {
            extracting.destroyForcibly();
            throw new IllegalStateException("could not extract " + appJar + ":\n" + Files.readString(log));
        }
        return extracted;
    }
}
