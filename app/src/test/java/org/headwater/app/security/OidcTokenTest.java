package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect single sign-on: bearer tokens signed by the utility's identity provider (here a key
 * made in the test), roles taken from the configured claim and mapped to Headwater's roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcTokenTest {

    static final KeyPair PROVIDER_KEY = rsaKey();
    static final KeyPair OTHER_KEY = rsaKey();

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> "oidc-test-admin-password");
    }

    /** Stands in for the provider's published keys: tokens are checked against its public key. */
    @TestConfiguration
    static class IdentityProviderKeys {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) PROVIDER_KEY.getPublic())
                    .build();
        }
    }

    @LocalServerPort
    int port;

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair signer, Instant expires, List<String> roles) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("3f2a-user")
                .claim("preferred_username", "j.rivera")
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires));
        if (roles != null) {
            claims.claim("roles", roles);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    private int status(String method, String path, String bearer) throws IOException, InterruptedException {
        return send(method, path, bearer).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String bearer)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Instant inAnHour() {
        return Instant.now().plusSeconds(3600);
    }

    @Test
    void rolesFromTheTokenClaimDecideWhatTheUserMayDo() throws Exception {
        String amiManager = token(PROVIDER_KEY, inAnHour(), List.of("ami-manager", "some-other-application-role"));
        String customerService = token(PROVIDER_KEY, inAnHour(), List.of("CUSTOMER_SERVICE"));

        assertThat(status("GET", "/api/v1/network/summary", amiManager)).isEqualTo(200);
        assertThat(status("PUT", "/api/v1/thresholds?scope=system", amiManager)).isEqualTo(200);
        assertThat(status("GET", "/api/v1/network/summary", customerService)).isEqualTo(200);
        assertThat(status("PUT", "/api/v1/thresholds?scope=system", customerService))
                .isEqualTo(403);
    }

    @Test
    void aTokenWithoutTheRolesClaimGrantsNoRole() throws Exception {
        String noRoles = token(PROVIDER_KEY, inAnHour(), null);

        assertThat(status("GET", "/api/v1/network/summary", noRoles)).isEqualTo(403);
    }

    @Test
    void expiredOrForeignTokensAreRefused() throws Exception {
        String expired = token(PROVIDER_KEY, Instant.now().minusSeconds(600), List.of("ADMINISTRATOR"));
        String foreign = token(OTHER_KEY, inAnHour(), List.of("ADMINISTRATOR"));

        assertThat(status("GET", "/api/v1/network/summary", expired)).isEqualTo(401);
        HttpResponse<String> refused = send("GET", "/api/v1/network/summary", foreign);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer error=\"invalid_token\""));
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("\"status\":401").contains("\"instance\":\"/api/v1/network/summary\"");
    }
}
