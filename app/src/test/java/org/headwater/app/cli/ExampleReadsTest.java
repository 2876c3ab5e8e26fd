package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.demo.DemoUtilityNetwork;
import org.headwater.ingest.network.EpanetInpReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The README's {@code import reads} command runs as written on the example file shipped in {@code data/examples}. */
class ExampleReadsTest {

    static final Path ROOT = Path.of("..");

    @Test
    void theReadmesImportReadsCommandStoresEveryRecordOfTheExampleIntoTheDemoNetwork(@TempDir Path dataDirectory)
            throws IOException {
        List<String> arguments = readmeCommand("./headwater import reads ", dataDirectory);
        storeTheDemoNetwork(dataDirectory);

        CliRun run = CliRun.of(arguments.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Read 19 records").contains("19 accepted, 0 quarantined");
    }

    /** The README's line, split as bash would (it has no quotes), with the data directory pointed at the test's. */
    static List<String> readmeCommand(String prefix, Path dataDirectory) throws IOException {
        String line = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .map(String::strip)
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the README has no line starting " + prefix));
        String command = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        List<String> arguments = new ArrayList<>();
        String[] words = command.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            boolean repositoryFile = words[i].contains("/") && Files.exists(ROOT.resolve(words[i]));
            arguments.add(repositoryFile ? ROOT.resolve(words[i]).toString() : words[i]);
            if (words[i].equals("--data-dir")) {
                arguments.add(dataDirectory.toString());
                i++;
            }
        }
        assertThat(arguments).as(line).contains("--data-dir");
        return arguments;
    }

    private static void storeTheDemoNetwork(Path dataDirectory) throws IOException {
        ImportCommand.Target target = new ImportCommand.Target();
        target.dataDirectory = dataDirectory;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(ROOT.resolve("data/epanet-networks/L-Town.inp.gz"))),
                        StandardCharsets.UTF_8));
                ConfigurableApplicationContext context = target.open()) {
            context.getBean(CurrentNetwork.class)
                    .replace(DemoUtilityNetwork.build(new EpanetInpReader().read(in, "L-Town"), List.of()));
        }
    }
}
