package org.headwater.ingest.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpanetInpReaderTest {

    static final Path NETWORKS = Path.of("../data/epanet-networks");

    private final EpanetInpReader reader = new EpanetInpReader();

    // The expected counts are the table in data/epanet-networks/README.md (from the shared SOURCE.md).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Net1.inp.gz, 9, 1, 1, 12, 1, 0",
        "Net2.inp.gz, 35, 0, 1, 40, 0, 0",
        "Net3.inp.gz, 92, 2, 3, 117, 2, 0",
        "Anytown.inp.gz, 19, 3, 0, 40, 1, 0",
        "Hanoi_HAN.inp.gz, 31, 1, 0, 34, 0, 0",
        "C-Town.inp.gz, 388, 1, 7, 429, 11, 4",
        "D-Town.inp.gz, 399, 1, 7, 443, 11, 5",
        "L-Town.inp.gz, 782, 2, 1, 905, 1, 3",
        "BWSN_Network_1.inp.gz, 126, 1, 2, 168, 2, 8",
        "Micropolis_v1.inp.gz, 1574, 2, 1, 1415, 8, 196",
        "KL.inp.gz, 935, 1, 0, 1274, 0, 0",
        "Modena.inp.gz, 268, 4, 0, 317, 0, 0",
    })
    void importsEveryBenchmarkNetworkWithThePublishedElementCounts(
            String file, long junctions, long reservoirs, long tanks, long pipes, long pumps, long valves) {
        assertCounts(NETWORKS.resolve(file), junctions, reservoirs, tanks, pipes, pumps, valves);
    }

    @Test
    void importsKy1WithItsPublishedElementCountsWhereTheSharedDataHoldsIt() {
        Path ky1 = SharedData.require("epanet-networks/KY1.inp", "KY1 (EPANET-Matlab-Toolkit, EUPL 1.2)");

        assertCounts(ky1, 856, 1, 2, 984, 1, 0);
    }

    private void assertCounts(
            Path file, long junctions, long reservoirs, long tanks, long pipes, long pumps, long valves) {
        Network network = reader.read(file).network();

        Map<ElementKind, Long> counts = network.countsByKind();
        assertThat(counts)
                .containsEntry(ElementKind.JUNCTION, junctions)
                .containsEntry(ElementKind.RESERVOIR, reservoirs)
                .containsEntry(ElementKind.TANK, tanks)
                .containsEntry(ElementKind.PIPE, pipes)
                .containsEntry(ElementKind.PUMP, pumps)
                .containsEntry(ElementKind.VALVE, valves);
        long links = pipes + pumps + valves;
        assertThat(network.relations()).hasSize((int) (2 * links));
    }

    @Test
    void keepsNodeIdsAndPrefixesLinkIdsThatClashWithANode() {
        Network net1 = reader.read(NETWORKS.resolve("Net1.inp.gz")).network();

        // Net1 has junction 10 and pipe 10: EPANET keeps them in separate namespaces.
        assertThat(net1.element("10")).map(NetworkElement::kind).contains(ElementKind.JUNCTION);
        NetworkElement pipe10 = net1.element("pipe:10").orElseThrow();
        assertThat(pipe10.name()).isEqualTo("10");
        assertThat(pipe10.attribute(Attr.SOURCE_ID)).contains("10");
        assertThat(net1.targets("pipe:10", RelationType.STARTS_AT)).containsExactly("10");
        assertThat(net1.targets("pipe:10", RelationType.ENDS_AT)).containsExactly("11");
        assertThat(net1.element("110")).map(NetworkElement::kind).contains(ElementKind.PIPE);
    }

    @Test
    void convertsUsCustomaryUnitsToSi() {
        Network net1 = reader.read(NETWORKS.resolve("Net1.inp.gz")).network();

        // Net1 (GPM): junction 10 at 710 ft with 0 gpm; junction 11 demands 150 gpm; pipe 10 is 10530 ft of 18 in.
        NetworkElement j11 = net1.element("11").orElseThrow();
        assertThat(j11.number(Attr.ELEVATION_M))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(710 * 0.3048, within(1e-9)));
        assertThat(j11.number(Attr.BASE_DEMAND_LPS))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(150 * 0.0630901964, within(1e-6)));
        NetworkElement pipe = net1.element("pipe:10").orElseThrow();
        assertThat(pipe.number(Attr.LENGTH_M))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(10530 * 0.3048, within(1e-6)));
        assertThat(pipe.number(Attr.DIAMETER_MM))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(18 * 25.4, within(1e-9)));
    }

    @Test
    void ltownDemandJunctionsCarryTheirTotalDemandPatternAndCategories() {
        EpanetModel ltown = reader.read(NETWORKS.resolve("L-Town.inp.gz"));

        // L-Town (CMH): n1 has three categories in [DEMANDS]; only the industrial one is non-zero.
        NetworkElement n1 = ltown.network().element("n1").orElseThrow();
        assertThat(n1.number(Attr.BASE_DEMAND_LPS))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(0.66024 / 3.6, within(1e-9)));
        assertThat(n1.attribute(Attr.DEMAND_PATTERN)).contains("P-Industrial");
        assertThat(ltown.demands().get("n1")).hasSize(3);
        assertThat(ltown.patterns().get("P-Residential")).hasSize(2016);
        assertThat(ltown.patternTimestep()).hasMinutes(5);
        assertThat(ltown.flowUnits()).isEqualTo(FlowUnits.CMH);
        long demandJunctions = ltown.network()
                .elements(ElementKind.JUNCTION)
                .filter(j -> j.number(Attr.BASE_DEMAND_LPS).orElse(0.0) > 0)
                .count();
        assertThat(demandJunctions).isPositive();
        assertThat(n1.location()).isNotNull();
        assertThat(n1.location().crs().code()).isEqualTo("LOCAL:L-Town");
    }

    @Test
    void truncatedInpFileNamesTheLineAndSection() {
        String cut = """
                [JUNCTIONS]
                 J1  10  1
                 J2  12  2
                [PIPES]
                 P1  J1  J2  100
                """;

        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("cut.inp line 5")
                .hasMessageContaining("[PIPES]")
                .hasMessageContaining("field 'diameter'")
                .hasMessageContaining("truncated");
    }

    @Test
    void fileCutBetweenWholeLinesIsRefusedForItsMissingEnd() {
        String cut = """
                [JUNCTIONS]
                 J1  10  1
                 J2  12  2
                [PIPES]
                 P1  J1  J2  100  300  130
                """;

        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("cut.inp line 5")
                .hasMessageContaining("[PIPES]")
                .hasMessageContaining("without an [END] section");
    }

    @Test
    void linkToAnUnknownNodeNamesTheNode() {
        String corrupt = """
                [OPTIONS]
                 Units  LPS
                [JUNCTIONS]
                 J1  10  1
                [PIPES]
                 P1  J1  J9  100  300  130
                [END]
                """;

        assertThatThrownBy(() -> read(corrupt))
                .isInstanceOf(NetworkImportException.class)
                .hasMessage("cut.inp line 6, [PIPES], field 'node2': unknown node 'J9'");
    }

    @Test
    void numberThatDoesNotParseNamesTheField() {
        String corrupt = """
                [junctions]
                 J1  1O.5  1
                [END]
                """;

        assertThatThrownBy(() -> read(corrupt))
                .isInstanceOfSatisfying(NetworkImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.part()).isEqualTo("[JUNCTIONS]");
                    assertThat(e.field()).isEqualTo("elevation");
                })
                .hasMessageContaining("'1O.5' is not a number");
    }

    @Test
    void misspelledSectionIsRefusedRatherThanSkipped() {
        assertThatThrownBy(() -> read("[JUNCTONS]\n J1 10\n[END]\n"))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("not an EPANET section name");
    }

    @Test
    void readsSectionsInAnyOrderWithTabsCommentsAndSiUnits() {
        String model = """
                [TITLE]
                Tiny test ; a comment
                [pipes]
                ;ID\tNode1\tNode2\tLength\tDiameter\tRoughness\tMinorLoss\tStatus
                 P1\tR1\tJ1\t120\t250\t0.1\t0\tClosed ; closed at start
                [JUNCTIONS]
                 J1\t15.5\t2\t;no pattern: default pattern 1 applies
                [RESERVOIRS]
                 R1\t50
                [VALVES]
                 V1\tJ1\tJ2\t100\tPRV\t30
                [JUNCTIONS]
                 J2\t11
                [PATTERNS]
                 1\t0.5\t1.5
                [OPTIONS]
                 Units\tCMD
                 Headloss\tD-W
                [END]
                """;

        EpanetModel read = read(model);

        Network network = read.network();
        assertThat(read.title()).isEqualTo("Tiny test");
        NetworkElement j1 = network.element("J1").orElseThrow();
        assertThat(j1.number(Attr.BASE_DEMAND_LPS))
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(2 / 86.4, within(1e-12)));
        assertThat(j1.attribute(Attr.DEMAND_PATTERN)).contains("1");
        assertThat(network.element("P1").orElseThrow().attribute(Attr.STATUS)).contains("CLOSED");
        assertThat(network.element("P1").orElseThrow().number(Attr.ROUGHNESS)).contains(0.1);
        assertThat(network.element("V1").orElseThrow().number(Attr.SETTING)).contains(30.0);
        assertThat(network.element("J2").orElseThrow().attribute(Attr.BASE_DEMAND_LPS))
                .isEmpty();
    }

    private EpanetModel read(String text) {
        return reader.read(new BufferedReader(new StringReader(text)), "cut.inp");
    }
}
