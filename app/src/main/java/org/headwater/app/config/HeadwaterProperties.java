package org.headwater.app.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code headwater.*} in the configuration file (see {@code config/headwater.example.yml}).
 *
 * @param database where the data lives
 * @param adminPassword password for the {@code admin} user when it is first created; generated and printed once if blank
 * @param ingest limits applied to every ingestion path
 * @param mqtt the MQTT broker to subscribe to for reads, sensor values and alarms
 * @param demo the demo utility's replay ({@code ./headwater demo} turns it on)
 */
@ConfigurationProperties("headwater")
public record HeadwaterProperties(
        @DefaultValue Database database,
        @Nullable String adminPassword,
        @DefaultValue Ingest ingest,
        @DefaultValue Mqtt mqtt,
        @DefaultValue Demo demo) {

    /**
     * @param embedded true: start PostgreSQL from the jar in {@code dataDirectory}; false: use {@code url}
     * @param dataDirectory the embedded cluster's directory, kept between starts
     * @param embeddedPort TCP port of the embedded server on localhost (0 picks a free one)
     * @param url JDBC URL of an external PostgreSQL 14+ ({@code jdbc:postgresql://host:5432/headwater})
     * @param username database user for the external server
     * @param password database password for the external server
     * @param maxPoolSize connections kept open
     */
    public record Database(
            @DefaultValue("true") boolean embedded,
            @DefaultValue(".headwater/data") Path dataDirectory,
            @DefaultValue("0") int embeddedPort,
            @Nullable String url,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("10") int maxPoolSize) {}

    /**
     * @param maxPayloadBytes largest accepted REST or MQTT payload; larger ones are quarantined
     * @param maxClockSkew how far in the future an event time may lie before it is quarantined
     */
    public record Ingest(
            @DefaultValue("1048576") int maxPayloadBytes,
            @DefaultValue("PT5M") Duration maxClockSkew) {}

    /**
     * @param enabled subscribe while the server runs
     * @param host broker host
     * @param port broker port
     * @param clientId MQTT client id (unique per Headwater instance)
     * @param topicFilter topics to subscribe to (layout in docs/ingest-formats.md)
     * @param username optional broker user
     * @param password optional broker password
     * @param batchSize messages' entries stored together in one append; each message is acknowledged
     *     to the broker only after its batch was stored
     * @param batchMaxAge longest a message waits for its batch to fill
     * @param batchMaxIdle a batch is stored once no message came for this long (at most batchMaxAge),
     *     so a broker waiting for acknowledgements is not kept waiting
     */
    public record Mqtt(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("localhost") String host,
            @DefaultValue("1883") int port,
            @DefaultValue("headwater") String clientId,
            @DefaultValue("headwater/v1/+/#") String topicFilter,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("5000") int batchSize,
            @DefaultValue("PT0.2S") Duration batchMaxAge,
            @DefaultValue("PT0.005S") Duration batchMaxIdle) {}

    /**
     * @param enabled build the demo utility on first start and replay reads
     * @param speed simulated seconds per real second
     * @param backfill history generated at once on the first start so charts and detectors have data
     * @param scadaOverOpcua serve the live SCADA values from an in-process OPC UA server and read them
     *     back through the OPC UA connector ({@code ./headwater demo} turns it on)
     */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("60") double speed,
            @DefaultValue("P4D") Duration backfill,
            @DefaultValue("false") boolean scadaOverOpcua) {}
}
