package org.headwater.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Headwater server jar run as a child process, as an operator would run it: {@code import network}
 * then {@code serve --config}. Its output goes to a file in the work directory; the last lines are shown
 * when it fails to start.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (?:\\(s\\): )?(\\d+)");

    private final Process process;
    private final String baseUrl;
    private final Path output;

    private ServerProcess(Process process, String baseUrl, Path output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    static ServerProcess start(Path appJar, Path work, String yaml, Path network, PrintStream out)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalArgumentException(
                    "no server jar at " + appJar + "; build it with ./mvnw -DskipTests package, or pass --app-jar");
        }
        Path config = work.resolve("headwater.yml");
        Files.writeString(config, yaml);
        String java = ProcessHandle.current().info().command().orElse("java");
        Path runnable = ExtractedServerJar.of(appJar, work);
        out.println("importing the bench network into the server's database...");
        Path importLog = work.resolve("import.log");
        Process importing = new ProcessBuilder(
                        java,
                        "-jar",
                        runnable.toString(),
                        "import",
                        "network",
                        network.toString(),
                        "--config",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(importLog.toFile())
                .start();
        if (!importing.waitFor(5, TimeUnit.MINUTES) || importing.exitValue() != 0) {
            importing.destroyForcibly();
            throw new IllegalStateException("importing the bench network failed:\n" + tail(importLog));
        }
        return serve(appJar, work, out);
    }

    /**
     * Starts {@code serve} again on the configuration and database {@link #start} left in {@code work}, as an
     * operator restarts a server; each start writes its own output file.
     */
    static ServerProcess serve(Path appJar, Path work, PrintStream out) throws IOException, InterruptedException {
        Path config = work.resolve("headwater.yml");
        String java = ProcessHandle.current().info().command().orElse("java");
        out.println("starting the server (" + appJar + ", run extracted)...");
        Path serverLog = work.resolve("server-" + System.currentTimeMillis() + ".out");
        Path runnable = ExtractedServerJar.of(appJar, work);
        Process server = new ProcessBuilder(java, "-jar", runnable.toString(), "serve", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(serverLog.toFile())
                .start();
        // A bench stopped with Ctrl-C or a kill leaves no server behind.
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        // a start on 2 shared cores under load has been seen to take more than 3 minutes
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped while starting:\n" + tail(serverLog));
            }
            Matcher port = PORT.matcher(Files.readString(serverLog));
            if (port.find() && healthy("http://127.0.0.1:" + port.group(1))) {
                return new ServerProcess(server, "http://127.0.0.1:" + port.group(1), serverLog);
            }
            Thread.sleep(500);
        }
        server.destroyForcibly();
        throw new IllegalStateException("the server did not start within 10 minutes:\n" + tail(serverLog));
    }

    /**
     * The server jar in its extracted form (Spring Boot's layout: the jar plus {@code lib/}) under {@code work}, as
     * the launcher runs it: classes load from plain files, which starts much faster on a loaded machine.
     */
    static Path extracted(Path appJar, Path work, PrintStream out) throws IOException, InterruptedException {
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalArgumentException(
                    "no server jar at " + appJar + "; build it with ./mvnw -DskipTests package, or pass --app-jar");
        }
        out.println("extracting " + appJar + "...");
        return ExtractedServerJar.of(appJar, work);
    }

    /** The server jar beside this bench jar in the same checkout, unless {@code --app-jar} names one. */
    static Path appJar(BenchArgs options) throws java.net.URISyntaxException {
        if (options.has("--app-jar")) {
            return Path.of(options.text("--app-jar", ""));
        }
        // bench/target/headwater-bench.jar -> app/target/headwater.jar in the same checkout
        Path benchJar = Path.of(ServerProcess.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return benchJar.getParent().getParent().getParent().resolve("app/target/headwater.jar");
    }

    /** The server's operating-system process id, for heap, RSS and file-descriptor samples. */
    long pid() {
        return process.pid();
    }

    /** SIGKILL: the server gets no chance to finish a batch, flush or disconnect. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The last lines the server printed, for a report of what went wrong. */
    String lastOutput() throws IOException {
        return tail(output);
    }

    private static boolean healthy(String baseUrl) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the server shuts down gracefully
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
