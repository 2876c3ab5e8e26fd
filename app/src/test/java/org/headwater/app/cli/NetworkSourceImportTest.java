package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import network} keeps an EPANET file whole for the hydraulic model (what-if runs), and forgets it when
 * a network from another format replaces it, so a stale model never runs against a new graph (ADR 0031).
 */
class NetworkSourceImportTest {

    static final Path NET3 = Path.of("../data/epanet-networks/Net3.inp.gz");
    static final Path REGISTER = Path.of("src/test/resources/risk/kitchener-sample.csv");

    @Test
    void anEpanetImportKeepsItsFileAndARegisterImportForgetsIt(@TempDir Path dataDirectory) throws Exception {
        CliRun epanet = CliRun.of("import", "network", NET3.toString(), "--data-dir", dataDirectory.toString());
        assertThat(epanet.exitCode()).as(epanet.err()).isZero();
        assertThat(source(dataDirectory)).isEqualTo(new NetworkSource("Net3.inp.gz", Files.readAllBytes(NET3)));

        CliRun register = CliRun.of("import", "network", REGISTER.toString(), "--data-dir", dataDirectory.toString());
        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(source(dataDirectory)).isNull();
    }

    private static NetworkSource source(Path dataDirectory) {
        ImportCommand.Target target = new ImportCommand.Target();
        target.dataDirectory = dataDirectory;
        try (ConfigurableApplicationContext context = target.open()) {
            return context.getBean(NetworkSources.class).current().orElse(null);
        }
    }
}
