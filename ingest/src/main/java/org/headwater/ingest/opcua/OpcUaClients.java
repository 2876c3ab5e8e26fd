package org.headwater.ingest.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;

/**
 * Builds Milo clients for a source's security settings. With Basic256Sha256 the server's
 * certificate must be in {@code <pki>/trusted/certs}; an unknown one is refused and copied to
 * {@code <pki>/rejected/certs}, where an operator reviews it and moves it to trusted. Headwater's
 * own certificate is made once and kept in {@code <pki>/own/headwater.p12}.
 */
final class OpcUaClients {

    static final String APPLICATION_URI = "urn:headwater:opcua-client";
    private static final char[] KEYSTORE_PASSWORD = "headwater".toCharArray();

    private OpcUaClients() {}

    /** A client for the source's endpoint; not yet connected. Discovery runs here, so the server must be up. */
    static OpcUaClient create(OpcUaSourceSettings settings) throws UaException {
        return OpcUaClient.create(
                settings.endpointUrl(),
                endpoints -> select(settings, endpoints.stream().toList()),
                transport -> {},
                config -> configure(settings, config));
    }

    private static Optional<EndpointDescription> select(
            OpcUaSourceSettings settings, java.util.List<EndpointDescription> endpoints) {
        return endpoints.stream()
                .filter(e -> settings.security().policy().getUri().equals(e.getSecurityPolicyUri()))
                .filter(e -> e.getSecurityMode() == settings.security().mode())
                .findFirst();
    }

    private static void configure(OpcUaSourceSettings settings, OpcUaClientConfigBuilder config) {
        config.setApplicationName(LocalizedText.english("Headwater"))
                .setApplicationUri(APPLICATION_URI)
                .setProductUri("urn:headwater")
                .setRequestTimeout(uint(30_000))
                .setKeepAliveInterval(uint(2_000))
                .setKeepAliveFailuresAllowed(uint(1));
        if (settings.username() != null) {
            String password = settings.password() == null ? "" : settings.password();
            config.setIdentityProvider(new UsernameProvider(settings.username(), password));
        } else {
            config.setIdentityProvider(new AnonymousProvider());
        }
        Path pki = settings.pkiDirectory();
        if (settings.security() != OpcUaSecurity.NONE && pki != null) {
            ApplicationCertificate own = ownCertificate(pki.resolve("own"));
            config.setKeyPair(own.keyPair())
                    .setCertificate(own.certificate())
                    .setCertificateChain(new X509Certificate[] {own.certificate()});
            config.setCertificateValidator(validator(pki));
        }
    }

    private static DefaultClientCertificateValidator validator(Path pki) {
        try {
            FileBasedTrustListManager trust = FileBasedTrustListManager.createAndInitialize(pki);
            FileBasedCertificateQuarantine rejected = FileBasedCertificateQuarantine.create(
                    pki.resolve("rejected").resolve("certs"));
            return new DefaultClientCertificateValidator(trust, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the OPC UA trust list in " + pki + ": " + e.getMessage(), e);
        }
    }

    /** Loads Headwater's client certificate, making it on first use. */
    static ApplicationCertificate ownCertificate(Path ownDirectory) {
        Path store = ownDirectory.resolve("headwater.p12");
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            if (Files.exists(store)) {
                try (InputStream in = Files.newInputStream(store)) {
                    keyStore.load(in, KEYSTORE_PASSWORD);
                }
                PrivateKey key = (PrivateKey) keyStore.getKey("headwater", KEYSTORE_PASSWORD);
                X509Certificate certificate = (X509Certificate) keyStore.getCertificate("headwater");
                return new ApplicationCertificate(new KeyPair(certificate.getPublicKey(), key), certificate);
            }
            ApplicationCertificate made = ApplicationCertificate.selfSigned(APPLICATION_URI, "Headwater", "localhost");
            keyStore.load(null, null);
            keyStore.setKeyEntry("headwater", made.keyPair().getPrivate(), KEYSTORE_PASSWORD, new X509Certificate[] {
                made.certificate()
            });
            Files.createDirectories(ownDirectory);
            try (OutputStream out = Files.newOutputStream(store)) {
                keyStore.store(out, KEYSTORE_PASSWORD);
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + store + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the client certificate in " + store + ": " + e.getMessage(), e);
        }
    }
}
