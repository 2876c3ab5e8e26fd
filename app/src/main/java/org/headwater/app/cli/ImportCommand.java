package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./headwater import network FILE} and {@code ./headwater import reads FILE --format FORMAT}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a network model or a file of meter reads into the database.",
        subcommands = {ImportCommand.NetworkImportCommand.class})
final class ImportCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalArgumentException(
                "name what to import: `import network FILE` or `import reads FILE --format FORMAT`");
    }

    /** Where to import into: the embedded default's data directory, or a configured server. */
    static final class Target {
        @Option(names = "--config", description = "Configuration file of a production install (external PostgreSQL).")
        @Nullable
        Path config;

        @Option(
                names = "--data-dir",
                defaultValue = ".headwater/demo",
                description = "Data directory of the embedded default (default: ${DEFAULT-VALUE}).")
        Path dataDirectory;

        ConfigurableApplicationContext open() {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (config == null) {
                properties.put("headwater.database.embedded", true);
                properties.put(
                        "headwater.database.data-directory",
                        dataDirectory.toAbsolutePath().toString());
            } else {
                ServerLauncher.requireReadable(config);
                properties.put("headwater.database.embedded", false);
            }
            properties.put("logging.level.root", "warn");
            try {
                return ServerLauncher.start(properties, config, false);
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "could not open the database (is `./headwater demo` running on " + dataDirectory
                                + "? stop it first, or import through the API)",
                        e);
            }
        }
    }

    @Command(
            name = "network",
            mixinStandardHelpOptions = true,
            description = {
                "Import a network model, replacing the current one.",
                "Formats by extension: EPANET .inp, asset-register .csv (with NAME.mapping.properties beside it),",
                ".geojson/.json; each may be gzip-compressed (.gz). See docs/network-import.md."
            })
    static final class NetworkImportCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The network file.")
        Path file;

        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Override
        public Integer call() {
            Network network = NetworkImport.read(file);
            System.out.println("Read " + network.size() + " elements and "
                    + network.relations().size() + " relations from " + file);
            try (ConfigurableApplicationContext context = target.open()) {
                context.getBean(CurrentNetwork.class).replace(network);
            }
            network.countsByKind().forEach((ElementKind kind, Long count) -> {
                if (count > 0) {
                    System.out.printf("  %-20s %,d%n", kind, count);
                }
            });
            System.out.println("Imported network '" + network.name() + "'.");
            return 0;
        }
    }
}
