package org.headwater.ingest.opcua;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Period;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * An OPC UA application instance certificate (RSA 2048, SHA-256, self-signed) with its key pair:
 * what a Basic256Sha256 secure channel signs and encrypts with. The application URI is in the
 * certificate's subject alternative names, as OPC UA requires.
 */
public record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate) {

    /** Makes a new key pair and a certificate valid for three years. */
    public static ApplicationCertificate selfSigned(String applicationUri, String commonName, String hostname) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName(commonName)
                    .setOrganization("Headwater")
                    .setApplicationUri(applicationUri)
                    .addDnsName(hostname)
                    .setValidityPeriod(Period.ofYears(3))
                    .build();
            return new ApplicationCertificate(keyPair, certificate);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA key pairs are not available in this JDK", e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot create a certificate for " + applicationUri + ": " + e.getMessage(), e);
        }
    }
}
