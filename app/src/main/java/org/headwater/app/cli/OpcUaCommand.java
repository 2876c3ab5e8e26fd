package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.headwater.ingest.opcua.OpcUaBrowser;
import org.headwater.ingest.opcua.OpcUaSecurity;
import org.headwater.ingest.opcua.OpcUaSourceSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./headwater opcua browse URL}: list a server's variables as a tag map to fill in. */
@Command(
        name = "opcua",
        mixinStandardHelpOptions = true,
        description = "OPC UA tools.",
        subcommands = {OpcUaCommand.BrowseCommand.class})
final class OpcUaCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalArgumentException("name what to do: `opcua browse URL`");
    }

    @Command(
            name = "browse",
            mixinStandardHelpOptions = true,
            description = {
                "Browse an OPC UA server (read-only) and print its variables as tag-map lines",
                "(address,sensor_id,measurand,unit) to complete and pass as a source's map. See docs/connectors.md."
            })
    static final class BrowseCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "URL", description = "Endpoint, e.g. opc.tcp://scada:4840.")
        String url;

        @Option(names = "--security-policy", defaultValue = "None", description = "None or Basic256Sha256.")
        String securityPolicy;

        @Option(names = "--pki-directory", description = "Trust list and client certificate (Basic256Sha256).")
        @Nullable
        Path pkiDirectory;

        @Option(names = "--username", description = "User name; anonymous when absent.")
        @Nullable
        String username;

        @Option(names = "--password", description = "Password of --username.")
        @Nullable
        String password;

        @Option(names = "--depth", defaultValue = "8", description = "Folders deep to go (default: ${DEFAULT-VALUE}).")
        int depth;

        @Spec
        picocli.CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public Integer call() {
            OpcUaSourceSettings settings = OpcUaSourceSettings.of("browse", url);
            OpcUaSecurity security = OpcUaSecurity.parse(securityPolicy);
            if (security != OpcUaSecurity.NONE) {
                settings = settings.withSecurity(
                        security, pkiDirectory == null ? Path.of(".headwater/pki") : pkiDirectory);
            }
            if (username != null) {
                settings = settings.withUser(username, password == null ? "" : password);
            }
            java.io.PrintWriter writer = spec == null
                    ? new java.io.PrintWriter(System.out, true)
                    : spec.commandLine().getOut();
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            int found;
            try (java.io.PrintStream out =
                    new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8)) {
                found = new OpcUaBrowser(settings, depth).browse(out);
            }
            writer.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            writer.println("# " + found + " variables");
            writer.flush();
            return found > 0 ? 0 : 1;
        }
    }
}
