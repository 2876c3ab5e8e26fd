package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./headwater demo}: the embedded default with the demo utility. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run Headwater on an embedded PostgreSQL with the demo utility.",
            "The demo utility is the L-Town network with replayed real household meter reads and",
            "labelled injected events. Ctrl-C stops it; the data directory is kept for the next start."
        })
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data-dir",
            defaultValue = ".headwater/demo",
            description = "Where the embedded database and demo state live (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(
            names = "--speed",
            defaultValue = "60",
            description = "Replay speed: simulated seconds per real second (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() {
        start(Map.of());
        return 0;
    }

    /** Starts the demo server with these settings added; the caller owns the running context. */
    ConfigurableApplicationContext start(Map<String, Object> settings) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
        }
        if (!(speed > 0) || speed > 100_000) {
            throw new IllegalArgumentException("--speed must be above 0 and at most 100000: " + speed);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("headwater.database.embedded", true);
        properties.put(
                "headwater.database.data-directory",
                dataDirectory.toAbsolutePath().toString());
        properties.put("headwater.demo.enabled", true);
        properties.put("headwater.demo.speed", speed);
        // the demo's SCADA is a real OPC UA server in the process, read back through the OPC UA connector
        properties.put("headwater.demo.scada-over-opcua", true);
        // approved work orders go to a labelled simulated CMMS inside the demo, so approve → sent → acknowledged
        // → completed plays out with no outside system
        properties.put("headwater.cmms.kind", "simulated-maximo");
        // The demo's households are Alicante's (DAIAD): its calendar is the Valencian Community's.
        properties.put("headwater.utility.zone", "Europe/Madrid");
        properties.put("headwater.utility.country", "ES");
        properties.put("headwater.utility.region", "vc");
        properties.putAll(settings);
        return ServerLauncher.start(properties, null);
    }

    static boolean keepsRunning(String[] args) {
        return args.length > 0 && (args[0].equals("demo") || args[0].equals("serve")) && !isHelp(args);
    }

    private static boolean isHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return true;
            }
        }
        return false;
    }
}
