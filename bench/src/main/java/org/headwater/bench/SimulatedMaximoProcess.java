package org.headwater.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server jar's simulated Maximo ({@code org.headwater.app.cmms.SimulatedMaximo}) run as its own process, so the
 * Maximo-shaped HTTP server does not share the Headwater server's JVM. It runs from the jar's extracted form (plain
 * class files, as the launcher runs the server); when stopped it prints its record and duplicate counts.
 */
final class SimulatedMaximoProcess implements AutoCloseable {

    private static final String MAIN = "org.headwater.app.cmms.SimulatedMaximo";
    private static final String LISTENING = "simulated Maximo at ";
    private static final String COUNTS = "simulated Maximo records=";

    private final Process process;
    private final Path output;
    private final URI collection;

    private SimulatedMaximoProcess(Process process, Path output, URI collection) {
        this.process = process;
        this.output = output;
        this.collection = collection;
    }

    /** Starts it from the server jar's extracted form ({@link ServerProcess#extracted}). */
    static SimulatedMaximoProcess start(Path extractedJar, Path work, String apiKey)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path output = work.resolve("simulated-maximo.out");
        Process process = new ProcessBuilder(
                        java, "-cp", extractedJar.toString(), MAIN, "--port", "0", "--api-key", apiKey)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the simulated Maximo stopped while starting:\n" + Files.readString(output));
            }
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith(LISTENING)) {
                    return new SimulatedMaximoProcess(process, output, URI.create(line.substring(LISTENING.length())));
                }
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the simulated Maximo did not start within 60 s:\n" + Files.readString(output));
    }

    /** The MXAPIWODETAIL collection URL for the connector. */
    URI collection() {
        return collection;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Stops it (SIGTERM) and returns its closing line, {@code simulated Maximo records=<n> duplicates=<n>
     * requests=<n>}.
     */
    String stopAndCount() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(output);
        return lines.stream()
                .filter(l -> l.startsWith(COUNTS))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the simulated Maximo printed no counts:\n" + lines));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
