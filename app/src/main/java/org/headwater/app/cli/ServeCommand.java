package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
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
        ServerLauncher.requireReadable(config);
        ServerLauncher.start(Map.of("headwater.database.embedded", false), config);
        return 0;
    }
}
