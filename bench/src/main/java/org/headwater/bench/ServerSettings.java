package org.headwater.bench;

import java.nio.file.Path;

/**
 * The YAML configuration a bench writes for the server jar: its database, admin password and MQTT
 * subscription to the bench's broker, plus lines a benchmark adds under {@code headwater.mqtt} or
 * {@code headwater}.
 */
final class ServerSettings {

    private final String jdbcUrl;
    private final String adminPassword;
    private final BenchBroker broker;
    private final String clientId;
    private int httpPort;
    private int maxPoolSize = 10;
    private String mqttLines = "";
    private String headwaterLines = "";

    ServerSettings(String jdbcUrl, String adminPassword, BenchBroker broker, String clientId) {
        this.jdbcUrl = jdbcUrl;
        this.adminPassword = adminPassword;
        this.broker = broker;
        this.clientId = clientId;
    }

    /** A fixed HTTP port, so a restarted server answers where the clients already point; 0 (default) for any. */
    ServerSettings httpPort(int port) {
        this.httpPort = port;
        return this;
    }

    /** The server's database connections (its default is 10). */
    ServerSettings maxPoolSize(int connections) {
        this.maxPoolSize = connections;
        return this;
    }

    /** Lines under {@code headwater.mqtt}, unindented, one per line. */
    ServerSettings mqttLines(String lines) {
        this.mqttLines = lines;
        return this;
    }

    /** Lines under {@code headwater}, unindented (nested lines keep their own indentation). */
    ServerSettings headwaterLines(String lines) {
        this.headwaterLines = lines;
        return this;
    }

    String yaml(Path work) {
        return """
                server:
                  port: %d
                headwater:
                  database:
                    embedded: false
                    url: %s
                    username: postgres
                    password: ""
                    max-pool-size: %d
                  admin-password: %s
                  mqtt:
                    enabled: true
                    host: %s
                    port: %d
                    client-id: %s
                %s%slogging:
                  file:
                    name: %s
                """.formatted(
                        httpPort,
                        jdbcUrl,
                        maxPoolSize,
                        adminPassword,
                        broker.host(),
                        broker.port(),
                        clientId,
                        mqttLines.lines().map(line -> "    " + line + "\n").reduce("", String::concat),
                        headwaterLines.lines().map(line -> "  " + line + "\n").reduce("", String::concat),
                        work.resolve("server.log"));
    }
}
