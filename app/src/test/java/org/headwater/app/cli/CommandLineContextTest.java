package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.headwater.app.config.PollingLifecycle;
import org.headwater.app.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-line tools ({@code import}, {@code audit verify}) open the database and the store only: no
 * server jobs that could fail in the background, no start-up runners, no admin account created or printed.
 */
class CommandLineContextTest {

    @Test
    void aCommandLineToolStartsNoJobsAndRunsNoStartUpWork(@TempDir Path dataDirectory) {
        ImportCommand.Target target = new ImportCommand.Target();
        target.dataDirectory = dataDirectory;

        try (ConfigurableApplicationContext context = target.open()) {
            assertThat(context.getBeansOfType(Lifecycle.class).values())
                    .as("nothing of Headwater's runs on its own")
                    .noneMatch(bean -> bean.getClass().getName().startsWith("org.headwater"));
            assertThat(context.getBeanNamesForType(PollingLifecycle.class)).isEmpty();
            assertThat(Stream.concat(
                            context.getBeansOfType(ApplicationRunner.class).keySet().stream(),
                            context.getBeansOfType(CommandLineRunner.class).keySet().stream()))
                    .isEmpty();
            assertThat(context.getBeanNamesForType(UserAccounts.class)).isEmpty();
            assertThat(users(context)).isZero();
        }
    }

    @Test
    void theServersComponentScanDoesNotPickUpTheCommandLineContext() {
        assertThat(AnnotatedElementUtils.hasAnnotation(CommandLineApplication.class, Component.class))
                .as("a @Component or @Configuration under org.headwater.app would join the server")
                .isFalse();
    }

    @Test
    void importingANetworkCreatesNoAdminAccountAndPrintsNoPassword(@TempDir Path dataDirectory) {
        CliRun run = CliRun.of(
                "import", "network", "../data/epanet-networks/Net3.inp.gz", "--data-dir", dataDirectory.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported network 'Net3'").doesNotContainIgnoringCase("password");
        ImportCommand.Target target = new ImportCommand.Target();
        target.dataDirectory = dataDirectory;
        try (ConfigurableApplicationContext context = target.open()) {
            assertThat(users(context)).as("accounts in the database").isZero();
        }
    }

    @Test
    void aToolOnADatabaseInUseSaysSoInItsMessageWithoutAStackTrace(@TempDir Path dataDirectory) {
        ImportCommand.Target running = new ImportCommand.Target();
        running.dataDirectory = dataDirectory;
        PrintStream console = System.out;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext inUse = running.open()) {
            System.setOut(new PrintStream(logged, true, StandardCharsets.UTF_8));
            CliRun run = CliRun.of("audit", "verify", "--data-dir", dataDirectory.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            // In another process the last cause is zonky's "could not lock"; in this JVM the lock overlaps.
            assertThat(run.err()).contains("could not open the database").contains("stop it first");
        } finally {
            System.setOut(console);
        }
        assertThat(fromThisThread(logged.toString(StandardCharsets.UTF_8)))
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    /**
     * What the tool run printed: log records of other threads (a cached test server's pool retrying its stopped
     * database) are left out; each log record starts with its timestamp and names its thread.
     */
    private static String fromThisThread(String output) {
        String thread = "[" + Thread.currentThread().getName() + "]";
        return java.util.Arrays.stream(output.split("(?m)^(?=\\d{4}-\\d\\d-\\d\\dT)"))
                .filter(record -> !record.matches("(?s)\\d{4}-\\d\\d-\\d\\dT.*")
                        || record.lines()
                                .findFirst()
                                .orElse("")
                                .replace(" ", "")
                                .contains(thread.replace(" ", "")))
                .collect(java.util.stream.Collectors.joining());
    }

    private static long users(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class))
                .sql("SELECT count(*) FROM app_user")
                .query(Long.class)
                .single();
    }
}
