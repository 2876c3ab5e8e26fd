package org.headwater.testkit;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Properties;

/** A real MQTT 3.1.1 broker (Moquette) in the test's JVM on a free localhost port, without persistence. */
public final class EmbeddedMqttBroker implements AutoCloseable {

    private final Server server = new Server();
    private final int port;

    private EmbeddedMqttBroker(int port) throws IOException {
        this.port = port;
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // Tests talk to localhost only: no usage report to the broker's project, no id file in the working directory.
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(
                IConfig.DATA_PATH_PROPERTY_NAME,
                Files.createTempDirectory("headwater-test-mqtt").toString());
        server.startServer(new MemoryConfig(p));
    }

    public static EmbeddedMqttBroker start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int free = socket.getLocalPort();
            socket.close();
            return new EmbeddedMqttBroker(free);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded MQTT broker", e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
