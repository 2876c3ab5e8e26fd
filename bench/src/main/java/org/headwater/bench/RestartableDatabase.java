package org.headwater.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.headwater.store.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server (a separate process) with a fixed data directory and port, so it can be stopped
 * and started again where the server jar's connection pool expects it.
 */
final class RestartableDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private @Nullable EmbeddedDatabase running;

    private RestartableDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static RestartableDatabase start(Path dataDirectory) throws IOException {
        RestartableDatabase database = new RestartableDatabase(dataDirectory, BenchBroker.freePort());
        database.restart();
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    int port() {
        return port;
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut, committed data stays). */
    void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    void restart() {
        running = EmbeddedDatabase.start(dataDirectory, port);
    }

    @Override
    public void close() {
        stop();
    }
}
