package org.headwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production configuration ({@code serve}): an external PostgreSQL, here the machine's server on
 * 127.0.0.1:5432 (which {@code .ci/run} starts), in a database created for this test and dropped after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ExternalPostgresTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "headwater_it_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    static final String PASSWORD = "external-test-password";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        execute("CREATE DATABASE " + DATABASE);
        registry.add("headwater.database.embedded", () -> false);
        registry.add("headwater.database.url", () -> SERVER + DATABASE);
        registry.add("headwater.database.username", () -> "postgres");
        registry.add("headwater.admin-password", () -> PASSWORD);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @LocalServerPort
    int port;

    @Autowired
    CurrentNetwork network;

    @Test
    void serverRunsOnTheExternalDatabaseWithItsSchemaAndAdmin() throws Exception {
        network.replace(Network.builder("external")
                .add(NetworkElement.of("T1", ElementKind.TANK))
                .build());
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/network/summary"))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"external\"").contains("\"TANK\":1");
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
                Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT count(*) FROM network_element")) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("the network is stored in the external database")
                    .isEqualTo(1);
        }
    }
}
