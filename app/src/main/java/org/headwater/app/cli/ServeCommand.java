package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./headwater serve --config FILE}: production with an external PostgreSQL and configured sources. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run Headwater for production on an external PostgreSQL.",
            "Database and sources come from the configuration file (YAML or .properties;",
            "see config/headwater.example.yml)."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "Configuration file (YAML or .properties).")
    Path config;

    @Override
    public Integer call() {
        start();
        return 0;
    }

    /** Starts the server as configured; the caller owns the running context. */
    ConfigurableApplicationContext start() {
        ServerLauncher.requireReadable(config);
        return ServerLauncher.start(Map.of("headwater.database.embedded", false), config);
    }
}
