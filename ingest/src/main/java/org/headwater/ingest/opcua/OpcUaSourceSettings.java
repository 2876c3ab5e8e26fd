package org.headwater.ingest.opcua;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.headwater.ingest.sources.SourceConfigException;
import org.headwater.ingest.sources.SourceDefinition;
import org.jspecify.annotations.Nullable;

/**
 * How one OPC UA source is reached and sampled ({@code headwater.sources.opcua.<name>.*}).
 *
 * @param name the source's name (status board, quarantine channel {@code opcua:<name>})
 * @param endpointUrl e.g. {@code opc.tcp://scada:4840/path}
 * @param security None or Basic256Sha256 (Sign&amp;Encrypt)
 * @param username user name, or null for an anonymous session
 * @param password password of {@code username}
 * @param pkiDirectory Basic256Sha256 only: Headwater's own certificate ({@code own/}), trusted
 *     server certificates ({@code trusted/certs/}) and rejected ones ({@code rejected/certs/})
 * @param samplingInterval how often the server samples each tag
 * @param publishingInterval how often the server sends what it sampled
 * @param queueSize values the server keeps per tag between two publishes; none is discarded
 *     while the queue is large enough for publishingInterval / samplingInterval values
 * @param deadband absolute deadband in the tag's raw units (0 reports every change)
 * @param backfill after a reconnect, read the gap from the server's history (HistoryRead)
 */
public record OpcUaSourceSettings(
        String name,
        String endpointUrl,
        OpcUaSecurity security,
        @Nullable String username,
        @Nullable String password,
        @Nullable Path pkiDirectory,
        Duration samplingInterval,
        Duration publishingInterval,
        int queueSize,
        double deadband,
        boolean backfill) {

    static final Set<String> KEYS = Set.of(
            "endpoint",
            "security-policy",
            "username",
            "password",
            "pki-directory",
            "sampling-interval",
            "publishing-interval",
            "queue-size",
            "deadband",
            "backfill");

    public OpcUaSourceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(security, "security");
        if (!endpointUrl.startsWith("opc.tcp://")) {
            throw new IllegalArgumentException("endpoint must start with opc.tcp://: " + endpointUrl);
        }
        if (security != OpcUaSecurity.NONE && pkiDirectory == null) {
            throw new IllegalArgumentException("security " + security + " needs a pki directory");
        }
        if (samplingInterval.isNegative() || publishingInterval.isNegative() || publishingInterval.isZero()) {
            throw new IllegalArgumentException("sampling and publishing intervals must be positive");
        }
        if (queueSize < 1) {
            throw new IllegalArgumentException("queueSize must be positive: " + queueSize);
        }
        if (!(deadband >= 0) || !Double.isFinite(deadband)) {
            throw new IllegalArgumentException("deadband must be finite and >= 0: " + deadband);
        }
    }

    /** Anonymous, no security, 1 s sampling and publishing, queue 10, no deadband, backfill on. */
    public static OpcUaSourceSettings of(String name, String endpointUrl) {
        return new OpcUaSourceSettings(
                name,
                endpointUrl,
                OpcUaSecurity.NONE,
                null,
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                10,
                0,
                true);
    }

    /** Reads a configured source, refusing a bad setting with its full property name. */
    public static OpcUaSourceSettings from(SourceDefinition source) {
        source.allowOnly(KEYS);
        OpcUaSecurity security;
        try {
            security = OpcUaSecurity.parse(source.text("security-policy", "None"));
        } catch (IllegalArgumentException e) {
            throw new SourceConfigException(source.property("security-policy"), e.getMessage());
        }
        String pki = source.optional("pki-directory");
        if (security != OpcUaSecurity.NONE && pki == null) {
            throw new SourceConfigException(source.property("pki-directory"), "is required with " + security);
        }
        String endpoint = source.required("endpoint");
        if (!endpoint.startsWith("opc.tcp://")) {
            throw new SourceConfigException(
                    source.property("endpoint"), "\"" + endpoint + "\" must start with opc.tcp://");
        }
        return new OpcUaSourceSettings(
                source.name(),
                endpoint,
                security,
                source.optional("username"),
                source.optional("password"),
                pki == null ? null : Path.of(pki),
                source.duration("sampling-interval", Duration.ofSeconds(1)),
                positive(source, "publishing-interval"),
                source.integer("queue-size", 10, 1, 100_000),
                source.number("deadband", 0),
                source.flag("backfill", true));
    }

    private static Duration positive(SourceDefinition source, String key) {
        Duration duration = source.duration(key, Duration.ofSeconds(1));
        if (duration.isZero()) {
            throw new SourceConfigException(source.property(key), "must be above zero");
        }
        return duration;
    }

    /** The same source with another security policy and certificate directory. */
    public OpcUaSourceSettings withSecurity(OpcUaSecurity security, Path pkiDirectory) {
        return new OpcUaSourceSettings(
                name,
                endpointUrl,
                security,
                username,
                password,
                pkiDirectory,
                samplingInterval,
                publishingInterval,
                queueSize,
                deadband,
                backfill);
    }

    public OpcUaSourceSettings withUser(String username, String password) {
        return new OpcUaSourceSettings(
                name,
                endpointUrl,
                security,
                username,
                password,
                pkiDirectory,
                samplingInterval,
                publishingInterval,
                queueSize,
                deadband,
                backfill);
    }

    public OpcUaSourceSettings withSampling(
            Duration samplingInterval, Duration publishingInterval, int queueSize, double deadband) {
        return new OpcUaSourceSettings(
                name,
                endpointUrl,
                security,
                username,
                password,
                pkiDirectory,
                samplingInterval,
                publishingInterval,
                queueSize,
                deadband,
                backfill);
    }

    public OpcUaSourceSettings withBackfill(boolean backfill) {
        return new OpcUaSourceSettings(
                name,
                endpointUrl,
                security,
                username,
                password,
                pkiDirectory,
                samplingInterval,
                publishingInterval,
                queueSize,
                deadband,
                backfill);
    }
}
