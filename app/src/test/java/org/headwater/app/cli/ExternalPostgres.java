package org.headwater.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.headwater.store.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server the production-configuration test talks to: the one named by
 * {@code HEADWATER_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}, user from
 * {@code HEADWATER_TEST_POSTGRES_USER}, default {@code postgres}, trust authentication) when set, otherwise
 * a separate server process started here on a free port and stopped on close. Either way a database
 * is created for the test and dropped after.
 */
final class ExternalPostgres implements AutoCloseable {

    static final String URL_VARIABLE = "HEADWATER_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "HEADWATER_TEST_POSTGRES_USER";

    private final String serverUrl;
    private final String user;
    private final @Nullable EmbeddedDatabase ownServer;
    private final String database = "headwater_it_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

    private ExternalPostgres(String serverUrl, String user, @Nullable EmbeddedDatabase ownServer) throws SQLException {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.ownServer = ownServer;
        execute("CREATE DATABASE " + database);
    }

    /** The configured server if the environment names one, else a server of this test's own. */
    static ExternalPostgres start(Map<String, String> environment) throws SQLException {
        String configured = environment.get(URL_VARIABLE);
        String user = environment.getOrDefault(USER_VARIABLE, "postgres");
        if (configured != null && !configured.isBlank()) {
            return new ExternalPostgres(configured, user, null);
        }
        EmbeddedDatabase own = EmbeddedDatabase.startForTests();
        try {
            return new ExternalPostgres("jdbc:postgresql://localhost:" + own.port() + "/", "postgres", own);
        } catch (SQLException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /** True when this test started the server itself (nothing on the machine was needed). */
    boolean isOwnServer() {
        return ownServer != null;
    }

    String databaseUrl() {
        return serverUrl + database;
    }

    String user() {
        return user;
    }

    Connection connectToDatabase() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), user, "");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } finally {
            if (ownServer != null) {
                ownServer.close();
            }
        }
    }
}
