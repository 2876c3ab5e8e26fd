package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The broker, database and server of one fault run, and the faults the bench does to them. */
final class FaultRig implements AutoCloseable {

    private final BenchBroker broker;
    private final RestartableDatabase database;
    private final Path appJar;
    private final Path work;
    private final PrintStream out;
    private final String baseUrl;
    private volatile ServerProcess server;

    FaultRig(
            BenchBroker broker,
            RestartableDatabase database,
            ServerProcess server,
            Path appJar,
            Path work,
            PrintStream out) {
        this.broker = broker;
        this.database = database;
        this.server = server;
        this.appJar = appJar;
        this.work = work;
        this.out = out;
        this.baseUrl = server.baseUrl();
    }

    BenchBroker broker() {
        return broker;
    }

    String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** Where the server answers; the same after a restart (its HTTP port is fixed in its configuration). */
    String baseUrl() {
        return baseUrl;
    }

    /** Does {@code fault} to the running system; the drill faults were armed at start and need nothing here. */
    void inject(Fault fault, Duration length) {
        try {
            switch (fault) {
                case BROKER_RESTART -> {
                    say("stopping the MQTT broker for " + length.toSeconds() + " s");
                    broker.stop();
                    Thread.sleep(length.toMillis());
                    broker.restart();
                    say("MQTT broker started again on port " + broker.port());
                }
                case DATABASE_RESTART -> {
                    say("stopping PostgreSQL for " + length.toSeconds() + " s");
                    database.stop();
                    Thread.sleep(length.toMillis());
                    database.restart();
                    say("PostgreSQL started again on port " + database.port());
                }
                case SERVER_KILL -> {
                    say("killing the server (SIGKILL, pid " + server.pid() + ")");
                    server.kill();
                    server = ServerProcess.serve(appJar, work, out);
                    say("server started again at " + server.baseUrl());
                }
                default -> say("nothing injected at run time: " + fault.meaning());
            }
        } catch (Exception e) {
            throw new IllegalStateException("injecting " + fault.id() + " failed: " + e.getMessage(), e);
        }
    }

    private void say(String what) {
        out.printf(Locale.ROOT, "   fault: %s%n", what);
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
