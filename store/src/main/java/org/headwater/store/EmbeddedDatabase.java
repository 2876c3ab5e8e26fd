package org.headwater.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL server started from a jar for the embedded default and for tests. With a data
 * directory the data survives restarts; without one it lives in a temporary directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory where the cluster lives (kept between starts), or null for a throwaway one
     * @param port TCP port on localhost, or 0 for any free port
     */
    public static EmbeddedDatabase start(@Nullable Path dataDirectory, int port) {
        try {
            // The owner stops the server (the app's context closes it after the beans that still write).
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port != 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not start embedded PostgreSQL" + (dataDirectory == null ? "" : " in " + dataDirectory) + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Starts a throwaway server with fsync off, for tests and benchmarks only. */
    public static EmbeddedDatabase startForTests() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "50")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the {@code postgres} database as user {@code postgres} (trust authentication on localhost). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres?user=postgres";
    }

    public javax.sql.DataSource dataSource() {
        return Objects.requireNonNull(postgres.getPostgresDatabase());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL cleanly", e);
        }
    }
}
