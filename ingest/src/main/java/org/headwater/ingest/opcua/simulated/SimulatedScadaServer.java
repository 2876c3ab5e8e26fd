package org.headwater.ingest.opcua.simulated;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.headwater.ingest.opcua.ApplicationCertificate;
import org.jspecify.annotations.Nullable;

/**
 * An OPC UA server in this process serving simulated SCADA tags at
 * {@code opc.tcp://127.0.0.1:<port>/scada}: endpoints with security None and, when
 * {@link Settings#secure}, Basic256Sha256 Sign&amp;Encrypt; anonymous users, or only the configured
 * user when {@link Settings#users} is not empty. Stopping and starting another server on the same
 * port with the same {@link TagHistory} is a server restart.
 */
public final class SimulatedScadaServer implements AutoCloseable {

    private static final String APPLICATION_URI = "urn:headwater:simulated-scada:server";

    private final OpcUaServer server;
    private final ScadaNamespace namespace;
    private final Settings settings;
    private final @Nullable ApplicationCertificate certificate;

    /**
     * @param port TCP port on 127.0.0.1
     * @param tags the tags served
     * @param history where values are recorded (shared across restarts)
     * @param historyEnabled answer HistoryRead; false makes the server one without history
     * @param secure also offer Basic256Sha256 Sign&amp;Encrypt
     * @param users user name to password; empty allows anonymous sessions
     */
    public record Settings(
            int port,
            List<SimulatedTag> tags,
            TagHistory history,
            boolean historyEnabled,
            boolean secure,
            Map<String, String> users) {

        public Settings {
            tags = List.copyOf(tags);
            users = Map.copyOf(users);
            Objects.requireNonNull(history, "history");
        }

        public static Settings plain(int port, List<SimulatedTag> tags, TagHistory history) {
            return new Settings(port, tags, history, true, false, Map.of());
        }
    }

    private SimulatedScadaServer(Settings settings) {
        this.settings = settings;
        this.certificate = settings.secure()
                ? ApplicationCertificate.selfSigned(APPLICATION_URI, "Simulated SCADA", "localhost")
                : null;
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english("Headwater simulated SCADA"))
                .setProductUri("urn:headwater:simulated-scada")
                .setCertificateManager(certificateManager(certificate))
                .setIdentityValidator(identityValidator(settings.users()))
                .setEndpoints(endpoints(settings, certificate))
                .build();
        this.server = new OpcUaServer(
                config,
                profile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        this.namespace = new ScadaNamespace(server, settings.tags(), settings.history(), settings.historyEnabled());
        namespace.startup();
    }

    /** Starts a server and waits until it listens. */
    public static SimulatedScadaServer start(Settings settings) {
        SimulatedScadaServer simulated = new SimulatedScadaServer(settings);
        try {
            simulated.server.startup().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            simulated.close();
            throw new IllegalStateException(
                    "cannot start the simulated OPC UA server on port " + settings.port() + ": " + e.getMessage(), e);
        }
        return simulated;
    }

    public String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + settings.port() + "/scada";
    }

    /** The server's certificate (secure servers only), for a client's trust list. */
    public @Nullable X509Certificate certificate() {
        return certificate == null ? null : certificate.certificate();
    }

    /** The namespace URI of the tags, for NodeIds written as {@code nsu=URI;s=TAG}. */
    public static String namespaceUri() {
        return ScadaNamespace.URI;
    }

    public NodeId nodeId(String tag) {
        return namespace.nodeId(tag);
    }

    /** A Good value at {@code sourceTime}. */
    public void update(String tag, Object value, Instant sourceTime) {
        namespace.update(tag, new Variant(value), StatusCode.GOOD, sourceTime);
    }

    /** A value with the given OPC UA status code (e.g. {@code StatusCodes.Bad_SensorFailure}). */
    public void update(String tag, Object value, long statusCode, Instant sourceTime) {
        namespace.update(tag, new Variant(value), new StatusCode(statusCode), sourceTime);
    }

    @Override
    public void close() {
        try {
            namespace.shutdown();
            server.shutdown().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the simulated OPC UA server: " + e.getMessage(), e);
        }
    }

    private static Set<EndpointConfig> endpoints(Settings settings, @Nullable ApplicationCertificate certificate) {
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setHostname("127.0.0.1")
                .setBindPort(settings.port())
                .setPath("/scada");
        if (certificate != null) {
            base.setCertificate(certificate.certificate());
        }
        if (settings.users().isEmpty()) {
            base.addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
        } else {
            base.addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME);
        }
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        endpoints.add(base.copy()
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .build());
        if (certificate != null) {
            endpoints.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                    .build());
        }
        return endpoints;
    }

    private static IdentityValidator identityValidator(Map<String, String> users) {
        if (users.isEmpty()) {
            return AnonymousIdentityValidator.INSTANCE;
        }
        return new CompositeValidator(new UsernameIdentityValidator(challenge ->
                challenge.getPassword() != null && challenge.getPassword().equals(users.get(challenge.getUsername()))));
    }

    // The simulation accepts any client certificate: trust is what the connector's side must get right.
    private static DefaultCertificateManager certificateManager(@Nullable ApplicationCertificate certificate) {
        MemoryCertificateQuarantine quarantine = new MemoryCertificateQuarantine();
        if (certificate == null) {
            return new DefaultCertificateManager(quarantine);
        }
        CertificateValidator acceptAny = (chain, applicationUri, hostnames) -> {};
        RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return certificate.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return new X509Certificate[] {certificate.certificate()};
            }
        };
        try {
            DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(
                    new MemoryTrustListManager(), new MemoryCertificateStore(), factory, acceptAny);
            return new DefaultCertificateManager(quarantine, group);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the simulated server's certificate: " + e.getMessage(), e);
        }
    }

    /** Status codes the simulation sends for bad values. */
    public static final long BAD_SENSOR_FAILURE = StatusCodes.Bad_SensorFailure;

    public static final long UNCERTAIN_LAST_USABLE_VALUE = StatusCodes.Uncertain_LastUsableValue;
}
