package org.headwater.bench;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The MQTT broker an ingestion benchmark publishes to. By default the machine's {@code mosquitto}
 * when one is installed, started as a child process on a free port with a configuration for load
 * (200 QoS 1 messages in flight per session, not mosquitto's 20, so a subscriber that acknowledges
 * after storing is not throttled to a few messages per round trip, yet not so many that the MQTT
 * client's queue of unacknowledged messages becomes the cost of every message; no limit on queued
 * messages, so nobody is dropped), and
 * otherwise Moquette in this JVM (works with only a JDK; at most 10 messages in flight per session
 * and no shared subscriptions). {@code --broker moquette} or {@code --broker mosquitto} chooses;
 * {@code --broker tcp://host:port} uses an external broker as it is configured.
 */
final class BenchBroker implements AutoCloseable {

    /** Directories searched after PATH: Debian installs the broker under sbin. */
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin");

    /** Measured on 2026-12-05: 200 keeps ingest-mqtt's rate and cuts alert-latency's p99 (docs/benchmarks.md). */
    static final int IN_FLIGHT_PER_SESSION = 200;

    private static final String MOSQUITTO_CONFIG = """
            listener %d 127.0.0.1
            allow_anonymous true
            %s
            max_inflight_messages %d
            max_queued_messages 0
            max_queued_bytes 0
            set_tcp_nodelay true
            log_dest stderr
            log_type error
            log_type warning
            """;

    private final String host;
    private final int port;
    private final boolean sharedSubscriptions;
    private @Nullable Server moquette;
    private @Nullable Process mosquitto;
    // How to start the same broker again on the same port (null for an external broker).
    private @Nullable Restart restart;

    /** Starts the broker's process or embedded server again, on the same port, with the same settings. */
    @FunctionalInterface
    private interface Restart {
        void start(BenchBroker broker) throws IOException, InterruptedException;
    }

    private BenchBroker(
            String host,
            int port,
            boolean sharedSubscriptions,
            @Nullable Server moquette,
            @Nullable Process mosquitto) {
        this.host = host;
        this.port = port;
        this.sharedSubscriptions = sharedSubscriptions;
        this.moquette = moquette;
        this.mosquitto = mosquitto;
    }

    /**
     * A broker that keeps sessions and their queued QoS 1 messages on disk in {@code dataDirectory}, so it
     * can be {@link #stop stopped} and {@link #restart restarted} on the same port without losing them:
     * mosquitto when installed ({@code --broker mosquitto}), else Moquette ({@code --broker moquette}).
     */
    static BenchBroker openPersistent(BenchArgs options, Path dataDirectory, PrintStream out)
            throws IOException, InterruptedException {
        String choice = options.text("--broker", "");
        Optional<Path> installed = mosquittoBinary();
        Files.createDirectories(dataDirectory);
        boolean useMosquitto = switch (choice) {
            case "" -> installed.isPresent();
            case "mosquitto" -> {
                if (installed.isEmpty()) {
                    throw new IllegalArgumentException("--broker mosquitto: no mosquitto binary on PATH or in " + SBIN);
                }
                yield true;
            }
            case "moquette" -> false;
            default ->
                throw new IllegalArgumentException(
                        "--broker must be mosquitto or moquette here (the bench stops and restarts it): " + choice);
        };
        int port = freePort();
        BenchBroker broker = new BenchBroker("127.0.0.1", port, useMosquitto, null, null);
        if (useMosquitto) {
            Path config = dataDirectory.resolve("mosquitto.conf");
            // Run as root, mosquitto would drop to its own user, which cannot write into this user's directory.
            String persistence = "persistence true\npersistence_location " + dataDirectory
                    + "/\nautosave_interval 1\nuser " + System.getProperty("user.name");
            Files.writeString(config, MOSQUITTO_CONFIG.formatted(port, persistence, IN_FLIGHT_PER_SESSION));
            Path binary = installed.orElseThrow();
            broker.restart = b -> b.mosquitto = launchMosquitto(binary, config, port);
            out.println("mosquitto (" + binary + ") on 127.0.0.1:" + port + ", sessions persisted in " + dataDirectory);
        } else {
            Properties p = moquetteProperties(port, dataDirectory);
            p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
            broker.restart = b -> {
                Server server = new Server();
                server.startServer(new MemoryConfig(p));
                b.moquette = server;
            };
            out.println("embedded Moquette on 127.0.0.1:" + port + ", sessions persisted in " + dataDirectory);
        }
        broker.restart();
        return broker;
    }

    /** Stops the broker as an operator would (mosquitto gets SIGTERM and saves its sessions first). */
    void stop() {
        close();
        moquette = null;
        mosquitto = null;
    }

    /** Starts the broker stopped by {@link #stop} again, on the same port, with the sessions it saved. */
    void restart() throws IOException, InterruptedException {
        if (restart == null) {
            throw new IllegalStateException("only a broker opened with openPersistent can be restarted");
        }
        restart.start(this);
    }

    static BenchBroker open(BenchArgs options, PrintStream out) throws IOException, InterruptedException {
        String choice = options.text("--broker", "");
        if (choice.startsWith("tcp:")) {
            URI uri = URI.create(choice);
            if (uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("--broker must look like tcp://host:port: " + uri);
            }
            out.println("external MQTT broker at " + uri + " (its own configuration)");
            return new BenchBroker(uri.getHost(), uri.getPort(), true, null, null);
        }
        Optional<Path> installed = mosquittoBinary();
        return switch (choice) {
            case "" -> installed.isPresent() ? startMosquitto(installed.get(), out) : startMoquette(out);
            case "moquette" -> startMoquette(out);
            case "mosquitto" ->
                startMosquitto(
                        installed.orElseThrow(() -> new IllegalArgumentException(
                                "--broker mosquitto: no mosquitto binary on PATH or in " + SBIN)),
                        out);
            default ->
                throw new IllegalArgumentException(
                        "--broker must be mosquitto, moquette or tcp://host:port: " + choice);
        };
    }

    private static Optional<Path> mosquittoBinary() {
        List<String> directories = new ArrayList<>(
                List.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)));
        directories.addAll(SBIN);
        return directories.stream()
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, "mosquitto"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static BenchBroker startMosquitto(Path binary, PrintStream out) throws IOException, InterruptedException {
        int port = freePort();
        Path config = Files.createTempFile("headwater-bench-mosquitto", ".conf");
        Files.writeString(config, MOSQUITTO_CONFIG.formatted(port, "persistence false", IN_FLIGHT_PER_SESSION));
        config.toFile().deleteOnExit();
        Process process = launchMosquitto(binary, config, port);
        out.println("mosquitto (" + binary + ") as a child process on 127.0.0.1:" + port
                + ": max_inflight_messages " + IN_FLIGHT_PER_SESSION
                + ", max_queued_messages 0 (no limit), persistence off");
        return new BenchBroker("127.0.0.1", port, true, null, process);
    }

    private static Process launchMosquitto(Path binary, Path config, int port)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        awaitListening(process, port);
        return process;
    }

    private static void awaitListening(Process process, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + " before listening on " + port);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("mosquitto did not listen on " + port + " within 10 s");
    }

    private static BenchBroker startMoquette(PrintStream out) throws IOException {
        int port = freePort();
        Properties p = moquetteProperties(port, Files.createTempDirectory("headwater-bench-mqtt"));
        Server server = new Server();
        server.startServer(new MemoryConfig(p));
        out.println("embedded Moquette MQTT broker on 127.0.0.1:" + port
                + " (in memory; 10 messages in flight per session, no shared subscriptions)");
        return new BenchBroker("127.0.0.1", port, false, server, null);
    }

    private static Properties moquetteProperties(int port, Path dataDirectory) {
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // no usage report to the Moquette project, and its id file goes to the given directory, not the working one
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataDirectory.toString());
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Whether several subscriber sessions can share one subscription ({@code $share/...}). */
    boolean sharedSubscriptions() {
        return sharedSubscriptions;
    }

    @Override
    public void close() {
        if (moquette != null) {
            moquette.stopServer();
        }
        if (mosquitto != null) {
            mosquitto.destroy();
            try {
                if (!mosquitto.waitFor(10, TimeUnit.SECONDS)) {
                    mosquitto.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                mosquitto.destroyForcibly();
            }
        }
    }
}
