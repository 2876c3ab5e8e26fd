package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production configuration: {@code serve --config FILE} on an external PostgreSQL, started the way
 * the command starts it, from a configuration file shaped like {@code config/headwater.example.yml}. The
 * server is a separate PostgreSQL process of the test's own unless {@code HEADWATER_TEST_POSTGRES_URL}
 * names one, so nothing on the machine (such as a server on 127.0.0.1:5432) is needed.
 */
class ExternalPostgresTest {

    static final String PASSWORD = "external-test-password";

    @Test
    void serveRunsOnTheExternalDatabaseWithItsSchemaAndAdmin(@TempDir Path dir) throws Exception {
        try (ExternalPostgres postgres = ExternalPostgres.start(System.getenv())) {
            ServeCommand serve = new ServeCommand();
            serve.config = writeConfiguration(dir.resolve("headwater.yml"), postgres);
            try (ConfigurableApplicationContext server = serve.start()) {
                server.getBean(CurrentNetwork.class)
                        .replace(Network.builder("external")
                                .add(NetworkElement.of("T1", ElementKind.TANK))
                                .build());
                int port = ((WebServerApplicationContext) server).getWebServer().getPort();

                HttpResponse<String> response = get(port, "/api/v1/network/summary");

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"name\":\"external\"").contains("\"TANK\":1");
            }
            try (Connection c = postgres.connectToDatabase();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT count(*) FROM network_element")) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("the network is stored in the external database")
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void withoutAConfiguredServerTheTestStartsASeparateServerOfItsOwn() throws Exception {
        try (ExternalPostgres postgres = ExternalPostgres.start(java.util.Map.of())) {
            assertThat(postgres.isOwnServer()).isTrue();
            assertThat(postgres.databaseUrl()).doesNotContain(":5432/");
            try (Connection c = postgres.connectToDatabase();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT inet_server_port()")) {
                rows.next();
                assertThat(postgres.databaseUrl()).contains(":" + rows.getInt(1) + "/");
            }
        }
    }

    private static Path writeConfiguration(Path file, ExternalPostgres postgres) throws Exception {
        return Files.writeString(file, """
                server:
                  port: 0
                headwater:
                  database:
                    embedded: false
                    url: %s
                    username: %s
                    password: ""
                    max-pool-size: 4
                  admin-password: %s
                  mqtt:
                    enabled: false
                """.formatted(postgres.databaseUrl(), postgres.user(), PASSWORD));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
