package org.headwater.bench;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The MQTT broker an ingestion benchmark publishes to: Moquette in this JVM on a free port (works
 * with only a JDK), or an external broker given as {@code --broker tcp://host:port}.
 */
final class BenchBroker implements AutoCloseable {

    private final String host;
    private final int port;
    private final @Nullable Server embedded;

    private BenchBroker(String host, int port, @Nullable Server embedded) {
        this.host = host;
        this.port = port;
        this.embedded = embedded;
    }

    static BenchBroker open(BenchArgs options, PrintStream out) throws IOException {
        if (options.has("--broker")) {
            URI uri = URI.create(options.text("--broker", ""));
            if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("--broker must look like tcp://host:port: " + uri);
            }
            out.println("external MQTT broker at " + uri);
            return new BenchBroker(uri.getHost(), uri.getPort(), null);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // no usage report to the Moquette project, and its id file goes to a temporary directory, not the working one
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(
                IConfig.DATA_PATH_PROPERTY_NAME,
                Files.createTempDirectory("headwater-bench-mqtt").toString());
        Server server = new Server();
        server.startServer(new MemoryConfig(p));
        out.println("embedded Moquette MQTT broker on 127.0.0.1:" + port + " (in memory)");
        return new BenchBroker("127.0.0.1", port, server);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stopServer();
        }
    }
}
